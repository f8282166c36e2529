import { memoPerObject } from '../bounded-memo';
import { OBLIGATIONS } from './data/voice-words';
import { EVALUATIVE, FIRST_PERSON_JUDGEMENT, HEDGES, PREDICTIONS } from './data/subjectivity-lexicon';
import type { SentenceView } from './types';
import type { Word } from './words';

/** Lexicon categories, each also a dense feature of the model and a cue kind for notes. */
export const LEXICON_CATEGORIES = ['opinion', 'hedge', 'prediction', 'first-person'] as const;
export type LexiconCategory = (typeof LEXICON_CATEGORIES)[number];

/** Hashed word features share this many buckets; lexicon counts follow them. */
export const HASH_BUCKETS = 4096;
export const FEATURE_COUNT = HASH_BUCKETS + LEXICON_CATEGORIES.length + 2;

export interface OpinionWeights {
  bias: number;
  weights: readonly number[];
}

export interface LexiconMatch {
  category: LexiconCategory;
  /** Token range [from, to). */
  from: number;
  to: number;
}

const PHRASES: ReadonlyMap<string, Array<{ tokens: string[]; category: LexiconCategory }>> = (() => {
  const byFirst = new Map<string, Array<{ tokens: string[]; category: LexiconCategory }>>();
  const add = (entries: readonly string[], category: LexiconCategory) => {
    for (const entry of entries) {
      const tokens = entry.split(' ');
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, category });
      byFirst.set(tokens[0]!, list);
    }
  };
  add(FIRST_PERSON_JUDGEMENT, 'first-person');
  add(PREDICTIONS, 'prediction');
  add(HEDGES, 'hedge');
  add(EVALUATIVE, 'opinion');
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();

/** Longest lexicon phrases in a sentence's lower-case tokens, left to right, not overlapping. */
export function lexiconMatches(tokens: readonly string[]): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hit = longestPhraseAt(tokens, i);
    if (hit) {
      matches.push({ category: hit.category, from: i, to: i + hit.tokens.length });
      i += hit.tokens.length;
    } else {
      i++;
    }
  }
  return matches;
}

/** Words of a sentence as the opinion model reads them: their lower-case tokens and lexicon matches. */
export interface Wording {
  words: readonly Word[];
  tokens: string[];
  matches: LexiconMatch[];
}

export function wording(words: readonly Word[]): Wording {
  const tokens = words.map((w) => w.lower);
  return { words, tokens, matches: lexiconMatches(tokens) };
}

/**
 * The author's own (unquoted) wording of a sentence, read once: the opinion detector scores it and the
 * decision layer's voice features count its lexicon matches.
 */
export const ownWording = memoPerObject((sentence: SentenceView): Wording => wording(sentence.words.filter((w) => !w.quoted)));

/** The longest lexicon phrase that starts at token i (plain loops: this runs for every token of every sentence). */
function longestPhraseAt(tokens: readonly string[], i: number): { tokens: string[]; category: LexiconCategory } | undefined {
  const candidates = PHRASES.get(tokens[i]!);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    let k = 1;
    while (k < candidate.tokens.length && tokens[i + k] === candidate.tokens[k]) k++;
    if (k === candidate.tokens.length) return candidate;
  }
  return undefined;
}

/** Sparse features (index → value): hashed words (present or not), lexicon counts, digits and length. */
export function opinionFeatures(tokens: readonly string[], matches: readonly LexiconMatch[] = lexiconMatches(tokens)): Map<number, number> {
  const features = new Map<number, number>();
  const add = (index: number, value: number) => features.set(index, (features.get(index) ?? 0) + value);
  const words = tokens.filter(isWord);
  for (const word of new Set(words)) add(bucketOf(word), 1);
  for (const match of matches) add(HASH_BUCKETS + LEXICON_CATEGORIES.indexOf(match.category), 1);
  add(HASH_BUCKETS + LEXICON_CATEGORIES.length, Math.min(countDigits(tokens), 3));
  add(HASH_BUCKETS + LEXICON_CATEGORIES.length + 1, Math.log1p(words.length));
  return features;
}

