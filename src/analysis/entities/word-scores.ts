import { WORD_TEMPLATE_COUNT, type WordAtoms, wordFeatures } from './features';
import { mixHash as mixHashExport } from './hashing';
import { TAG_COUNT as TAG_COUNT_EXPORT } from './tags';
import { emissionScores, type QuantisedWeights } from './viterbi';

// Local copies: imported bindings used in a loop cost a getter call under some loaders (tsx).
const mixHash = mixHashExport;
const TAG_COUNT = TAG_COUNT_EXPORT;

/*
 * Slots of a word's cached score vectors. Half of the context templates read
 * one word and a small value (its case elsewhere in the document, whether the
 * sentence is shouting, its position, the type it was given before, a
 * gazetteer phrase over it): their summed rows are kept per word and value.
 */
/** As the previous word: templates 3, 8, 38; `+ caseMask · 2 + shouting` (caseMask 0–8, 8 at a boundary). */
export const AS_PREVIOUS = 0;
/** As the next word: templates 4, 9, 37; `+ caseMask · 2 + shouting`. */
export const AS_NEXT = 18;
/** Two before: template 5. */
export const AS_SECOND_PREVIOUS = 36;
/** Two after: template 6. */
export const AS_SECOND_NEXT = 37;
/** The word itself: templates 25–28; `+ (caseMask · 2 + shouting) · 3 + position`. */
export const OWN_CASE = 38;
/** The word itself: templates 29, 30; `+ history` (0–5). */
export const OWN_HISTORY = 92;
/** The word itself: template 42; `+ phrase` (0–12). */
export const OWN_PHRASE = 98;
const SLOT_COUNT = 111;
/** Vectors in a record: what a word adds to the tokens two before it, one before, itself, one after, two after. */
export const RECORD_LENGTH = 5 * TAG_COUNT;
/** Where in a record its copy of `own` starts. */
export const RECORD_OWN = RECORD_LENGTH;
/** Values in a record. */
export const RECORD_SIZE = RECORD_LENGTH + TAG_COUNT;

/**
 * A word's scores under one quantised model: its word-only features' scores as
 * the tagger has always rounded them (`own`), and sums of the rows of the
 * context features above, filled on first use. The sums are exact (see
 * `sumsAreExact`), so adding them in another order than feature by feature
 * gives the same bits.
 */
export class WordScores {
  readonly own: Float32Array;
  /** Where the tagger's current document keeps this word's plain and shouting records, for document `generation`. */
  readonly documentRecords: [number, number] = [-1, -1];
  generation = -1;
  /** Summed rows, `TAG_COUNT` apart; a slot's offset comes from `offset`. */
  vectors = new Float64Array(8 * TAG_COUNT);
  private readonly offsets = new Int32Array(SLOT_COUNT).fill(-1);
  /** Offsets of records, by `caseMask · 2 + shouting`. */
  private readonly records = new Int32Array(18).fill(-1);
  // The last record asked for, kept in the object: a word's case is the same all through a document.
  private lastKey = -1;
  private lastRecord = -1;
  private used = 0;
  private readonly buckets = new Int32Array(4);

  constructor(
    readonly model: QuantisedWeights,
    private readonly atoms: WordAtoms,
  ) {
    this.own = emissionScores(model, wordFeatures(atoms, model.bits), WORD_TEMPLATE_COUNT);
  }

