import { type CaseForm, type DocumentContext, isShouting, letterCase, startsUpper } from './document-context';
import { type Gazetteer, loadGazetteer, type Phrase, phraseTagsOf } from './gazetteer';
import { hashString, mixHash as mixHashExport } from './hashing';
import type { WordScores } from './word-scores';

// A local copy: an imported binding called in a loop costs a getter call under some loaders (tsx).
const mixHash = mixHashExport;

/** What a word says on its own, hashed once per distinct word and kept. */
export interface WordAtoms extends CaseForm {
  word: number;
  lower: number;
  shape: number;
  /** Hashes of the first and last 1–5 characters, lower case. */
  prefixes: [number, number, number, number, number];
  suffixes: [number, number, number, number, number];
  /** Uncompressed shape of the first eight characters: "Xiaomi" → "Xxxxxx". */
  longShape: number;
  length: number;
  gazetteer: number;
  /** The gazetteer's phrases that open with this word. */
  phrases: readonly Phrase[] | undefined;
  /** The tagger's scores of this word under one model, kept here to save a lookup. */
  scores: WordScores | undefined;
}

/** Stands for the two positions before and after a sentence. */
export const BOUNDARY: WordAtoms = {
  key: '',
  lowerForm: false,
  upperStart: false,
  word: 1,
  lower: 1,
  shape: 1,
  prefixes: [1, 1, 1, 1, 1],
  suffixes: [1, 1, 1, 1, 1],
  longShape: 1,
  length: 0,
  gazetteer: 64,
  phrases: undefined,
  letterCase: 0,
  context: 0,
  slot: 0,
  scores: undefined,
};
export const BOUNDARY_CASE = 8;
export const BOUNDARY_HISTORY = 6;
export const BOUNDARY_PHRASE = 15;

/** Templates that read only the word itself (and a bias): their scores can be cached per word. */
export const WORD_TEMPLATE_COUNT = 19;
/** Templates that read the word's neighbours, document or sentence. */
export const CONTEXT_TEMPLATE_COUNT = 30;
/** Number of feature templates; every token gets exactly one feature per template. */
export const TEMPLATE_COUNT = WORD_TEMPLATE_COUNT + CONTEXT_TEMPLATE_COUNT;

/** Compressed word shape: "Xiaomi" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    const cls = charClass(char);
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

// ASCII first: this runs for every character of every new word.
function charClass(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return char;
  if (/\p{Lu}/u.test(char)) return 'X';
  if (/\p{L}/u.test(char)) return 'x';
  if (/\p{N}/u.test(char)) return 'd';
  return char;
}

// Words recur across sentences and articles; the cache is dropped when it grows large.
const CACHE_LIMIT = 50_000;
const wordCache = new Map<string, WordAtoms>();

function wordAtoms(word: string, gazetteer: Gazetteer): WordAtoms {
  const known = wordCache.get(word);
  if (known) return known;
  const key = word.toLowerCase();
  const lower = key.replace(/\p{N}/gu, '0');
  const prefixes: WordAtoms['prefixes'] = [0, 0, 0, 0, 0];
  const suffixes: WordAtoms['suffixes'] = [0, 0, 0, 0, 0];
  for (let n = 1; n <= 5; n++) {
    prefixes[n - 1] = n <= lower.length ? hashString(lower.slice(0, n)) : 2;
    suffixes[n - 1] = n <= lower.length ? hashString(lower.slice(-n)) : 2;
  }
  const atoms: WordAtoms = {
    key,
    word: hashString(word),
    lower: hashString(lower),
    shape: hashString(wordShape(word)),
    longShape: hashString(Array.from(word.slice(0, 8), charClass).join('')),
    prefixes,
    suffixes,
    length: Math.min(word.length, 8),
    gazetteer: gazetteer.wordMask(key),
    phrases: gazetteer.phrasesStartingWith(key),
    letterCase: letterCase(word),
    lowerForm: word === key,
    upperStart: startsUpper(word),
    context: 0,
    slot: 0,
    scores: undefined,
  };
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, atoms);
  return atoms;
}

/** The atoms of each word of a sentence. */
export function sentenceAtoms(words: readonly string[]): WordAtoms[] {
  const gazetteer = loadGazetteer();
  return words.map((word) => wordAtoms(word, gazetteer));
}

/** The bucket indices of a word's `WORD_TEMPLATE_COUNT` word-only features. */
export function wordFeatures(atoms: WordAtoms, bits: number): Int32Array {
  const out = new Int32Array(WORD_TEMPLATE_COUNT);
  writeWordFeatures(atoms, out, 0, 32 - bits);
  return out;
}

