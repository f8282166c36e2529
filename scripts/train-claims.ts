/**
 * Trains the claim decision layer (src/analysis/claims/data/claim-model.ts): a
 * multinomial logistic regression over the detectors' sentence features, fitted
 * to hand-labelled articles (a folder with article.txt and gold.json, or a folder
 * of them). Full-batch gradient descent from zero weights: the same data gives the
 * same weights, byte for byte.
 *
 *   npm run train:claims -- ../shared/fixtures/seed ../shared/labelled ../shared/data/newssd-eng [--write] [--cv [--vectors=FOLD_VECTORS.json]]
 *
 * --cv also prints the licence-clean score of a lone sentence's opinion/not call: NewsSD-ENG train by
 * 5-fold cross-validation of the opinion model, the lone-sentence kind (word-vector table, stack and threshold) and
 * the decision layer together (`newsSdCrossValidated`), for three fold draws and their mean, also with the classes
 * reweighted to the hidden CheckThat! test's quarter SUBJ. The lone kind is refitted per fold from the vectors that
 * `scripts/build-opinion-vectors.ts --fold-vectors=…` writes; without them the shipped one reads every fold.
 * A folder with NewsSD-ENG's train.csv adds its sentences (CC-BY 4.0) as one-sentence articles.
 * Licensed data only: CheckThat! (CC BY-NC-SA) is for evaluation, never for these weights.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../src/analysis';
import { featureMap } from '../src/analysis/claims/features';
import { claimRows, decideSentence, type ClaimRow } from '../src/analysis/claims/label';
import { OPINION_RECIPE } from '../src/analysis/claims/data/opinion-weights';
import { UNATTRIBUTED_LABELS, type ClaimModel } from '../src/analysis/claims/decide';
import { VECTOR_RECIPE } from '../src/analysis/claims/data/opinion-vectors';
import type { ClaimContext } from '../src/analysis/claims/types';
import type { Mention } from '../src/analysis/entities/types';
import { segmentSentences } from '../src/analysis/segment';
import { LABELS as ALL_LABELS, type ArticleKind, type Label, type Span } from '../src/shared/schema';
import { readGoldArticles, type GoldArticle } from './eval/gold';
import { parseCsv } from './lib/csv';
import { seededRandom } from './lib/random';
import { fitLoneKind, readEmbeddings, type Embeddings } from './lib/word-vectors';
import { readSplit, trainRecipe } from './train-opinion';

/** A gold sentence beside the detectors' row that overlaps it most. */
export interface AlignedSentence {
  gold: GoldArticle['gold']['sentences'][number];
  row: ClaimRow | undefined;
}

export interface ArticleRows {
  article: GoldArticle;
  rows: ClaimRow[];
  articleKind: ArticleKind;
  aligned: AlignedSentence[];
  /** How much each of its sentences counts in training (outside data counts less than the project's own). */
  weight?: number;
}

/** Weight of a sentence from an outside corpus, relative to one of the labelled articles. */
const OUTSIDE_WEIGHT = 0.5;

/**
 * NewsSD-ENG's training split (CC-BY 4.0) as one-sentence articles: SUBJ is the author's opinion and
 * OBJ an unsourced claim, unless the detectors attribute the sentence (then it keeps their label).
 */
export function newsSdRows(folder: string, models: Pick<ClaimContext, 'opinionModel' | 'loneKind' | 'arguingProbability'> = {}): ArticleRows[] {
  const [header, ...lines] = parseCsv(readFileSync(join(folder, 'train.csv'), 'utf8'));
  const sentenceAt = header!.indexOf('Sentence');
  const labelAt = header!.indexOf('Label');
  return lines
    .filter((cells) => cells.length > Math.max(sentenceAt, labelAt))
    .map((cells, i) => {
      const text = cells[sentenceAt]!.replace(/\s+/gu, ' ').trim();
      const subjective = cells[labelAt]!.trim() === 'SUBJ';
      const span = { start: 0, end: text.length };
      const context: ClaimContext = { mentions: [], links: [], blocks: [], ...models };
      const { rows, articleKind } = claimRows(text, segmentSentences(text, { blocks: [] }), context);
      const row = bestOverlap(span, rows);
      // An attributed sentence keeps its attribution: NewsSD says whose view it is, not who said it.
      const attributed = row?.evidence.chosen ? row.rule.label : undefined;
      const label = attributed ?? (subjective ? 'opinion' : 'unsourced');
      const gold: AlignedSentence['gold'] = { ...span, text, label: label as Label, alsoAcceptable: attributed ? [subjective ? 'opinion' : 'unsourced'] : [] };
      const article: GoldArticle = { name: `newssd-${i}`, text, gold: { sentences: [gold], headings: [], nonClaims: [], entities: [] } };
      return { article, rows, articleKind, aligned: [{ gold, row }], weight: OUTSIDE_WEIGHT };
    });
}

