import type { Span } from '../../src/shared/schema';

/** Tokenised sentences laid out as text the engine can read: one sentence a line, its tokens joined by spaces. */
export interface TokenLines {
  text: string;
  /** Where each sentence's line starts and ends (before its line break). */
  sentences: Span[];
  /** Where each token of each sentence starts in `text`. */
  tokenStarts: number[][];
}

/**
 * Lays gold corpora's token lists out as text, keeping the offsets that map the engine's spans back to tokens. A
 * sentence given as written (`written[i]`) is laid out as it was written ("Gordon-Levitt", "don't") when its tokens
 * spell it with only spaces between them; otherwise, and without it, its tokens are joined by spaces.
 */
export function layOutTokenLines(sentences: ReadonlyArray<readonly string[]>, written: ReadonlyArray<string | undefined> = []): TokenLines {
  let text = '';
  const spans: Span[] = [];
  const tokenStarts: number[][] = [];
  sentences.forEach((tokens, s) => {
    const start = text.length;
    const offsets = tokenOffsets(tokens, written[s]);
    if (offsets) text += written[s]!;
    else tokens.forEach((token, i) => (text += (i > 0 ? ' ' : '') + token));
    const starts = offsets ?? spacedOffsets(tokens);
    spans.push({ start, end: text.length });
    tokenStarts.push(starts.map((o) => start + o));
    text += '\n';
  });
  return { text, sentences: spans, tokenStarts };
}

/** Where each token starts in the sentence as written, when the tokens spell it with only spaces between them. */
function tokenOffsets(tokens: readonly string[], sentence: string | undefined): number[] | undefined {
  if (sentence === undefined || sentence.includes('\n')) return undefined;
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    const found = sentence.indexOf(token, at);
    if (found < 0 || sentence.slice(at, found).trim() !== '') return undefined;
    starts.push(found);
    at = found + token.length;
  }
  return sentence.slice(at).trim() === '' ? starts : undefined;
}

function spacedOffsets(tokens: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const token of tokens) {
    starts.push(at);
    at += token.length + 1;
  }
  return starts;
}
