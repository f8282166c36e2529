import type { PageMeta } from '../shared/schema';
import { SECTION_WORDS, STORY_PARENT_WORDS } from './address-words';
import type { TextMap } from './text-map';

export interface Verdict {
  article: boolean;
  reason: string;
}

/** `og:type website` is what most CMSes put on every page, articles included: it says nothing either way. */
const NON_ARTICLE_OG_TYPES = /^(product|profile|video|music|book|place|business)/i;
const ARTICLE_LD_TYPES = /(Article|BlogPosting|Report|Review|LiveBlogPosting)$/;
const LISTING_LD_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|Product|ProfilePage|SoftwareApplication|WebApplication)$/;

/**
 * Whether the page says it is an article: `og:type` article, a JSON-LD
 * article type, `article:published_time`, or an `<article>` with a headline.
 */
export function declaresArticle(doc: Document, meta: PageMeta): boolean {
  return declaredByMetadata(meta) || doc.querySelector('meta[property="article:published_time"]') !== null || hasArticleElement(doc);
}

function declaredByMetadata(meta: PageMeta): boolean {
  return meta.ogType?.toLowerCase() === 'article' || (meta.schemaTypes ?? []).some((t) => ARTICLE_LD_TYPES.test(t));
}

/** An `<article>` with a headline: a strong hint, but front pages also wrap their teasers so. */
function hasArticleElement(doc: Document): boolean {
  return doc.querySelector('article h1, article [itemprop="headline"]') !== null;
}

/**
 * Readability finds the longest run of prose on any page; whether that is an
 * article is weighed here from the page's own signals first (what it declares,
 * its date and byline, its address), then the shape of the extracted text.
 * Signals: +2 declared an article, −1 declared something else, +1 an
 * `<article>` with a headline, +1 byline or date, +1 an article-like address (a slug, a date or a long id), −3 a front or
 * section page address; for the text: +1 prose, −2 mostly links, −1 little
 * prose. An article needs at least +1, and a page signal or long prose.
 */
export function judgeArticle(doc: Document, extracted: TextMap, meta: PageMeta): Verdict {
  const reasons: string[] = [];
  let score = 0;

  const types = meta.schemaTypes ?? [];
  // Positive signals from the page itself; without one, only a long text makes an article.
  let signals = 0;
  if (declaredByMetadata(meta)) {
    score += 2;
    signals++;
  } else if ((meta.ogType && NON_ARTICLE_OG_TYPES.test(meta.ogType)) || types.some((t) => LISTING_LD_TYPES.test(t))) {
    score -= 1;
    reasons.push(`the page calls itself a ${types.find((t) => LISTING_LD_TYPES.test(t)) ?? meta.ogType}`);
  }

  if (hasArticleElement(doc)) {
    score += 1;
    signals++;
  }
  if (meta.byline || meta.published || doc.querySelector('[itemprop="datePublished"]')) {
    score += 1;
    signals++;
  }

  const address = addressOf(meta);
  if (isFrontPageAddress(address)) {
    score -= 3;
    reasons.push('its address is a front or section page');
  } else if (isArticleAddress(address)) {
    score += 1;
    signals++;
  }

  const shape = textShape(extracted, signals > 0);
  if (shape.linkShare > 0.3) {
    score -= 2;
    reasons.push('most of its text is links');
  } else if (shape.proseShare < 0.4) {
    score -= 1;
    reasons.push('little of its text is running prose');
  } else if (shape.proseChars >= 400 && shape.proseShare >= 0.6) {
    score += 1;
  }

  if (score >= 1 && (signals > 0 || shape.proseChars >= LONE_PROSE_CHARS)) return { article: true, reason: '' };
  if (score >= 1) reasons.push('nothing on the page marks it as an article, and its text is short');
  const why = reasons.length > 0 ? reasons.join('; ') : 'nothing on the page marks it as an article';
  return { article: false, reason: `This page does not look like a single article: ${why}.` };
}

