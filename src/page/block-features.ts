import type { BlockInfo } from './block-info';
import { FEATURE_RULES, type HandRule } from './prune-rules';

/**
 * What the learned block filter (`block-filter.ts`) reads of each candidate
 * block: its size, links, element, wording and place in the article, its
 * neighbours', and which furniture rule (if any) leaves it out. Computed here,
 * in the page layer, so that the model itself sees numbers only. One pass over
 * the blocks and their links: linear in the page's candidate blocks.
 */

const SENTENCE_END = /[.!?…]["”’»)]*$/u;
/** Blocks with at least this many characters count as the story's paragraphs when finding its start and end. */
const PARAGRAPH_CHARS = 200;

/** A block inside a link counts as one link (the filter was trained so), though the rules count only links within it. */
const linkCount = (b: BlockInfo): number => (b.insideLink ? Math.max(b.links, 1) : b.links);

const logChars = (chars: number): number => Math.log1p(chars) / 8;

/** The feature vectors of the candidate blocks, in their order; `rules[i]` is what the hand rules say of block i. */
export function blockFeatures(info: readonly BlockInfo[], rules: ReadonlyArray<HandRule | undefined>): number[][] {
  const n = info.length;
  const total = info.reduce((sum, b) => sum + b.chars, 0) || 1;
  // The story's first and last paragraph, among the blocks the rules keep.
  let firstParagraph = n;
  let lastParagraph = -1;
  info.forEach((b, i) => {
    if (rules[i] || b.chars < PARAGRAPH_CHARS || !SENTENCE_END.test(b.text)) return;
    firstParagraph = Math.min(firstParagraph, i);
    lastParagraph = i;
  });
  let before = 0;
  return info.map((b, i) => {
    const words = b.text.split(' ').filter(Boolean);
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const letters = (b.text.match(/\p{L}/gu) ?? []).length;
    const digits = (b.text.match(/\p{N}/gu) ?? []).length;
    const punctuation = (b.text.match(/[.,;:!?]/g) ?? []).length;
    const sentences = (b.text.match(/[.!?…]["”’»)]*(?:\s|$)/gu) ?? []).length;
    const prev = info[i - 1];
    const next = info[i + 1];
    const position = before / total;
    before += b.chars;
    const rule = rules[i];
    return [
      1,
      logChars(b.chars),
      b.linkShare,
      Math.min(linkCount(b), 10) / 10,
      b.heading ? 1 : 0,
      b.tag === 'li' ? 1 : 0,
      b.tag === 'p' ? 1 : 0,
      b.tag === 'td' || b.tag === 'th' || b.tag === 'table' ? 1 : 0,
      b.tag === 'blockquote' ? 1 : 0,
      n > 1 ? i / (n - 1) : 0,
      position,
      i < firstParagraph ? 1 : 0,
      i > lastParagraph ? 1 : 0,
      SENTENCE_END.test(b.text) ? 1 : 0,
      Math.log1p(sentences) / 3,
      words.length ? capitalised / words.length : 0,
      b.chars ? digits / b.chars : 0,
      b.chars ? punctuation / b.chars : 0,
      b.chars ? letters / b.chars : 0,
      prev ? prev.linkShare : 1,
      next ? next.linkShare : 1,
      prev ? logChars(prev.chars) : 0,
      next ? logChars(next.chars) : 0,
      rules[i - 1] ? 1 : 0,
      rules[i + 1] ? 1 : 0,
      ...FEATURE_RULES.map((r) => (rule === r ? 1 : 0)),
    ];
  });
}
