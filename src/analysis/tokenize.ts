import type { Span } from '../shared/schema';

export interface Token extends Span {
  text: string;
}

/**
 * How a stage wants the text cut. Both profiles read abbreviations, initials,
 * dotted acronyms, words, numbers and symbols the same way; they differ only in:
 * - `conll`: the name tagger's, as CoNLL-2003 writes tokens.
 * - `claims`: the claim detectors' — a month or number abbreviation glued to
 *   its number ("Oct.1", "No.3") stays one word, a date or a count, not a
 *   sentence's end.
 */
export type TokenProfile = 'conll' | 'claims';

// Abbreviations keep their period ("Remain Co.", "Dr. Jane Smith"), as CoNLL-2003 writes them.
const ABBREVIATIONS = ['Co', 'Cos', 'Inc', 'Corp', 'Ltd', 'Plc', 'Bros', 'Jr', 'Sr', 'Dr', 'Mr', 'Mrs', 'Ms', 'St', 'Mt', 'Ft', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Prof', 'Dept', 'No', 'Vol'];
const ABBREVIATION = String.raw`\b(?:${ABBREVIATIONS.join('|')})\.(?!\p{L})`;
const ABBREVIATION_WORDS = new Set(ABBREVIATIONS);
// "Ph.D.", "U.S.", "e.g.": letters each followed by a period.
const DOTTED = String.raw`\p{Lu}\p{Ll}?\.(?:\p{Lu}\.)+|(?:\p{L}\.){2,}`;
// A capital and period before a capitalised word is an initial ("Robert M. Danin").
const INITIAL = String.raw`\p{Lu}\.(?=\s+\p{Lu})`;
// "Oct.1", "No.3": the claims profile only.
const GLUED_NUMBER = String.raw`\p{Lu}\p{Ll}{1,3}\.\p{N}+`;
// Words with inner apostrophes, hyphens, ampersands and soft hyphens. An inner period joins only a lower-case
// continuation ("Amazon.com"): in "future.Musk" a missing space is the likelier reading. So does an inner star, as
// in gender-inclusive plurals ("Athlet*innen") and starred-out words ("f*ck").
const WORD = String.raw`\p{L}[\p{L}\p{M}\p{N}\u00ad]*(?:(?:[-'’&]\p{L}|[.*]\p{Ll})[\p{L}\p{M}\p{N}\u00ad]*)*`;
const NUMBER = String.raw`\p{N}+(?:[.,:]\p{N}+)*`;
// One emoji with its skin tone, variation selector and joined parts ("👩🏽‍🔬") is one symbol.
const EMOJI = String.raw`\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*`;

const PATTERNS: Record<TokenProfile, RegExp> = {
  conll: new RegExp(`${ABBREVIATION}|${DOTTED}|${INITIAL}|${WORD}|${NUMBER}|${EMOJI}|\\S`, 'gu'),
  claims: new RegExp(`${ABBREVIATION}|${DOTTED}|${INITIAL}|${GLUED_NUMBER}|${WORD}|${NUMBER}|${EMOJI}|\\S`, 'gu'),
};

const POSSESSIVE = /['’]s$/u;

/**
 * The one tokenizer: splits `text[start, end)` into word and punctuation
 * tokens with exact offsets, and calls `emit` for each (no array is built for
 * stages that keep their own records).
 */
export function scanTokens(text: string, start: number, end: number, profile: TokenProfile, emit: (text: string, start: number) => void): void {
  const pattern = PATTERNS[profile];
  const slice = end === text.length ? text : text.slice(0, end);
  let at = start;
  for (;;) {
    while (at < end && isAsciiSpace(text.charCodeAt(at))) at++;
    if (at >= end) return;
    const plainEnd = plainTokenEnd(text, at, end);
    if (plainEnd > at) {
      emit(text.slice(at, plainEnd), at);
      at = plainEnd;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(slice);
    if (match === null) return;
    const value = match[0];
    at = match.index + value.length;
    // Possessive "'s" is a token of its own, as in CoNLL ("Tesla 's"), so names and possessives are told apart.
    if (value.length > 2 && POSSESSIVE.test(value)) {
      emit(value.slice(0, -2), match.index);
      emit(value.slice(-2), match.index + value.length - 2);
    } else {
      emit(value, match.index);
    }
  }
}

function isAsciiSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * The end of a token the expression would read the same way, found without it: a run of ASCII letters
 * and digits that starts with a letter, or of ASCII digits, ended by the text's end or an ASCII character
 * that can neither continue it nor make it an abbreviation, initial, dotted acronym or longer number
 * (a space, a comma after a word, a bracket). Most tokens are such runs. Returns `at` for any other token.
 */
function plainTokenEnd(text: string, at: number, end: number): number {
  const first = text.charCodeAt(at);
  const letter = (first | 32) >= 97 && (first | 32) <= 122;
  // ASCII punctuation starts no word, number or emoji: a token of its own.
  if (!letter && !(first >= 48 && first <= 57)) return first > 32 && first < 127 ? at + 1 : at;
  let i = at + 1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (letter && (c | 32) >= 97 && (c | 32) <= 122) continue;
    break;
  }
  if (i === end) return i;
  const next = text.charCodeAt(i);
  if (next >= 128) return at;
  // A word may go on after - ' & * or . ("well-known", "Athlet*innen", "U.S."); a number after . , or : ("3.5", "10:30").
  if (letter) {
    if (next === 46) return endsSentence(text, at, i, end) ? i : at;
    return next === 45 || next === 39 || next === 38 || next === 42 ? at : i;
  }
  return next === 46 || next === 44 || next === 58 ? at : i;
}

/**
 * "said. The": a word of two or more characters before a period and a space (or the end) is a word
 * without its period, unless it is an abbreviation, which keeps it ("Dr. Jane"). One letter may be an initial.
 */
function endsSentence(text: string, at: number, period: number, end: number): boolean {
  if (period - at < 2) return false;
  const after = period + 1 < end ? text.charCodeAt(period + 1) : 32;
  return isAsciiSpace(after) && !ABBREVIATION_WORDS.has(text.slice(at, period));
}

/** Splits `text[start, end)` into word and punctuation tokens with exact offsets. */
export function tokenize(text: string, start = 0, end = text.length, profile: TokenProfile = 'conll'): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, start, end, profile, (value, at) => tokens.push({ start: at, end: at + value.length, text: value }));
  return tokens;
}
