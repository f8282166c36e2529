import { TAG_COUNT as TAG_COUNT_EXPORT, isAllowedTransition } from './tags';

// A local copy: a hot loop reading an imported binding pays for a getter under some loaders (tsx).
const TAG_COUNT = TAG_COUNT_EXPORT;

/** Weights in training: one float row of `TAG_COUNT` per hash bucket. */
export interface FloatWeights {
  /** Hash table of `2^bits` rows. */
  bits: number;
  emissions: Float32Array;
  /** `(TAG_COUNT + 1) × TAG_COUNT`: row `TAG_COUNT` scores the first tag of a sentence. */
  transitions: Float32Array;
}

/** Shipped weights: one byte per weight, read through a 256-entry codebook (`codebook[code + 128]`). */
export interface QuantisedWeights {
  bits: number;
  codes: Int8Array;
  /**
   * One bit per hash bucket, set when any of its row's codes is not zero: the rows the
   * tagger reads. Code 0 stands for 0, so a row without its bit adds nothing.
   */
  used: Uint8Array;
  codebook: Float32Array;
  transitions: Float32Array;
}

export type TaggerWeights = FloatWeights | QuantisedWeights;

/** Per-token tag scores: the sum of each feature's row. */
export function emissionScores(weights: TaggerWeights, features: Int32Array, templates: number): Float32Array {
  return 'codes' in weights ? quantisedScores(weights, features, templates) : floatScores(weights, features, templates);
}

// The shipped model's hot loop, unrolled over the nine tags (O and B-/I- of four types) with
// the sums in registers: two to four times faster than a loop over tags in V8.
const NINE_TAGS: 9 = TAG_COUNT_EXPORT;

function quantisedScores(weights: QuantisedWeights, features: Int32Array, templates: number): Float32Array {
  const length = features.length / templates;
  const scores = new Float32Array(length * NINE_TAGS);
  sumQuantisedRows(weights, features, templates, length, scores);
  return scores;
}

/** For each of `length` tokens, the sum of its `perToken` weight rows (indices in `rows`), into `out`. */
export function sumQuantisedRows(weights: QuantisedWeights, rows: Int32Array, perToken: number, length: number, out: Float32Array | Float64Array): void {
  const { codes, codebook, used } = weights;
  for (let i = 0; i < length; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0;
    for (let f = i * perToken, end = f + perToken; f < end; f++) {
      const row = rows[f]!;
      // Most rows are all zeros: the bit map (32 KiB) stays in cache, the row would not.
      if ((used[row >>> 3]! & (1 << (row & 7))) === 0) continue;
      const r = row * NINE_TAGS;
      s0 += codebook[codes[r]! + 128]!;
      s1 += codebook[codes[r + 1]! + 128]!;
      s2 += codebook[codes[r + 2]! + 128]!;
      s3 += codebook[codes[r + 3]! + 128]!;
      s4 += codebook[codes[r + 4]! + 128]!;
      s5 += codebook[codes[r + 5]! + 128]!;
      s6 += codebook[codes[r + 6]! + 128]!;
      s7 += codebook[codes[r + 7]! + 128]!;
      s8 += codebook[codes[r + 8]! + 128]!;
    }
    const o = i * NINE_TAGS;
    out[o] = s0;
    out[o + 1] = s1;
    out[o + 2] = s2;
    out[o + 3] = s3;
    out[o + 4] = s4;
    out[o + 5] = s5;
    out[o + 6] = s6;
    out[o + 7] = s7;
    out[o + 8] = s8;
  }
}

function floatScores(weights: FloatWeights, features: Int32Array, templates: number): Float32Array {
  const emissions = weights.emissions;
  const length = features.length / templates;
  const scores = new Float32Array(length * TAG_COUNT);
  for (let i = 0; i < length; i++) {
    const out = i * TAG_COUNT;
    for (let f = i * templates, end = f + templates; f < end; f++) {
      const row = features[f]! * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[out + t]! += emissions[row + t]!;
    }
  }
  return scores;
}

