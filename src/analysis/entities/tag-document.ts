import { DocumentContext, isShoutingForms } from './document-context';
import {
  BOUNDARY,
  BOUNDARY_CASE,
  BOUNDARY_HISTORY,
  BOUNDARY_PHRASE,
  CONTEXT_TEMPLATE_COUNT,
  sentenceAtoms,
  sentenceFeatures,
  WORD_TEMPLATE_COUNT,
  type WordAtoms,
  wordFeatures,
} from './features';
import { phraseTagsOf } from './gazetteer';
import { mixSeeded as mixSeededExport, templateSeed } from './hashing';
import { TAG_COUNT as TAG_COUNT_EXPORT, TAGS as TAG_NAMES } from './tags';
import { emissionScores, type QuantisedWeights, sumQuantisedRows, type TaggerWeights, viterbi } from './viterbi';
import {
  OWN_CASE,
  OWN_HISTORY,
  OWN_PHRASE,
  RECORD_OWN,
  RECORD_SIZE,
  scoresOf,
  sumsAreExact,
  type WordScores,
} from './word-scores';

// Local copies: imported bindings read in a loop cost a getter call under some loaders (tsx).
const TAG_COUNT = TAG_COUNT_EXPORT;
const mixSeeded = mixSeededExport;
/** Context templates that read two or three words at once: scored per token. */
const PAIR_TEMPLATE_COUNT = 15;

/**
 * Tags every sentence of one document (a list of token lists) with IOB2 tags,
 * in order, so later sentences see how earlier ones were tagged.
 */
export function tagDocument(weights: TaggerWeights, sentences: readonly (readonly string[])[]): string[][] {
  const names = TAG_NAMES;
  const atoms = sentences.map(sentenceAtoms);
  const context = DocumentContext.ofForms(atoms);
  const score = 'codes' in weights && sumsAreExact(weights) ? cachedScores : featureScores;
  return atoms.map((words) => {
    const tags = viterbi(score(weights as QuantisedWeights, words, context), weights.transitions);
    context.recordForms(words, tags);
    const named = new Array<string>(tags.length);
    for (let i = 0; i < tags.length; i++) named[i] = names[tags[i]!]!;
    return named;
  });
}

/**
 * Emission scores from every feature of every token: the definition, and the
 * path for float weights in training. The context features' sum is rounded to
 * float32 before the word-only features' scores are added.
 */
export function featureScores(weights: TaggerWeights, words: readonly WordAtoms[], context: DocumentContext): Float32Array {
  const scores = emissionScores(weights, sentenceFeatures(words, context, weights.bits, true), CONTEXT_TEMPLATE_COUNT);
  words.forEach((atoms, i) => {
    const own = emissionScores(weights, wordFeatures(atoms, weights.bits), WORD_TEMPLATE_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t]! += own[t]!;
  });
  return scores;
}

// Per-sentence buffers, reused; the per-token ones padded with two boundary slots either side.
let caseMask = new Int32Array(64);
let history = new Int32Array(64);
let phrase = new Int32Array(64);
// The atoms the pair templates read, one column each, padded like the others with the boundary's.
let shapes = new Int32Array(64);
let lowers = new Int32Array(64);
let suffixes3 = new Int32Array(64);
let gazetteers = new Int32Array(64);
let pairRows = new Int32Array(64 * PAIR_TEMPLATE_COUNT);
let sums = new Float64Array(64 * TAG_COUNT);
let scoreBuffer = new Float32Array(64 * TAG_COUNT);
let recordAt = new Int32Array(64);
const neighbours: WordScores[] = [];

/**
 * The same scores as `featureScores`, bit for bit, with the word-level work done
 * once per word: the word-only features' scores and the sums of the context
 * features that read one word are kept with the word (`WordScores`); per token
 * only the fifteen templates over word pairs and triples are hashed and looked up.
 * Requires `sumsAreExact(weights)`: the sums are added in another grouping.
 */