/**
 * Training data from paths: gold article folders, or a NewsSD-ENG folder (one with train.csv).
 * `arguingProbability` replaces the article kind's threshold (the eval's sturdiness check).
 */
export function trainingRows(path: string, arguingProbability?: number): ArticleRows[] {
  return existsSync(join(path, 'train.csv')) ? newsSdRows(path, { arguingProbability, loneKind: null }) : readGoldArticles(path).map((a) => articleRows(a, arguingProbability));
}

/** The detectors' rows for a gold article, with the engine's own names as mentions (as analyze() has them). */
export function articleRows(article: GoldArticle, arguingProbability?: number): ArticleRows {
  const { text } = article;
  const mentions: Mention[] = analyze(text)
    .entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type })))
    .sort((a, b) => a.start - b.start);
  const { rows, articleKind } = claimRows(text, segmentSentences(text, { blocks: [] }), { mentions, links: [], blocks: [], arguingProbability });
  const aligned = article.gold.sentences.map((gold) => ({ gold, row: bestOverlap(gold, rows) }));
  return { article, rows, articleKind, aligned };
}

function bestOverlap(span: Span, rows: ClaimRow[]): ClaimRow | undefined {
  let best: ClaimRow | undefined;
  let bestShare = 0;
  for (const row of rows) {
    const share = Math.min(span.end, row.rule.end) - Math.max(span.start, row.rule.start);
    if (share > bestShare) {
      best = row;
      bestShare = share;
    }
  }
  return best;
}

interface Example {
  features: Array<[number, number]>;
  allowed: boolean[];
  primary: number;
  acceptable: boolean[];
  weight: number;
}

export interface TrainOptions {
  iterations?: number;
  learningRate?: number;
  l2?: number;
  /** A word feature is kept only if this many training articles use it: words of one article do not generalize. */
  minArticles?: number;
  /** Exponent of the inverse class frequency that weighs each example (0: none, 1: fully balanced). */
  balance?: number;
}

const DEFAULTS: Required<TrainOptions> = { iterations: 400, learningRate: 0.5, l2: 0.002, minArticles: 3, balance: 1 };

/**
 * Fits the model to the aligned gold sentences the detectors call claims. The loss
 * is half the gold label's log-likelihood and half that of any acceptable label
 * (alsoAcceptable), over the labels the sentence can take; classes are weighted
 * towards balance (inverse frequency to the power `balance`) because the score is macro-F1.
 */