const NEG = -1e30;
/** Allowed previous tags of each tag: I-X follows only B-X or I-X. */
const PREDECESSORS: Int32Array[] = Array.from({ length: TAG_COUNT }, (_, t) =>
  Int32Array.from(Array.from({ length: TAG_COUNT }, (_, p) => p).filter((p) => isAllowedTransition(p, t))),
);
const CAN_START: boolean[] = Array.from({ length: TAG_COUNT }, (_, t) => isAllowedTransition(undefined, t));

/** For a tag that only some tags may precede (I-X), its two predecessors (B-X, I-X) in ascending order. */
const FIRST_PREDECESSOR = Int32Array.from(PREDECESSORS, (p) => (p.length === TAG_COUNT ? -1 : p[0]!));
const SECOND_PREDECESSOR = Int32Array.from(PREDECESSORS, (p) => (p.length === TAG_COUNT ? -1 : p[1]!));
if (PREDECESSORS.some((p) => p.length !== TAG_COUNT && p.length !== 2)) throw new Error('Tag set outside the IOB2 shape');

// Lattice buffers reused across sentences (fresh ones per sentence cost more than the search).
let best = new Float64Array(64 * TAG_COUNT);
let back = new Uint8Array(64 * TAG_COUNT);

/** The best IOB2-valid tag sequence under first-order transitions. */
export function viterbi(scores: Float32Array, transitions: Float32Array): Uint8Array {
  const length = scores.length / TAG_COUNT;
  if (best.length < scores.length) {
    best = new Float64Array(scores.length * 2);
    back = new Uint8Array(scores.length * 2);
  }
  const tags = new Uint8Array(length);
  if (length === 0) return tags;
  const startRow = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) best[t] = CAN_START[t] ? scores[t]! + transitions[startRow + t]! : NEG;
  for (let i = 1; i < length; i++) {
    const previous = (i - 1) * TAG_COUNT;
    const current = i * TAG_COUNT;
    // The previous column in registers; ties go to the lowest previous tag, as a scan in tag order gives.
    const b0 = best[previous]!, b1 = best[previous + 1]!, b2 = best[previous + 2]!;
    const b3 = best[previous + 3]!, b4 = best[previous + 4]!, b5 = best[previous + 5]!;
    const b6 = best[previous + 6]!, b7 = best[previous + 7]!, b8 = best[previous + 8]!;
    for (let t = 0; t < TAG_COUNT; t++) {
      let top = NEG;
      let arg = 0;
      const first = FIRST_PREDECESSOR[t]!;
      if (first < 0) {
        let value = b0 + transitions[t]!;
        if (value > top) {
          top = value;
          arg = 0;
        }
        value = b1 + transitions[TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 1;
        }
        value = b2 + transitions[2 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 2;
        }
        value = b3 + transitions[3 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 3;
        }
        value = b4 + transitions[4 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 4;
        }
        value = b5 + transitions[5 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 5;
        }
        value = b6 + transitions[6 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 6;
        }
        value = b7 + transitions[7 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 7;
        }
        value = b8 + transitions[8 * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = 8;
        }
      } else {
        const second = SECOND_PREDECESSOR[t]!;
        let value = best[previous + first]! + transitions[first * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = first;
        }
        value = best[previous + second]! + transitions[second * TAG_COUNT + t]!;
        if (value > top) {
          top = value;
          arg = second;
        }
      }
      best[current + t] = top + scores[current + t]!;
      back[current + t] = arg;
    }
  }
  let last = 0;
  const end = (length - 1) * TAG_COUNT;
  for (let t = 1; t < TAG_COUNT; t++) if (best[end + t]! > best[end + last]!) last = t;
  for (let i = length - 1; i >= 0; i--) {
    tags[i] = last;
    last = back[i * TAG_COUNT + last]!;
  }
  return tags;
}
