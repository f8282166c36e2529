import type { Span } from '../../shared/schema';
import { boundedMemo } from '../bounded-memo';
import { scanTokens } from '../tokenize';
import { CLITIC } from './data/lexicons';

/** A word or punctuation mark of a sentence, with its offsets in the article text. */
export interface Word extends Span {
  text: string;
  lower: string;
  /** Inside a quotation (not a scare quote): reported words, not the frame. */
  quoted: boolean;
}

/**
 * Splits `text[span)` into words with the one tokenizer's claims profile (src/analysis/tokenize.ts), so the
 * claim detectors cut "said Dr. Jane Smith" or "Robert M. Danin" as the name tagger does; `isQuoted` tells
 * which offsets lie inside a quotation. A contracted auxiliary is a word of its own ("He’d" → "He" "’d", as the
 * tokenizer already parts "'s"), so every check reads the pronoun as a pronoun and the clitic as a verb.
 */
export function splitWords(text: string, span: Span, isQuoted: (offset: number) => boolean): Word[] {
  const words: Word[] = [];
  scanTokens(text, span.start, span.end, 'claims', (value, start) => {
    for (const part of partsOf(value)) {
      const at = start + part.offset;
      words.push({ text: part.text, lower: part.lower, start: at, end: at + part.text.length, quoted: isQuoted(at) });
    }
  });
  return words;
}

/** One word of a token: its text, its lower case, and where it starts in the token. */
interface Part {
  text: string;
  lower: string;
  offset: number;
}

/**
 * A token's words, worked out once per distinct token (articles repeat their words): every Word of a form shares
 * one `lower` string, whose hash the detectors' many word-list look-ups then compute once.
 */
const partsOf = boundedMemo((value: string): readonly Part[] => {
  const clitic = CLITIC.exec(value);
  if (clitic === null) return [part(value, 0)];
  return [part(value.slice(0, clitic.index), 0), part(clitic[0], clitic.index)];
}, 8192);

function part(text: string, offset: number): Part {
  let lower = text.toLowerCase();
  if (lower.includes('\u00AD')) lower = lower.replace(/\u00AD/g, '');
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { text, lower, offset };
}

export function isCapitalised(word: Word): boolean {
  return CAPITAL_START.test(word.text) || CAMEL_CASE_START.test(word.text);
}

export function isLetterWord(word: Word): boolean {
  return LETTER_START.test(word.text);
}

/** "US", "NATO": capitals only. "US" is the country, not the pronoun "us". */
export function isAcronym(word: Word): boolean {
  return CAPITALS_ONLY.test(word.text);
}

// Module constants: the detectors ask these of every word, and a literal is a new RegExp each time it runs.
const CAPITAL_START = /^\p{Lu}/u;
const CAMEL_CASE_START = /^\p{Ll}+\p{Lu}/u;
const LETTER_START = /^\p{L}/u;
const CAPITALS_ONLY = /^\p{Lu}{2,}$/u;