/**
 * Share of the text in links, and how much of it is running prose: lines of
 * several words ending like a sentence, not mostly linked (one-sentence
 * paragraphs count; menu items and headlines do not). On a page that marks
 * itself as an article (`loose`), lines of sentences that end otherwise (a
 * list item ending in a handle) count too; a page with no signal of its own
 * needs plainly punctuated prose.
 */
function textShape(map: TextMap, loose: boolean): { linkShare: number; proseShare: number; proseChars: number } {
  const total = map.text.length || 1;
  const linked = map.links.reduce((sum, link) => sum + link.end - link.start, 0);
  let proseChars = 0;
  let looseChars = 0;
  let link = 0;
  for (const block of map.blocks) {
    const length = block.end - block.start;
    if (block.kind === 'heading') continue;
    const line = map.text.slice(block.start, block.end).trimEnd();
    if (line.split(' ').length < 6 && (line.match(UNSPACED_SCRIPT) ?? []).length < 15) continue;
    let inLinks = 0;
    while (link < map.links.length && map.links[link]!.end <= block.start) link++;
    for (let i = link; i < map.links.length && map.links[i]!.start < block.end; i++) {
      inLinks += Math.min(block.end, map.links[i]!.end) - Math.max(block.start, map.links[i]!.start);
    }
    if (inLinks / length >= 0.5) continue;
    if (SENTENCE_END.test(line)) proseChars += length;
    else if (SENTENCES_WITHIN.test(line)) looseChars += length;
  }
  return { linkShare: linked / total, proseShare: (proseChars + (loose ? looseChars : 0)) / total, proseChars };
}

/** Prose that makes an article even on a page that says nothing about itself (about 300 words). */
const LONE_PROSE_CHARS = 2000;

/** Scripts written without spaces between words: their length is counted in characters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const SENTENCE_END = /[.!?…:;"'“”‘’»«›‹)。！？」』]$/u;
/**
 * A line holding a whole sentence and the start of another ("… her biggest fan. Twitter: @name"):
 * prose, however it ends. A capital after the stop, so that "Jan. 5" or "U.S. troops" do not count.
 */
const SENTENCES_WITHIN = /\p{Ll}{2}[.!?]["'”’»]?\s+["'“‘„«]?\p{Lu}\p{Ll}*\s+\p{L}+\s+\p{L}+/u;

/** A site's root, a language root ("/es/") or a section front ("/news/", "/sport/"), rather than one story. */
function isFrontPageAddress(url: URL | undefined): boolean {
  if (!url) return false;
  const parts = pathParts(url).filter((p) => !/^index\.\w+$/i.test(p));
  if (parts.length === 0) return !url.search;
  if (parts.length !== 1) return false;
  const only = parts[0]!.toLowerCase();
  return /^[a-z]{2}(?:[-_][a-z]{2})?$/.test(only) || SECTION_WORDS.has(only);
}

/**
 * An address naming one story: a slug of several words, a date in the path,
 * a long numeric id (in the path or the query), or anything below a
 * "news", "article" or "press release" segment.
 */
export function isArticleAddress(url: URL | undefined): boolean {
  if (!url) return false;
  const path = decodeURIComponentSafe(url.pathname);
  if (/[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){3,}/u.test(path) || /\/(19|20)\d{2}\/\d{1,2}\//.test(path) || /\d{5,}/.test(path)) return true;
  if (/[?&][\w-]*(?:id|code|article|story)[\w-]*=\d{5,}/i.test(url.search)) return true;
  const parts = pathParts(url).map((p) => p.toLowerCase());
  return parts.slice(0, -1).some((part) => STORY_PARENT_WORDS.has(part));
}

/** The page's own address, as its metadata recorded it (canonical, `og:url`, or where it was loaded from). */
export function addressOf(meta: PageMeta): URL | undefined {
  try {
    return meta.url ? new URL(meta.url) : undefined;
  } catch {
    return undefined;
  }
}

function pathParts(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