export function trainClaimModel(articles: readonly ArticleRows[], options: TrainOptions = {}): ClaimModel {
  const { iterations, learningRate, l2, minArticles, balance } = { ...DEFAULTS, ...options };
  const spread = new Map<string, number>();
  for (const { rows } of articles) {
    const seen = new Set<string>();
    for (const row of rows) for (const name of featureMap(row.features).keys()) if (name.startsWith('word=')) seen.add(name);
    for (const name of seen) spread.set(name, (spread.get(name) ?? 0) + 1);
  }
  const kept = (name: string) => !name.startsWith('word=') || (spread.get(name) ?? 0) >= minArticles;
  const index = new Map<string, number>();
  const examples: Example[] = [];
  const K = ALL_LABELS.length;
  for (const { aligned, weight = 1 } of articles) {
    for (const { gold, row } of aligned) {
      if (!row || row.rule.label === null) continue;
      const allowedLabels = row.evidence.chosen ? ALL_LABELS : UNATTRIBUTED_LABELS;
      const allowed = ALL_LABELS.map((l) => allowedLabels.includes(l));
      const acceptable = ALL_LABELS.map((l, k) => allowed[k]! && (l === gold.label || gold.alsoAcceptable.includes(l)));
      if (!acceptable.some(Boolean)) continue;
      const features: Array<[number, number]> = [];
      for (const [name, value] of [...featureMap(row.features)].filter(([name]) => kept(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        let i = index.get(name);
        if (i === undefined) index.set(name, (i = index.size));
        features.push([i, value]);
      }
      const primary = ALL_LABELS.indexOf(gold.label);
      examples.push({ features, allowed, primary: allowed[primary] ? primary : -1, acceptable, weight });
    }
  }
  const counts = ALL_LABELS.map((_, k) => examples.filter((e) => e.primary === k).length);
  for (const e of examples) {
    const k = e.primary >= 0 ? e.primary : e.acceptable.indexOf(true);
    e.weight *= (examples.length / (K * Math.max(1, counts[k]!))) ** balance;
  }
  const F = index.size;
  const w = new Float64Array(F * K);
  const velocity = new Float64Array(F * K);
  const grad = new Float64Array(F * K);
  const totalWeight = examples.reduce((s, e) => s + e.weight, 0) || 1;
  const scores = new Float64Array(K);
  const p = new Float64Array(K);
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    for (const e of examples) {
      scores.fill(0);
      for (const [i, v] of e.features) for (let k = 0; k < K; k++) scores[k]! += w[i * K + k]! * v;
      let top = -Infinity;
      for (let k = 0; k < K; k++) if (e.allowed[k]) top = Math.max(top, scores[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += p[k] = e.allowed[k] ? Math.exp(scores[k]! - top) : 0;
      let acceptableMass = 0;
      for (let k = 0; k < K; k++) {
        p[k]! /= sum;
        if (e.acceptable[k]) acceptableMass += p[k]!;
      }
      for (let k = 0; k < K; k++) {
        if (!e.allowed[k]) continue;
        const setTarget = e.acceptable[k] ? p[k]! / acceptableMass : 0;
        const target = e.primary >= 0 ? 0.5 * (k === e.primary ? 1 : 0) + 0.5 * setTarget : setTarget;
        const g = (e.weight * (p[k]! - target)) / totalWeight;
        if (g === 0) continue;
        for (const [i, v] of e.features) grad[i * K + k]! += g * v;
      }
    }
    for (let j = 0; j < w.length; j++) {
      velocity[j] = 0.9 * velocity[j]! - learningRate * (grad[j]! + l2 * w[j]!);
      w[j]! += velocity[j]!;
    }
  }
  const weights: Record<string, number[]> = {};
  for (const [name, i] of [...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const row = Array.from(w.subarray(i * K, i * K + K), (x) => Math.round(x * 1e4) / 1e4);
    if (row.some((x) => x !== 0)) weights[name] = row;
  }
  return { labels: [...ALL_LABELS], weights };
}

const CV_FOLDS = 5;
/**
 * Fold draws of the lone-sentence check. One draw's macro-F1 moves by up to 0.025 with the seed alone (a lone-sentence
 * threshold of 0.42 against 0.501 gained 0.024 under seed 7 and lost 0.003 under seed 99), so a change is judged on the mean.
 */
const CV_SEEDS = [7, 1, 2];
/** Share of SUBJ in the hidden CheckThat! test (its always-majority macro-F1 is 0.43): the check also reweighs the classes to it. */
const HIDDEN_SUBJ_SHARE = 0.25;

export interface LoneScores {
  macroF1: number;
  precision: number;
  recall: number;
  /** Macro-F1 with SUBJ sentences reweighted to `HIDDEN_SUBJ_SHARE` of the total. */
  quarterMacroF1: number;
}

/**
 * NewsSD-ENG train sentences (SUBJ/OBJ), each analysed alone as CheckThat! sentences are, scored by k-fold
 * cross-validation of the whole recipe: for each fold the opinion model is retrained without it (by the shipped
 * recipe) and the decision layer on the articles and the other folds. Licence-clean figure for a lone sentence's
 * opinion/not call: CheckThat!'s own train split is NewsSD-ENG's train and val splits, so it is no test of weights trained on them.
 */
export function newsSdCrossValidated(articles: readonly ArticleRows[], folder: string, seed: number, embeddings?: Embeddings): LoneScores {
  const examples = readSplit(folder, 'train');
  const next = seededRandom(seed);
  const fold = examples.map(() => Math.floor(next() * CV_FOLDS));
  const pairs: Array<{ subjective: boolean; opinion: boolean }> = [];
  for (let k = 0; k < CV_FOLDS; k++) {
    const kept = (_: unknown, i: number) => fold[i] !== k;
    const opinionModel = trainRecipe(examples.filter(kept), OPINION_RECIPE);
    // The lone-sentence kind (table, stack, threshold) refitted without the fold; without the vectors, the shipped one, which saw every fold.
    const loneKind = embeddings ? fitLoneKind(examples.filter(kept), embeddings, VECTOR_RECIPE.l2).model : undefined;
    const rows = newsSdRows(folder, { opinionModel, loneKind: null });
    if (rows.length !== examples.length) throw new Error(`NewsSD-ENG rows ${rows.length} ≠ sentences ${examples.length}`);
    const model = trainClaimModel([...articles, ...rows.filter(kept)]);
    // The held-out sentences are read as the engine reads a lone sentence: with the word-vector table.
    const heldOut = newsSdRows(folder, { opinionModel, ...(loneKind ? { loneKind } : {}) });
    heldOut.forEach((r, i) => {
      if (fold[i] !== k) return;
      const opinion = r.rows.some((row) => row.rule.label !== null && decideSentence(row, model).label === 'opinion');
      pairs.push({ subjective: examples[i]!.subjective, opinion });
    });
  }
  const subjective = pairs.filter((p) => p.subjective).length;
  const scores = (subjWeight: number) => {
    const count = (gold: boolean, opinion: boolean) => pairs.filter((p) => p.subjective === gold && p.opinion === opinion).length * (gold ? subjWeight : 1);
    const [tp, fn, fp, tn] = [count(true, true), count(true, false), count(false, true), count(false, false)];
    const macroF1 = ((2 * tp) / Math.max(1e-9, 2 * tp + fp + fn) + (2 * tn) / Math.max(1e-9, 2 * tn + fn + fp)) / 2;
    return { macroF1, precision: tp / Math.max(1e-9, tp + fp), recall: tp / Math.max(1e-9, tp + fn) };
  };
  const quarterWeight = (HIDDEN_SUBJ_SHARE / (1 - HIDDEN_SUBJ_SHARE)) * ((pairs.length - subjective) / Math.max(1, subjective));
  return { ...scores(1), quarterMacroF1: scores(quarterWeight).macroF1 };
}

function render(model: ClaimModel, sources: string[], sentences: number): string {
  const lines = Object.entries(model.weights).map(([name, row]) => `    ${JSON.stringify(name)}: [${row.join(', ')}],`);
  return `/**
 * Claim decision layer weights, generated by \`npm run train:claims -- ${sources.join(' ')} --write\`
 * (scripts/train-claims.ts: full-batch gradient descent from zero, deterministic); do not edit by hand.
 * Trained on ${sentences} hand-labelled sentences (see MODEL.md beside this file for origin and licence).
 */
import type { ClaimModel } from '../decide';

export const CLAIM_MODEL: ClaimModel = {
  labels: ${JSON.stringify(model.labels)},
  weights: {
${lines.join('\n')}
  },
};
`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2).filter((a) => a !== '--');
  const write = args.includes('--write');
  const paths = args.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('usage: npm run train:claims -- GOLD_FOLDER... [--write]');
    process.exit(2);
  }
  const articles = paths.flatMap((p) => trainingRows(p));
  const model = trainClaimModel(articles);
  const sentences = articles.reduce((n, a) => n + a.aligned.length, 0);
  console.log(`${articles.length} articles, ${sentences} gold sentences, ${Object.keys(model.weights).length} features`);
  const newsSd = paths.find((p) => existsSync(join(p, 'train.csv')));
  if (args.includes('--cv') && newsSd) {
    const vectorsPath = args.find((a) => a.startsWith('--vectors='))?.slice('--vectors='.length);
    if (!vectorsPath) console.log('(no --vectors=…: the shipped lone-sentence kind, fitted on every fold, reads the held-out sentences; an upper bound)');
    const embeddings = vectorsPath ? readEmbeddings(vectorsPath) : undefined;
    const runs = CV_SEEDS.map((seed) => newsSdCrossValidated(articles.filter((a) => a.weight === undefined), newsSd, seed, embeddings));
    const line = (cv: LoneScores) => `macro-F1 ${cv.macroF1.toFixed(3)} (SUBJ precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}; at a quarter SUBJ ${cv.quarterMacroF1.toFixed(3)})`;
    runs.forEach((cv, i) => console.log(`  fold seed ${CV_SEEDS[i]}: ${line(cv)}`));
    const mean = (key: keyof LoneScores) => runs.reduce((sum, cv) => sum + cv[key], 0) / runs.length;
    const averaged: LoneScores = { macroF1: mean('macroF1'), precision: mean('precision'), recall: mean('recall'), quarterMacroF1: mean('quarterMacroF1') };
    console.log(`NewsSD-ENG train, each sentence alone, ${CV_FOLDS}-fold, mean of ${runs.length} fold draws: opinion = SUBJ ${line(averaged)}`);
  }
  if (write) {
    writeFileSync('src/analysis/claims/data/claim-model.ts', render(model, paths, sentences));
    console.log('wrote src/analysis/claims/data/claim-model.ts');
  }
}
