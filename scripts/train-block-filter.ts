/**
 * Trains the learned block filter (src/page/block-filter.ts, a logistic regression over each candidate
 * block's features, the hand rules' verdicts among them) on trafilatura's corpus, and scores it by
 * page-level cross-validation beside the furniture rules alone: as a filter on its own (keep when
 * p ≥ 0.5) and after the rules (a block they keep is dropped when p < threshold), the threshold chosen
 * inside each fold's training pages. src/page/data/MODEL.md gives the result.
 *
 *   npx tsx scripts/train-block-filter.ts CORPUS_DIR [--folds 5] [--cache blocks.json] [--balanced] [--kept-only] [--write]
 *
 * Each candidate block (what Readability's pick gives before the furniture pass) is labelled from the
 * corpus: a block under a `with` segment is article text (1), one under only `without` segments is not (0),
 * the rest are unlabelled and not trained on. Folds are by page, so no page is scored by weights that
 * saw it. Scores: the corpus's own (segments found in the kept blocks' text), on the pages the
 * extension takes for articles with the rules alone (the rules' row reproduces `npm run eval:extract`'s
 * figure without the filter). `--balanced` weighs the two classes equally; `--kept-only` trains on the
 * blocks the rules keep; `--write` trains on every page and writes src/page/data/block-filter-model.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { blockFeatures } from '../src/page/block-features';
import { describeBlock } from '../src/page/block-info';
import { articleTextProbability as keepProbability } from '../src/page/block-filter';
import { handRules, type PruneOptions } from '../src/page/boilerplate';
import { BLOCK_FILTER_MODEL } from '../src/page/data/block-filter-model';
import { buildTextMap } from '../src/page/text-map';
import { addCounts, norm, readCorpus, readPageHtml, scores, ZERO, type Counts } from './eval/extract-corpus';
import { extractHtml } from './eval/extract-html';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir) {
  console.error('usage: npx tsx scripts/train-block-filter.ts CORPUS_DIR [--folds 5] [--cache blocks.json] [--balanced] [--kept-only] [--write]');
  process.exit(2);
}
const folds = Number(option('--folds') ?? 5);
const BALANCED = args.includes('--balanced');
const cache = option('--cache');

// ─── Corpus, training, cross-validation ─────────────────────────────────────

interface Block {
  text: string;
  rule: string | null;
  features: number[];
  label: 0 | 1 | null;
}
interface Page {
  url: string;
  lang: string;
  article: boolean;
  with: string[];
  without: string[];
  blocks: Block[];
}

function blocksOverlapping(texts: readonly string[], segment: string): number[] {
  const all = texts.join(' ');
  const at = all.indexOf(segment);
  if (at < 0) return [];
  const found: number[] = [];
  let start = 0;
  texts.forEach((text, k) => {
    if (start < at + segment.length && start + text.length > at) found.push(k);
    start += text.length + 1;
  });
  return found;
}

function readPages(): Page[] {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Page[];
  const pages: Page[] = [];
  for (const page of readCorpus(dir!)) {
    const html = readPageHtml(dir!, page.file);
    let blocks: Block[] = [];
    const record = (candidates: readonly Element[], options: PruneOptions): Element[] => {
      const info = candidates.map(describeBlock);
      const rules = handRules(info, options);
      const features = blockFeatures(info, rules);
      blocks = candidates.map((el, i) => ({ text: norm(buildTextMap([el]).text), rule: rules[i] ?? null, features: features[i]!, label: null }));
      return candidates.filter((_, i) => rules[i] === undefined);
    };
    let article = false;
    let lang = 'und';
    try {
      const found = extractHtml(html, /^https?:/i.test(page.url) ? page.url : undefined, { pruneBlocks: record });
      article = found.state === 'article';
      lang = found.language;
    } catch {
      blocks = [];
    }
    const texts = blocks.map((b) => b.text);
    const withs = page.with.map(norm);
    const withouts = page.without.map(norm);
    for (const segment of withouts) for (const k of blocksOverlapping(texts, segment)) blocks[k]!.label = 0;
    for (const segment of withs) for (const k of blocksOverlapping(texts, segment)) blocks[k]!.label = 1;
    pages.push({ url: page.url, lang, article, with: withs, without: withouts, blocks });
  }
  if (cache) writeFileSync(cache, JSON.stringify(pages));
  return pages;
}

/** Logistic regression by full-batch gradient descent: fixed steps from zero weights, so the same data gives the same weights. */
function train(examples: ReadonlyArray<{ x: readonly number[]; y: number }>): number[] {
  const dims = examples[0]!.x.length;
  const w = new Array<number>(dims).fill(0);
  const positives = examples.filter((e) => e.y === 1).length;
  const weightOf = BALANCED ? [examples.length / (2 * Math.max(1, examples.length - positives)), examples.length / (2 * Math.max(1, positives))] : [1, 1];
  const l2 = 1e-3;
  const rate = 0.5;
  for (let step = 0; step < 3000; step++) {
    const grad = new Array<number>(dims).fill(0);
    for (const { x, y } of examples) {
      const error = (keepProbability(x, w) - y) * weightOf[y]!;
      for (let d = 0; d < dims; d++) grad[d]! += error * x[d]!;
    }
    for (let d = 0; d < dims; d++) w[d]! -= rate * (grad[d]! / examples.length + (d === 0 ? 0 : l2 * w[d]!));
  }
  return w;
}

