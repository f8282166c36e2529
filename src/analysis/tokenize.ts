import type { Span } from '../shared/schema';

export interface Token extends Span {
  text: string;
}

// Words (with inner apostrophes, hyphens, soft hyphens, dotted acronyms), numbers, or single symbols.
// An inner period joins only a lower-case continuation ("Amazon.com"): in "future.Musk" a
// missing space is the likelier reading. A capital and period before a name is an initial ("Robert M. Danin").
// Abbreviations keep their period ("Remain Co.", "Ph.D."), as CoNLL-2003 writes them.
const ABBREVIATION = String.raw`\b(?:Co|Cos|Inc|Corp|Ltd|Plc|Bros|Jr|Sr|Dr|Mr|Mrs|Ms|St|Mt|Ft|Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Prof|Dept|No|Vol)\.(?!\p{L})`;
const TOKEN = new RegExp(
  String.raw`${ABBREVIATION}|\p{Lu}\p{Ll}?\.(?:\p{Lu}\.)+|(?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|` +
    String.raw`\p{L}[\p{L}\p{M}\p{N}\u00ad]*(?:(?:[-'’&]\p{L}|\.\p{Ll})[\p{L}\p{M}\p{N}\u00ad]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S`,
  'gu',
);

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
