import { parseHTML } from 'linkedom';
import { findArticle } from '../../src/page/article';
import { buildTextMap } from '../../src/page/text-map';
import type { BlockSpan, LinkSpan } from '../../src/shared/schema';

export type ArticleInput =
  | { ok: true; text: string; links: LinkSpan[]; blocks: BlockSpan[]; title?: string }
  | { ok: false; state: 'not-article' | 'unsupported-language'; reason: string };

/**
 * The text the extension would analyse on a page: the same article detection
 * and text mapping as the content script, on linkedom's DOM instead of a live one.
 */
export function readHtmlArticle(html: string, url?: string): ArticleInput {
  const { document } = parseHTML(html);
  // A saved page has no address of its own; article detection reads it from document.URL.
  if (url) Object.defineProperty(document, 'URL', { value: url, configurable: true });
  const article = findArticle(document as unknown as Document);
  if (article.state !== 'article') return { ok: false, state: article.state, reason: article.reason };
  const map = buildTextMap(article.blocks, url ? { baseUrl: url } : {});
  return { ok: true, text: map.text, links: map.links, blocks: map.blocks, ...(article.title ? { title: article.title } : {}) };
}