/** Per-call scratch of `opinionScore`: bucket counts and the order buckets first appeared in. */
const bucketCount = new Int32Array(HASH_BUCKETS);
const bucketOrder = new Int32Array(HASH_BUCKETS);
const categoryCount = new Int32Array(LEXICON_CATEGORIES.length);

/**
 * `opinionProbability(opinionFeatures(tokens, matches), model)` without building the sparse map: the
 * inference path. It adds the same terms in the same order (the map's insertion order), so the
 * probability is the same to the last bit.
 */
export function opinionScore(tokens: readonly string[], matches: readonly LexiconMatch[], model: OpinionWeights): number {
  const weights = model.weights;
  let buckets = 0;
  let words = 0;
  const call = nextCall();
  for (const token of tokens) {
    if (!isWord(token)) continue;
    words++;
    // Each distinct word counts once: one look-up gives its bucket and whether this call has counted it.
    const slot = slotOf(token);
    if (slot.countedIn === call) continue;
    slot.countedIn = call;
    const bucket = slot.bucket;
    const count = bucketCount[bucket]!;
    bucketCount[bucket] = count + 1;
    if (count === 0) bucketOrder[buckets++] = bucket;
  }
  let z = model.bias;
  for (let i = 0; i < buckets; i++) {
    const bucket = bucketOrder[i]!;
    z += (weights[bucket] ?? 0) * bucketCount[bucket]!;
    bucketCount[bucket] = 0;
  }
  const categoryOrder: number[] = [];
  for (const match of matches) {
    const c = LEXICON_CATEGORIES.indexOf(match.category);
    const count = categoryCount[c]!;
    categoryCount[c] = count + 1;
    if (count === 0) categoryOrder.push(c);
  }
  for (const c of categoryOrder) {
    z += (weights[HASH_BUCKETS + c] ?? 0) * categoryCount[c]!;
    categoryCount[c] = 0;
  }
  z += (weights[HASH_BUCKETS + LEXICON_CATEGORIES.length] ?? 0) * Math.min(countDigits(tokens), 3);
  z += (weights[HASH_BUCKETS + LEXICON_CATEGORIES.length + 1] ?? 0) * Math.log1p(words);
  return 1 / (1 + Math.exp(-z));
}

/** How much one word pushes a sentence towards subjective: to point at the words behind a verdict. */
export function wordWeight(token: string, model: OpinionWeights): number {
  return isWord(token) ? (model.weights[bucketOf(token)] ?? 0) : 0;
}