export function cachedScores(weights: QuantisedWeights, words: readonly WordAtoms[], context: DocumentContext): Float32Array {
  const length = words.length;
  if (caseMask.length < length + 4) {
    caseMask = new Int32Array((length + 4) * 2);
    history = new Int32Array((length + 4) * 2);
    phrase = new Int32Array((length + 4) * 2);
    shapes = new Int32Array((length + 4) * 2);
    lowers = new Int32Array((length + 4) * 2);
    suffixes3 = new Int32Array((length + 4) * 2);
    gazetteers = new Int32Array((length + 4) * 2);
    pairRows = new Int32Array((length + 4) * 2 * PAIR_TEMPLATE_COUNT);
    sums = new Float64Array((length + 4) * 2 * TAG_COUNT);
    scoreBuffer = new Float32Array((length + 4) * 2 * TAG_COUNT);
    recordAt = new Int32Array((length + 4) * 2);
  }
  neighbours.length = 0;
  const boundary = scoresOf(BOUNDARY, weights);
  neighbours.push(boundary, boundary);
  for (let i = 0; i < length; i++) {
    const a = words[i]!;
    neighbours.push(scoresOf(a, weights));
    caseMask[i + 2] = context.caseMask(a);
    history[i + 2] = context.historyType(a);
    setAtoms(i + 2, a);
  }
  neighbours.push(boundary, boundary);
  for (const k of [0, 1, length + 2, length + 3]) {
    caseMask[k] = BOUNDARY_CASE;
    history[k] = BOUNDARY_HISTORY;
    phrase[k] = BOUNDARY_PHRASE;
    setAtoms(k, BOUNDARY);
  }
  phrase.set(phraseTagsOf(words), 2);
  const shouting = isShoutingForms(words) ? 1 : 0;
  writePairRows(length, shouting, weights.bits);
  sumQuantisedRows(weights, pairRows, PAIR_TEMPLATE_COUNT, length, sums);
  if (context !== recordsContext) {
    recordsContext = context;
    recordsGeneration++;
    recordsUsed = 0;
    // A very long document's records are not kept for the next one.
    if (records.length > RECORDS_KEPT) records = new Float64Array(RECORDS_KEPT);
  }
  return addWordSums(length, shouting);
}

/**
 * Copies the hashes the pair templates read into the columns: the hot loops then
 * read typed arrays instead of two shapes of atoms object (words' and the
 * boundary's). `mixSeeded` only XORs them in, so their int32 form hashes alike.
 */
function setAtoms(k: number, atoms: WordAtoms): void {
  shapes[k] = atoms.shape;
  lowers[k] = atoms.lower;
  suffixes3[k] = atoms.suffixes[2];
  gazetteers[k] = atoms.gazetteer;
}

/*
 * The records of the current document's words, copied into one array in the
 * order the words first occur: a document reads a compact run of memory instead
 * of one scattered object per word. A word's case mask is fixed for a document,
 * so it needs at most two records there (plain and shouting sentences).
 */
const RECORDS_KEPT = 8192 * RECORD_SIZE;
let records = new Float64Array(1024 * RECORD_SIZE);
let recordsUsed = 0;
let recordsContext: DocumentContext | undefined;
let recordsGeneration = 0;

function documentRecord(word: WordScores, caseMask: number, shouting: number): number {
  if (word.generation !== recordsGeneration) {
    word.generation = recordsGeneration;
    word.documentRecords[0] = -1;
    word.documentRecords[1] = -1;
  }
  const known = word.documentRecords[shouting]!;
  if (known >= 0) return known;
  const from = word.record(caseMask, shouting);
  if (recordsUsed + RECORD_SIZE > records.length) {
    const grown = new Float64Array(records.length * 2);
    grown.set(records);
    records = grown;
  }
  const at = recordsUsed;
  records.set(word.vectors.subarray(from, from + RECORD_SIZE), at);
  recordsUsed += RECORD_SIZE;
  word.documentRecords[shouting] = at;
  return at;
}

// The pair templates' seeds, in `pairRows` order.
const [S10, S11, S12, S13, S14, S15, S16, S33, S31, S36, S39, S41, S43, S44, S45] = [10, 11, 12, 13, 14, 15, 16, 33, 31, 36, 39, 41, 43, 44, 45].map(templateSeed) as [
  number, number, number, number, number, number, number, number, number, number, number, number, number, number, number,
];

/**
 * The buckets of the context templates over two or three words, as in
 * `sentenceFeatures`, five templates a function: V8 inlines every hash call
 * only while a function holds few of them.
 */
function writePairRows(length: number, shouting: number, bits: number): void {
  const shift = 32 - bits;
  writeWordPairs(length, shift);
  writeMixedPairs(length, shift);
  writeContextTriples(length, shouting, shift);
}

// Token i is at k = i + 2 in the padded columns, its neighbours at k − 1 and k + 1.
function writeWordPairs(length: number, shift: number): void {
  const rows = pairRows;
  const shape = shapes;
  const lower = lowers;
  for (let k = 2, o = 0; k < length + 2; k++, o += PAIR_TEMPLATE_COUNT) {
    rows[o] = mixSeeded(S10, shape[k - 1]!, shape[k]!, 0) >>> shift;
    rows[o + 1] = mixSeeded(S11, shape[k]!, shape[k + 1]!, 0) >>> shift;
    rows[o + 2] = mixSeeded(S12, shape[k - 1]!, shape[k]!, shape[k + 1]!) >>> shift;
    rows[o + 3] = mixSeeded(S13, lower[k - 1]!, lower[k]!, 0) >>> shift;
    rows[o + 4] = mixSeeded(S14, lower[k]!, lower[k + 1]!, 0) >>> shift;
  }
}