function writeWordFeatures(c: WordAtoms, out: Int32Array, at: number, shift: number): void {
  out[at] = mixHash(0, 0) >>> shift;
  out[at + 1] = mixHash(1, c.word) >>> shift;
  out[at + 2] = mixHash(2, c.lower) >>> shift;
  out[at + 3] = mixHash(7, c.shape) >>> shift;
  out[at + 4] = mixHash(17, c.prefixes[0]) >>> shift;
  out[at + 5] = mixHash(18, c.prefixes[1]) >>> shift;
  out[at + 6] = mixHash(19, c.prefixes[2]) >>> shift;
  out[at + 7] = mixHash(20, c.prefixes[3]) >>> shift;
  out[at + 8] = mixHash(21, c.suffixes[0]) >>> shift;
  out[at + 9] = mixHash(22, c.suffixes[1]) >>> shift;
  out[at + 10] = mixHash(23, c.suffixes[2]) >>> shift;
  out[at + 11] = mixHash(24, c.suffixes[3]) >>> shift;
  out[at + 12] = mixHash(32, c.length, c.shape) >>> shift;
  out[at + 13] = mixHash(40, c.gazetteer, c.shape) >>> shift;
  out[at + 14] = mixHash(46, c.suffixes[1], c.shape) >>> shift;
  out[at + 15] = mixHash(47, c.prefixes[4]) >>> shift;
  out[at + 16] = mixHash(48, c.suffixes[4]) >>> shift;
  out[at + 17] = mixHash(49, c.longShape) >>> shift;
  out[at + 18] = mixHash(50, c.gazetteer, c.lower) >>> shift;
}

/**
 * Hashed features of every token of a sentence as bucket indices into a table
 * of `2^bits` rows: per token the word-only features first (unless
 * `contextOnly`, for a caller that caches their scores per word), then the
 * `CONTEXT_TEMPLATE_COUNT` context features.
 */
export function sentenceFeatures(words: readonly WordAtoms[], context: DocumentContext, bits: number, contextOnly = false): Int32Array {
  const shift = 32 - bits;
  const length = words.length;
  // Per-token values padded with two boundary slots either side, so neighbours need no checks.
  const atoms: WordAtoms[] = [BOUNDARY, BOUNDARY];
  const caseMask = new Int32Array(length + 4).fill(BOUNDARY_CASE);
  const history = new Int32Array(length + 4).fill(BOUNDARY_HISTORY);
  const phrase = new Int32Array(length + 4).fill(BOUNDARY_PHRASE);
  const cases = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const a = words[i]!;
    atoms.push(a);
    cases[i] = a.letterCase;
    caseMask[i + 2] = context.caseMask(a);
    history[i + 2] = context.historyType(a);
  }
  atoms.push(BOUNDARY, BOUNDARY);
  phrase.set(phraseTagsOf(words), 2);
  const shouting = isShouting(cases) ? 1 : 0;
  const perToken = contextOnly ? CONTEXT_TEMPLATE_COUNT : TEMPLATE_COUNT;
  const out = new Int32Array(length * perToken);
  let o = 0;
  for (let i = 0; i < length; i++) {
    const k = i + 2;
    const p2 = atoms[k - 2]!;
    const p1 = atoms[k - 1]!;
    const c = atoms[k]!;
    const n1 = atoms[k + 1]!;
    const n2 = atoms[k + 2]!;
    if (!contextOnly) {
      writeWordFeatures(c, out, o, shift);
      o += WORD_TEMPLATE_COUNT;
    }
    const position = i === 0 ? 1 : i === length - 1 ? 2 : 0;
    out[o++] = mixHash(3, p1.lower) >>> shift;
    out[o++] = mixHash(4, n1.lower) >>> shift;
    out[o++] = mixHash(5, p2.lower) >>> shift;
    out[o++] = mixHash(6, n2.lower) >>> shift;
    out[o++] = mixHash(8, p1.shape) >>> shift;
    out[o++] = mixHash(9, n1.shape) >>> shift;
    out[o++] = mixHash(10, p1.shape, c.shape) >>> shift;
    out[o++] = mixHash(11, c.shape, n1.shape) >>> shift;
    out[o++] = mixHash(12, p1.shape, c.shape, n1.shape) >>> shift;
    out[o++] = mixHash(13, p1.lower, c.lower) >>> shift;
    out[o++] = mixHash(14, c.lower, n1.lower) >>> shift;
    out[o++] = mixHash(15, p1.lower, c.shape) >>> shift;
    out[o++] = mixHash(16, c.shape, n1.lower) >>> shift;
    out[o++] = mixHash(25, position, c.shape) >>> shift;
    out[o++] = mixHash(26, shouting, c.shape) >>> shift;
    out[o++] = mixHash(27, shouting, c.lower) >>> shift;
    out[o++] = mixHash(28, caseMask[k]!, c.shape, shouting) >>> shift;
    out[o++] = mixHash(29, history[k]!) >>> shift;
    out[o++] = mixHash(30, history[k]!, c.shape) >>> shift;
    out[o++] = mixHash(31, history[k - 1]!, history[k + 1]!) >>> shift;
    out[o++] = mixHash(33, p1.lower, n1.lower) >>> shift;
    out[o++] = mixHash(36, p1.suffixes[2], c.shape) >>> shift;
    out[o++] = mixHash(37, caseMask[k + 1]!, n1.shape, shouting) >>> shift;
    out[o++] = mixHash(38, caseMask[k - 1]!, p1.shape, shouting) >>> shift;
    out[o++] = mixHash(39, history[k]!, p1.shape, n1.shape) >>> shift;
    out[o++] = mixHash(41, p1.gazetteer, c.gazetteer, n1.gazetteer) >>> shift;
    out[o++] = mixHash(42, phrase[k]!, c.shape) >>> shift;
    out[o++] = mixHash(43, phrase[k - 1]!, phrase[k]!, phrase[k + 1]!) >>> shift;
    out[o++] = mixHash(44, p1.gazetteer, c.shape) >>> shift;
    out[o++] = mixHash(45, c.gazetteer, n1.shape, shouting) >>> shift;
  }
  return out;
}

