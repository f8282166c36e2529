import { parseHTML } from 'linkedom';
import { extractArticle, type FindArticleOptions } from '../../src/page/article';
import { articleTextMap } from '../../src/page/article-budget';
import { detectLanguage } from '../../src/page/language';
import type { PageMeta } from '../../src/shared/schema';

/** One page as `npm run extract` reports it. */
export interface ExtractedPage {
  state: 'article' | 'not-article';
  reason?: string;
  language: string;
  title?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  /** Exactly the text the extension would analyse (in any language); empty when not an article. */
  text: string;
  meta: PageMeta;
}

/**
 * The extension's own article extraction and text map, on linkedom's DOM
 * instead of a live page. `url` stands in for the address the page was loaded
 * from; without it, the page's canonical or og:url address is used.
 */
export function extractHtml(html: string, url?: string, options: Pick<FindArticleOptions, 'force' | 'pruneBlocks'> = {}): ExtractedPage {
  const doc = parsePage(html, url);
  const found = extractArticle(doc, options);
  const meta = found.meta ?? {};
  const described = {
    ...(meta.title || (found.state === 'article' && found.title) ? { title: (found.state === 'article' && found.title) || meta.title } : {}),
    ...(meta.byline ? { byline: meta.byline } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    ...(meta.siteName ? { siteName: meta.siteName } : {}),
  };
  if (found.state !== 'article') {
    const language = found.lang ?? detectLanguage(doc, '').lang;
    return { state: 'not-article', reason: found.reason, language, ...described, text: '', meta };
  }
  return { state: 'article', language: found.lang, ...described, text: articleTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text, meta };
}

/**
 * A saved page as a browser would have built it, on linkedom's DOM: where the
 * two parsers differ (below), the markup is first put as a browser reads it.
 * `document.URL`, which article detection reads, is `url`, else the page's
 * canonical or og:url address.
 */
export function parsePage(html: string, url?: string): Document {
  html = browserHeadings(html);
  let { document } = parseHTML(html);
  if (document.documentElement?.localName !== 'html') document = parseHTML(browserOrder(html)).document;
  const doc = document as unknown as Document;
  browserBody(doc);
  bodyOutOfHead(doc);
  const address = url ?? ownAddress(doc);
  if (address) Object.defineProperty(document, 'URL', { value: address, configurable: true });
  return doc;
}

function ownAddress(doc: Document): string | undefined {
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), doc.querySelector('meta[property="og:url"]')?.getAttribute('content')];
  for (const candidate of candidates) {
    try {
      if (candidate && /^https?:$/.test(new URL(candidate.trim()).protocol)) return new URL(candidate.trim()).href;
    } catch {
      continue;
    }
  }
  return undefined;
}

/**
 * Browsers move stray content before `<html>` (a server's warning, a BOM-less
 * preamble) into the body, and build a whole document around a page that has
 * no `<html>` at all (a fragment, plain text, an empty file). linkedom would
 * make the first element the document element, or have none, and lose the
 * page, so the markup is put in that order first.
 */
function browserOrder(html: string): string {
  // The first <html> tag outside comments (old IE's conditional comments hold several).
  const open = [...html.matchAll(/<html[\s>]/gi)].find((m) => html.lastIndexOf('<!--', m.index) <= html.lastIndexOf('-->', m.index));
  if (!open) return /<body[\s>]/i.test(html) ? `<html>${html}</html>` : `<html><head></head><body>${html}</body></html>`;
  const stray = html.slice(0, open.index);
  const rest = html.slice(open.index);
  const body = /<body[^>]*>/i.exec(rest);
  return body ? rest.slice(0, body.index + body[0].length) + stray + rest.slice(body.index + body[0].length) : rest;
}

/**
 * A browser closes an open heading at any heading's end tag (`<h2>…</h3>`)
 * and at the start of another heading; linkedom waits for the matching end tag
 * and would put the rest of the page inside the heading. The end tags are
 * rewritten to close the heading that is open, as a browser reads them.
 */
function browserHeadings(html: string): string {
  let open: string | undefined;
  return html.replace(/<(\/?)(h[1-6])\b([^>]*)>/gi, (tag, end: string, name: string) => {
    const level = name.toLowerCase();
    if (end) {
      const closing = open;
      open = undefined;
      return closing && closing !== level ? `</${closing}>` : tag;
    }
    const before = open ? `</${open}>` : '';
    open = level;
    return before + tag;
  });
}

/**
 * A browser keeps `<html>` to a head and one body: head elements (scripts,
 * styles) between `</head>` and `<body>` go into the head, other content there
 * or after `</body>` into the body, and a second `<body>` tag only adds its
 * attributes to the first. linkedom leaves them beside the two, and its
 * `document.body` then makes a new, empty body after the head, so that the
 * page seemed to have no text. They are moved where a browser puts them.
 */
function browserBody(doc: Document): void {
  const root = doc.documentElement;
  const bodies = [...(root?.children ?? [])].filter((el) => el.localName.toLowerCase() === 'body');
  const [body, ...more] = bodies;
  const head = doc.head;
  if (!root || !body || !head) return;
  for (const other of more) {
    for (const { name, value } of [...other.attributes]) if (!body.hasAttribute(name)) body.setAttribute(name, value);
    body.append(...other.childNodes);
    other.remove();
  }
  const before: Node[] = [];
  let seenBody = false;
  for (const node of [...root.childNodes]) {
    if (node === body) seenBody = true;
    else if (node !== head && node.nodeType === 1) {
      if (!seenBody && HEAD_TAGS.has((node as Element).localName.toLowerCase())) head.append(node);
      else if (!seenBody) before.push(node);
      else body.append(node);
    }
  }
  body.prepend(...before);
}

const HEAD_TAGS = new Set(['meta', 'link', 'script', 'style', 'title', 'base', 'noscript', 'template']);

/**
 * A browser ends `<head>` at the first element that cannot be in it (a stray
 * `<div>` before `<body>`) and puts the rest in the body; linkedom keeps it all
 * in the head, where nothing is visible. Moves such content to the body.
 */
function bodyOutOfHead(doc: Document): void {
  const { head, body } = doc;
  if (!head || !body) return;
  const stray = [...head.children].findIndex((el) => !HEAD_TAGS.has(el.localName.toLowerCase()));
  if (stray < 0) return;
  const moved = [...head.childNodes].slice([...head.childNodes].indexOf(head.children[stray]!));
  body.prepend(...moved);
}

/** A saved page's bytes decoded as a browser would: the declared charset, else UTF-8, else Windows-1252. */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared) {
    try {
      return new TextDecoder(declared.toLowerCase() === 'utf8' ? 'utf-8' : declared).decode(bytes);
    } catch {
      // An unknown label: fall through to the guesses below.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
