import { parsePage } from '../eval/extract-html';
import { findArticle } from '../../src/page/article';
import { buildTextMap } from '../../src/page/text-map';
import type { BlockSpan, LinkSpan, PageMeta } from '../../src/shared/schema';

export type ArticleInput =
  /**
   * `language`: the article's, as the page layer detected it (always one with a pack); `meta`: what the page says
   * of itself (address, site, section, type), which the extension passes to `analyze()` with the text.
   */
  | { ok: true; text: string; links: LinkSpan[]; blocks: BlockSpan[]; language: string; meta: PageMeta; title?: string }
  | { ok: false; state: 'not-article' | 'unsupported-language'; reason: string };

/**
 * The text the extension would analyse on a page: the same article detection
 * and text mapping as the content script, on the page as a browser builds it.
 */
export function readHtmlArticle(html: string, url?: string): ArticleInput {
  // Read as `npm run extract` reads it, so that both commands see one text.
  const document = parsePage(html, url);
  const article = findArticle(document);
  if (article.state !== 'article') return { ok: false, state: article.state, reason: article.reason };
  const base = documentBaseUrl(document, url ?? (document.URL || undefined));
  const map = buildTextMap(article.blocks, { ...(base ? { baseUrl: base } : {}), ...(article.skip ? { skip: article.skip } : {}) });
  return { ok: true, text: map.text, links: map.links, blocks: map.blocks, language: article.lang, meta: article.meta, ...(article.title ? { title: article.title } : {}) };
}

/**
 * What links resolve against, as a browser computes it: the first `<base href>`,
 * itself resolved against the page's address; the address when there is none or
 * it does not parse. (linkedom's `baseURI` returns the attribute unresolved.)
 */
export function documentBaseUrl(document: Document, url: string | undefined): string | undefined {
  const href = document.querySelector('base[href]')?.getAttribute('href');
  if (href !== null && href !== undefined) {
    try {
      return new URL(href, url).href;
    } catch {
      // An unparseable base falls back to the page's address, as in a browser.
    }
  }
  return url;
}