const examplesOf = (pages: readonly Page[]) => pages.flatMap((p) => p.blocks.filter((b) => b.label !== null).map((b) => ({ x: b.features, y: b.label! })));

function countText(page: Page, text: string | undefined): Counts {
  const tp = text === undefined ? 0 : page.with.filter((w) => text.includes(w)).length;
  const fp = text === undefined ? 0 : page.without.filter((w) => text.includes(w)).length;
  return { tp, fp, fn: page.with.length - tp, tn: page.without.length - fp };
}
const textOf = (page: Page, keep: (b: Block) => boolean): string | undefined => (page.article ? page.blocks.filter(keep).map((b) => b.text).join(' ') : undefined);

const pages = readPages();
console.log(`${pages.length} pages, ${examplesOf(pages).length} labelled blocks (${examplesOf(pages).filter((e) => e.y === 1).length} article text)`);

const LOWS = [0.1, 0.2, 0.3, 0.4];
const keptOnly = args.includes('--kept-only');
const trainOn = (of: readonly Page[]) => train(examplesOf(keptOnly ? of.map((p) => ({ ...p, blocks: p.blocks.filter((b) => b.rule === null) })) : of));
/** The learned pass after the rules: a block the rules keep is dropped when p < low. */
const learnedText = (page: Page, w: readonly number[], low: number) => textOf(page, (b) => b.rule === null && keepProbability(b.features, w) >= low);
const f1Of = (of: readonly Page[], text: (p: Page) => string | undefined) => scores(of.reduce((sum, p) => addCounts(sum, countText(p, text(p))), ZERO)).f1;

/** The threshold that scores best by cross-validation inside `of` alone. */
function chooseLow(of: readonly Page[]): number {
  const inner = 4;
  const totals = LOWS.map(() => ZERO as Counts);
  for (let fold = 0; fold < inner; fold++) {
    const w = trainOn(of.filter((_, i) => i % inner !== fold));
    const held = of.filter((_, i) => i % inner === fold);
    LOWS.forEach((low, k) => {
      for (const page of held) totals[k] = addCounts(totals[k]!, countText(page, learnedText(page, w, low)));
    });
  }
  const f1s = totals.map((c) => scores(c).f1);
  return LOWS[f1s.indexOf(Math.max(...f1s))]!;
}

const groupOf = (page: Page) => (page.lang === 'en' ? 'en' : page.lang === 'de' ? 'de' : 'other');
const rows: Record<string, Record<string, Counts>> = {};
const add = (row: string, page: Page, c: Counts) => {
  for (const key of ['all', groupOf(page)]) (rows[row] ??= {})[key] = addCounts(rows[row]?.[key] ?? ZERO, c);
};
const chosen: number[] = [];
for (let fold = 0; fold < folds; fold++) {
  const training = pages.filter((_, i) => i % folds !== fold);
  const held = pages.filter((_, i) => i % folds === fold);
  const w = trainOn(training);
  const low = chooseLow(training);
  chosen.push(low);
  for (const page of held) {
    add('rules alone', page, countText(page, textOf(page, (b) => b.rule === null)));
    add('learned filter alone, p ≥ 0.5', page, countText(page, textOf(page, (b) => keepProbability(b.features, w) >= 0.5)));
    for (const l of LOWS) add(`rules, then drop p < ${l}`, page, countText(page, learnedText(page, w, l)));
    add('rules, then drop p < threshold chosen inside the fold', page, countText(page, learnedText(page, w, low)));
    // The weights now shipped, for comparison: they saw every page, so this row is not cross-validated.
    add('rules, then the shipped weights (not cross-validated)', page, countText(page, learnedText(page, BLOCK_FILTER_MODEL.weights, BLOCK_FILTER_MODEL.threshold)));
  }
}
const fmt = (c: Counts) => {
  const s = scores(c);
  return `${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)}`;
};
console.log(`\n${folds}-fold cross-validation by page; thresholds chosen inside the folds: ${chosen.join(', ')}\n`);
console.log('| filter | all P | R | F1 | en P | R | F1 | de P | R | F1 | other P | R | F1 |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const [row, by] of Object.entries(rows)) console.log(`| ${row} | ${['all', 'en', 'de', 'other'].map((k) => fmt(by[k]!)).join(' | ')} |`);

if (args.includes('--write')) {
  const weights = trainOn(pages);
  const threshold = chooseLow(pages);
  const body = `/**
 * Weights of the learned block filter (\`../block-filter.ts\`), written by
 * \`npx tsx scripts/train-block-filter.ts CORPUS_DIR --write\`; MODEL.md says from what.
 * One weight per feature of \`../block-features.ts\`, the bias first; the threshold is the one
 * that scored best by cross-validation over the corpus's pages.
 */
import type { BlockFilterModel } from '../block-filter';

export const BLOCK_FILTER_MODEL: BlockFilterModel = {
  threshold: ${threshold},
  weights: [${weights.map((x) => Number(x.toFixed(4))).join(', ')}],
};
`;
  writeFileSync(new URL('../src/page/data/block-filter-model.ts', import.meta.url), body);
  console.log(`\nwrote src/page/data/block-filter-model.ts (threshold ${threshold})`);
}
