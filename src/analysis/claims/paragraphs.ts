import { memoPerObject } from '../bounded-memo';
import type { ArticleView } from './types';

/** A line without final punctuation: a caption or heading, which does not interrupt a quotation. */
const UNPUNCTUATED = /[^.!?…:;"”’')\]]$/u;

interface BreakCounts {
  /** Sentence `i` opens a paragraph. */
  opens: Uint8Array;
  /** Paragraph breaks that count, before and at sentence `i` (a lone unpunctuated line does not count). */
  prefix: Uint32Array;
}

/** Paragraph breaks between two sentences, not counting caption and heading lines (prefix sums: linear in the article). */
export function claimParagraphsBetween(article: ArticleView, from: number, to: number): number {
  if (to <= from) return 0;
  const { opens, prefix } = breakCounts(article);
  return prefix[to - 1]! - prefix[from]! + opens[to]!;
}

const breakCounts = memoPerObject((article: ArticleView): BreakCounts => {
  const { sentences } = article;
  const opens = new Uint8Array(sentences.length);
  const prefix = new Uint32Array(sentences.length);
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    opens[i] = s.paragraph !== sentences[i - 1]!.paragraph ? 1 : 0;
    const alone = sentences[i + 1]?.paragraph !== s.paragraph;
    const counts = opens[i] === 1 && !(alone && UNPUNCTUATED.test(s.text));
    prefix[i] = prefix[i - 1]! + (counts ? 1 : 0);
  }
  return { opens, prefix };
});
