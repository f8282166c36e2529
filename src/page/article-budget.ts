import { buildTextMap, type TextMap, type TextMapOptions } from './text-map';

/**
 * Most analysed text a page gets: about 170,000 words, far beyond any article,
 * so that a runaway page (an endless feed, a book on one page, one enormous
 * paragraph) is marked in its first part quickly instead of stalling the
 * reader's tab. The cut falls at a character offset (at a word's end), not at a
 * block boundary, so a single huge paragraph still has its beginning analysed.
 */
export const MAX_ARTICLE_CHARS = 1_000_000;

/** The article's text map, cut at the budget; `truncated` says whether anything was left out. */
export function articleTextMap(blocks: readonly Element[], options: TextMapOptions = {}): TextMap & { truncated: boolean } {
  const map = buildTextMap(blocks, { maxChars: MAX_ARTICLE_CHARS, ...options });
  return { ...map, truncated: map.truncated === true };
}
