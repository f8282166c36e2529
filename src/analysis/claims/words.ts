import type { Span } from '../../shared/schema';

/** A word or punctuation mark of a sentence, with its offsets in the article text. */
export interface Word extends Span {
  text: string;
  lower: string;
  /** Inside a quotation (not a scare quote): reported words, not the frame. */
  quoted: boolean;
}

// Words with inner apostrophes, hyphens, dots ("U.S.", "Ph.D.", "don’t", "Snopes.com"), an abbreviation glued
// to its number ("Oct.1", "No.3"), numbers, or one symbol. An inner dot before a capital is a missing space
// ("future.Musk"), so it splits there.
const WORD = /(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{1,3}\.\p{N}+|\p{L}[\p{L}\p{M}\p{N}\u00AD]*(?:(?:[-'’&]\p{L}|\.\p{Ll})[\p{L}\p{M}\p{N}\u00AD]*)*|\p{N}+(?:[.,:]\p{N}+)*|\S/gu;

/** Splits `text[span)` into words; `isQuoted` tells which offsets lie inside a quotation. */
export function splitWords(text: string, span: Span, isQuoted: (offset: number) => boolean): Word[] {
  const words: Word[] = [];
  const slice = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const start = span.start + m.index;
    let value = m[0];
    // "Tesla’s" → "Tesla" + "’s", so that names and possessives can be told apart.
    if (value.length > 2 && /['’]s$/u.test(value)) {
      const stem = value.slice(0, -2);
      words.push(word(stem, start, isQuoted));
      value = value.slice(-2);
      words.push(word(value, start + stem.length, isQuoted));
      continue;
    }
    words.push(word(value, start, isQuoted));
  }
  return words;
}

function word(text: string, start: number, isQuoted: (offset: number) => boolean): Word {
  let lower = text.toLowerCase();
  if (lower.includes('\u00AD')) lower = lower.replace(/\u00AD/g, '');
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { text, lower, start, end: start + text.length, quoted: isQuoted(start) };
}

export function isCapitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) || /^\p{Ll}+\p{Lu}/u.test(word.text);
}

export function isLetterWord(word: Word): boolean {
  return /^\p{L}/u.test(word.text);
}