function writeMixedPairs(length: number, shift: number): void {
  const rows = pairRows;
  const shape = shapes;
  const lower = lowers;
  const suffix3 = suffixes3;
  const seen = history;
  for (let k = 2, o = 5; k < length + 2; k++, o += PAIR_TEMPLATE_COUNT) {
    rows[o] = mixSeeded(S15, lower[k - 1]!, shape[k]!, 0) >>> shift;
    rows[o + 1] = mixSeeded(S16, shape[k]!, lower[k + 1]!, 0) >>> shift;
    rows[o + 2] = mixSeeded(S33, lower[k - 1]!, lower[k + 1]!, 0) >>> shift;
    rows[o + 3] = mixSeeded(S31, seen[k - 1]!, seen[k + 1]!, 0) >>> shift;
    rows[o + 4] = mixSeeded(S36, suffix3[k - 1]!, shape[k]!, 0) >>> shift;
  }
}

function writeContextTriples(length: number, shouting: number, shift: number): void {
  const rows = pairRows;
  const shape = shapes;
  const gazetteer = gazetteers;
  const seen = history;
  const phrases = phrase;
  for (let k = 2, o = 10; k < length + 2; k++, o += PAIR_TEMPLATE_COUNT) {
    rows[o] = mixSeeded(S39, seen[k]!, shape[k - 1]!, shape[k + 1]!) >>> shift;
    rows[o + 1] = mixSeeded(S41, gazetteer[k - 1]!, gazetteer[k]!, gazetteer[k + 1]!) >>> shift;
    rows[o + 2] = mixSeeded(S43, phrases[k - 1]!, phrases[k]!, phrases[k + 1]!) >>> shift;
    rows[o + 3] = mixSeeded(S44, gazetteer[k - 1]!, shape[k]!, 0) >>> shift;
    rows[o + 4] = mixSeeded(S45, gazetteer[k]!, shape[k + 1]!, shouting) >>> shift;
  }
}

/**
 * Adds to `sums` the kept sums of the templates over one word and a small value,
 * rounds as `featureScores` rounds (the context sum to float32, then plus the
 * word's float32 scores) and returns the scores, a view of a buffer the next sentence reuses. Each word's record goes to the
 * five tokens around it; a token at a sentence edge, with a history or in a
 * gazetteer phrase swaps the record's own part for its own (exact sums allow the
 * subtraction).
 */
function addWordSums(length: number, shouting: number): Float32Array {
  const out = sums;
  const scores = scoreBuffer.subarray(0, length * TAG_COUNT);
  for (let k = 0; k < length + 4; k++) recordAt[k] = documentRecord(neighbours[k]!, caseMask[k]!, shouting);
  for (let i = 0; i < length; i++) {
    const k = i + 2;
    const position = i === 0 ? 1 : i === length - 1 ? 2 : 0;
    const word = neighbours[k]!;
    const cases = OWN_CASE + (caseMask[k]! * 2 + shouting) * 3;
    if (position !== 0) swap(i, word, cases, cases + position);
    if (history[k] !== 0) swap(i, word, OWN_HISTORY, OWN_HISTORY + history[k]!);
    if (phrase[k] !== 0) swap(i, word, OWN_PHRASE, OWN_PHRASE + phrase[k]!);
  }
  // Token i gathers the vectors of the five words around it, record part q from word i + 4 − q (padded indices).
  const vector = records;
  for (let i = 0; i < length; i++) {
    const fromSecondNext = recordAt[i + 4]!;
    const fromNext = recordAt[i + 3]! + TAG_COUNT;
    const fromSelf = recordAt[i + 2]! + 2 * TAG_COUNT;
    const fromPrevious = recordAt[i + 1]! + 3 * TAG_COUNT;
    const fromSecondPrevious = recordAt[i]! + 4 * TAG_COUNT;
    const own = recordAt[i + 2]! + RECORD_OWN;
    const o = i * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      scores[o + t] = out[o + t]! + vector[fromSecondNext + t]! + vector[fromNext + t]! + vector[fromSelf + t]! + vector[fromPrevious + t]! + vector[fromSecondPrevious + t]!;
      scores[o + t]! += vector[own + t]!;
    }
  }
  return scores;
}

/** Replaces, in a token's sum, one kept slot of its word by another. */
function swap(token: number, word: WordScores, from: number, to: number): void {
  const a = word.offset(from);
  const b = word.offset(to);
  const vector = word.vectors;
  const o = token * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) sums[o + t]! += vector[b + t]! - vector[a + t]!;
}