  /** Where in `vectors` the sum of a slot's rows lies; read `vectors` after this call, as it may grow. */
  offset(slot: number): number {
    const known = this.offsets[slot]!;
    if (known >= 0) return known;
    const count = this.slotBuckets(slot);
    const at = this.reserve(TAG_COUNT);
    const { codes, codebook } = this.model;
    for (let f = 0; f < count; f++) {
      const row = this.buckets[f]! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) this.vectors[at + t]! += codebook[codes[row + t]! + 128]!;
    }
    this.offsets[slot] = at;
    return at;
  }

  /**
   * Where in `vectors` the word's record for a case mask and shouting value
   * lies: `RECORD_LENGTH` values, the vectors it adds to the tokens two before
   * it (as their second next word), one before, itself (at no sentence edge,
   * with history 0 and no phrase), one after and two after, then a copy of
   * `own` at `RECORD_OWN`, so that a sentence reads one run of memory per word.
   * Read `vectors` after this call.
   */
  record(caseMask: number, shouting: number): number {
    const key = caseMask * 2 + shouting;
    if (key === this.lastKey) return this.lastRecord;
    this.lastKey = key;
    this.lastRecord = this.records[key]! >= 0 ? this.records[key]! : this.newRecord(key);
    return this.lastRecord;
  }

  private newRecord(key: number): number {
    const parts = [
      [this.offset(AS_SECOND_NEXT)],
      [this.offset(AS_NEXT + key)],
      [this.offset(OWN_CASE + key * 3), this.offset(OWN_HISTORY), this.offset(OWN_PHRASE)],
      [this.offset(AS_PREVIOUS + key)],
      [this.offset(AS_SECOND_PREVIOUS)],
    ];
    const at = this.reserve(RECORD_SIZE);
    const vectors = this.vectors;
    parts.forEach((offsets, q) => {
      for (const from of offsets) for (let t = 0; t < TAG_COUNT; t++) vectors[at + q * TAG_COUNT + t]! += vectors[from + t]!;
    });
    vectors.set(this.own, at + RECORD_OWN);
    this.records[key] = at;
    return at;
  }

  /** Zeroed room for `size` values in `vectors`. */
  private reserve(size: number): number {
    if (this.used + size > this.vectors.length) {
      const grown = new Float64Array(Math.max(this.vectors.length * 2, this.used + size));
      grown.set(this.vectors);
      this.vectors = grown;
    }
    const at = this.used;
    this.used += size;
    return at;
  }

  /** Writes the buckets of a slot's features into `buckets`, mirroring `sentenceFeatures`; returns their count. */
  private slotBuckets(slot: number): number {
    const a = this.atoms;
    const b = this.buckets;
    const shift = 32 - this.model.bits;
    if (slot < AS_NEXT) {
      const caseMask = slot >> 1;
      b[0] = mixHash(3, a.lower, 0, 0) >>> shift;
      b[1] = mixHash(8, a.shape, 0, 0) >>> shift;
      b[2] = mixHash(38, caseMask, a.shape, slot & 1) >>> shift;
      return 3;
    }
    if (slot < AS_SECOND_PREVIOUS) {
      const value = slot - AS_NEXT;
      b[0] = mixHash(4, a.lower, 0, 0) >>> shift;
      b[1] = mixHash(9, a.shape, 0, 0) >>> shift;
      b[2] = mixHash(37, value >> 1, a.shape, value & 1) >>> shift;
      return 3;
    }
    if (slot === AS_SECOND_PREVIOUS) {
      b[0] = mixHash(5, a.lower, 0, 0) >>> shift;
      return 1;
    }
    if (slot === AS_SECOND_NEXT) {
      b[0] = mixHash(6, a.lower, 0, 0) >>> shift;
      return 1;
    }
    if (slot < OWN_HISTORY) {
      const value = slot - OWN_CASE;
      const position = value % 3;
      const shouting = Math.floor(value / 3) & 1;
      const caseMask = Math.floor(value / 6);
      b[0] = mixHash(25, position, a.shape, 0) >>> shift;
      b[1] = mixHash(26, shouting, a.shape, 0) >>> shift;
      b[2] = mixHash(27, shouting, a.lower, 0) >>> shift;
      b[3] = mixHash(28, caseMask, a.shape, shouting) >>> shift;
      return 4;
    }
    if (slot < OWN_PHRASE) {
      const history = slot - OWN_HISTORY;
      b[0] = mixHash(29, history, 0, 0) >>> shift;
      b[1] = mixHash(30, history, a.shape, 0) >>> shift;
      return 2;
    }
    b[0] = mixHash(42, slot - OWN_PHRASE, a.shape, 0) >>> shift;
    return 1;
  }
}

/** The word's scores under a model, made on first use and kept with the word. */
export function scoresOf(atoms: WordAtoms, model: QuantisedWeights): WordScores {
  if (atoms.scores?.model === model) return atoms.scores;
  const scores = new WordScores(model, atoms);
  atoms.scores = scores;
  return scores;
}

const exactModels = new WeakMap<QuantisedWeights, boolean>();

/**
 * Whether any sum of up to 64 codebook entries is exact in a double: then the
 * tagger may add a token's rows in any grouping and get the same bits. True when
 * the entries' lowest set bit and their largest magnitude lie within 53 − 6 bits.
 */
export function sumsAreExact(model: QuantisedWeights): boolean {
  let exact = exactModels.get(model);
  if (exact !== undefined) return exact;
  let largest = 0;
  let lowest = Infinity;
  for (const value of model.codebook) {
    if (value === 0) continue;
    largest = Math.max(largest, Math.abs(value));
    let scaled = Math.abs(value);
    let exponent = 0;
    while (scaled !== Math.floor(scaled) && exponent < 1100) {
      scaled *= 2;
      exponent++;
    }
    lowest = Math.min(lowest, 2 ** -exponent);
  }
  exact = largest === 0 || Math.log2(largest / lowest) + 1 <= 53 - 6;
  exactModels.set(model, exact);
  return exact;
}
