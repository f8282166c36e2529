import type { Span } from '../shared/schema';

export interface Token extends Span {
  text: string;
}

// Words (with inner apostrophes, hyphens, dotted acronyms), numbers, or single symbols.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’.&]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

/** Splits `text[start, end)` into word and punctuation tokens with exact offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(slice)) !== null) {
    let value = match[0];
    let tokenStart = match.index;
    // Possessive "'s" is a token of its own, as in CoNLL ("Tesla 's").
    const possessive = /['’]s$/u.exec(value);
    if (possessive && value.length > 2) {
      value = value.slice(0, -2);
      tokens.push({ start: tokenStart, end: tokenStart + value.length, text: value });
      tokenStart += value.length;
      value = match[0].slice(-2);
    }
    tokens.push({ start: tokenStart, end: tokenStart + value.length, text: value });
  }
  return tokens;
}
