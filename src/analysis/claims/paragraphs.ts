import type { ArticleView } from './types';

/** A line without final punctuation: a caption or heading, which does not interrupt a quotation. */
const UNPUNCTUATED = /[^.!?…:;"”’')\]]$/u;

/** Paragraph breaks between two sentences, not counting caption and heading lines. */
export function claimParagraphsBetween(article: ArticleView, from: number, to: number): number {
  let count = 0;
  let paragraph = article.sentences[from]!.paragraph;
  for (let i = from + 1; i <= to; i++) {
    const s = article.sentences[i]!;
    if (s.paragraph === paragraph) continue;
    paragraph = s.paragraph;
    const alone = article.sentences[i + 1]?.paragraph !== s.paragraph;
    if (i < to && alone && UNPUNCTUATED.test(s.text)) continue;
    count++;
  }
  return count;
}