/** Probability that a sentence is subjective, by logistic regression. */
export function opinionProbability(features: Map<number, number>, model: OpinionWeights): number {
  let z = model.bias;
  for (const [index, value] of features) z += (model.weights[index] ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}

const WORD_START = /^[\p{L}']/u;
const NUMBER_START = /^\p{N}/u;

function countDigits(tokens: readonly string[]): number {
  let n = 0;
  for (const t of tokens) {
    const c = t.charCodeAt(0);
    if (c < 128 ? c >= 48 && c <= 57 : NUMBER_START.test(t)) n++;
  }
  return n;
}

export function isWord(token: string): boolean {
  const c = token.charCodeAt(0);
  return c < 128 ? c === 39 || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_START.test(token);
}

/** A word's bucket, memoised (articles repeat their words), and the last `opinionScore` call that counted it. */
interface WordSlot {
  bucket: number;
  countedIn: number;
}
const slots = new Map<string, WordSlot>();
const MAX_MEMO = 50_000;
let calls = 0;

/** A new call's number; a full memo is emptied here, between sentences, never while one is being counted. */
function nextCall(): number {
  if (slots.size >= MAX_MEMO) slots.clear();
  return ++calls;
}

/** A word's bucket, from the memo when `opinionScore` has met the word. */
function bucketOf(word: string): number {
  return slots.get(word)?.bucket ?? hash(word) % HASH_BUCKETS;
}

function slotOf(word: string): WordSlot {
  let slot = slots.get(word);
  if (slot === undefined) {
    slot = { bucket: hash(word) % HASH_BUCKETS, countedIn: 0 };
    slots.set(word, slot);
  }
  return slot;
}

/** FNV-1a: a stable 32-bit hash, so that training and inference agree without a vocabulary. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A word → number table: a logistic regression over the mean GloVe vector of a sentence's words is the mean of one
 * number per word (its vector times the weights), so the table ships that number, as one of 64 levels per word.
 */
export interface VectorTable {
  bias: number;
  /** Level 0's value and the step between levels. */
  low: number;
  step: number;
  /** Words separated by spaces. */
  words: string;
  /** One character of `LEVEL_DIGITS` per word: its level. */
  levels: string;
}

/**
 * How the word-vector probability and the words-only one are combined: a logistic regression over their log-odds and
 * whether the sentence says what ought to be (`obligationCue`), which both dilute among the other words.
 */
export interface OpinionStack {
  words: number;
  vectors: number;
  obligation: number;
  bias: number;
}

/** What a lone sentence's kind reads: the table, how it is stacked with the words-only probability, and the threshold on the stacked scale. */
export interface LoneKindModel {
  table: VectorTable;
  stack: OpinionStack;
  arguing: number;
}

export const LEVEL_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CLITIC = /^(.+)('s|'re|'ll|'ve|'d|'m)$/u;

/** The table as a Map, built once per table (the first lone sentence pays for it). */
const valuesOf = memoPerObject((table: VectorTable): Map<string, number> => {
  const values = new Map<string, number>();
  const words = table.words.split(' ');
  for (let i = 0; i < words.length; i++) values.set(words[i]!, table.low + table.step * LEVEL_DIGITS.indexOf(table.levels[i]!));
  return values;
});

/**
 * The table's words for a token: whole, else as GloVe split it ("don't" → do + n't, "they're" → they + 're),
 * else its hyphenated parts; none for a word it lacks.
 */
export function tableKeys(token: string, table: { has(word: string): boolean }): string[] {
  if (table.has(token)) return [token];
  if (token.endsWith("n't") && table.has(token.slice(0, -3)) && table.has("n't")) return [token.slice(0, -3), "n't"];
  const clitic = CLITIC.exec(token);
  if (clitic && table.has(clitic[1]!) && table.has(clitic[2]!)) return [clitic[1]!, clitic[2]!];
  return token.includes('-') ? token.split('-').filter((part) => table.has(part)) : [];
}

/** Probability that a sentence's wording is subjective by the word-vector table: the mean of its words' numbers. */
export function vectorProbability(tokens: readonly string[], table: VectorTable): number {
  const values = valuesOf(table);
  let sum = 0;
  let n = 0;
  for (const token of tokens) {
    if (!isWord(token)) continue;
    for (const key of tableKeys(token, values)) {
      sum += values.get(key)!;
      n++;
    }
  }
  return 1 / (1 + Math.exp(-(table.bias + (n > 0 ? sum / n : 0))));
}

/** 1 when the words say what ought to be ("should", "must", "needs"): the author's exhortation, 0 otherwise. */
export function obligationCue(tokens: readonly string[]): number {
  return tokens.some((t) => OBLIGATIONS.has(t)) ? 1 : 0;
}

/** The words-only and the word-vector probabilities and the obligation cue combined by `stack`. */
export function stackedProbability(words: number, vectors: number, obligation: number, stack: OpinionStack): number {
  const z = stack.words * logit(words) + stack.vectors * logit(vectors) + stack.obligation * obligation + stack.bias;
  return 1 / (1 + Math.exp(-z));
}

function logit(p: number): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  return Math.log(q / (1 - q));
}
