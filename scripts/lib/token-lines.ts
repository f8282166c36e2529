import type { Span } from '../../src/shared/schema';

/** Tokenised sentences laid out as text the engine can read: one sentence a line, its tokens joined by spaces. */
export interface TokenLines {
  text: string;
  /** Where each sentence's line starts and ends (before its line break). */
  sentences: Span[];
  /** Where each token of each sentence starts in `text`. */
  tokenStarts: number[][];
}

/** Lays gold corpora's token lists out as text, keeping the offsets that map the engine's spans back to tokens. */
export function layOutTokenLines(sentences: ReadonlyArray<readonly string[]>): TokenLines {
  let text = '';
  const spans: Span[] = [];
  const tokenStarts: number[][] = [];
  for (const tokens of sentences) {
    const start = text.length;
    const starts: number[] = [];
    tokens.forEach((token, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += token;
    });
    spans.push({ start, end: text.length });
    tokenStarts.push(starts);
    text += '\n';
  }
  return { text, sentences: spans, tokenStarts };
}
