/**
 * Performance benchmarks (issue 9): engine throughput, cold start and accuracy beside
 * compromise and wink-nlp, timing and heap in real Chromium with the built
 * extension beside Readability, and bundle sizes. Every timing is a median of
 * warm runs beside a baseline from the same run; nothing here can fail on a
 * slow day. Writes bench/results.md and bench/results.json.
 *
 *   npm run bench [-- --conll ../shared/data/conll2003/test.txt] [-- --runs 3] [-- --pairs 15]
 *   npm run bench -- --only detection     # article detection beside Readability alone (printed, no results written)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { conllAccuracy, seedAccuracy } from './bench/accuracy';
import { measureAdversarial } from './bench/adversarial';
import { checkBudgets } from './bench/budgets';
import { COLD_ENGINES, demoArticleText, measureColdStart } from './bench/cold-start';
import { measureBundles } from './bench/bundle-sizes';
import { buildCorpus, largestEnglishPages } from './bench/corpus';
import { ENGINES } from './bench/engines';
import { detectionSection, timeDetection } from './bench/detection-timing';
import { describeEnvironment } from './bench/environment';
import { snapshotFreshBuild } from './bench/extension-build';
import { DEMO_PAGE, openSession, savedPage } from './bench/extension-session';
import { weighPages } from './bench/page-heap';
import { timePages } from './bench/page-timing';
import { toMarkdown, writeResults } from './bench/report';
import type { BenchResults } from './bench/results';
import { measureThroughput, type RunLimit } from './bench/throughput';

const { values } = parseArgs({
  options: {
    conll: { type: 'string' },
    /** Measured loads of each page in Chromium, after a warm-up round. */
    runs: { type: 'string', default: '3' },
    /** Alternating pairs (detection, Readability) per page and DOM in the detection timing. */
    pairs: { type: 'string', default: '15' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive whole number, not "${values.runs}"`);
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 1) throw new Error(`--pairs must be a positive whole number, not "${values.pairs}"`);
if (values.only !== undefined && values.only !== 'detection') throw new Error(`--only takes "detection", not "${values.only}"`);

/** The pages timed in Chromium: the demo article and the five largest saved English articles. */
const benchPages = (largest: readonly string[]) => [DEMO_PAGE, ...largest.map(savedPage)];

if (values.only === 'detection') {
  console.log(detectionSection(await timeDetection(benchPages(largestEnglishPages(5)), pairs)).join('\n\n'));
  process.exit(0);
}

// Runs per engine and text size: one run of compromise on 100k words takes most of a minute, so it gets one.
const RUN_LIMITS: Record<number, RunLimit> = {
  1_000: { max: 9, seconds: 5 },
  10_000: { max: 5, seconds: 10 },
  100_000: { max: 3, seconds: 20 },
};

const started = performance.now();
const step = (what: string) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${what}`);
const environment = describeEnvironment();

step('reading the seed and saved articles');
const corpus = buildCorpus(Object.keys(RUN_LIMITS).map(Number));
step('engine throughput');
const throughput = measureThroughput(ENGINES, corpus, (words) => RUN_LIMITS[words]!);
step('engines started cold, in fresh processes');
const COLD_STARTS = 21;
const coldStart = await measureColdStart(COLD_ENGINES, demoArticleText(), COLD_STARTS);
step('adversarial input');
const ADVERSARIAL_LENGTHS = [100_000, 1_000_000];
const adversarial = { lengths: ADVERSARIAL_LENGTHS, rows: measureAdversarial(ADVERSARIAL_LENGTHS) };
step('entity accuracy');
const accuracy = {
  seed: seedAccuracy(ENGINES),
  ...(values.conll ? { conll: { file: values.conll, rows: conllAccuracy(values.conll, ENGINES) } } : {}),
};

step('checking the built extension');
const build = await snapshotFreshBuild();
const largest = largestEnglishPages(5);
const pages = benchPages(largest);
let bundles: BenchResults['bundles'];
let browser: BenchResults['browser'];
try {
  bundles = measureBundles(build.dir);
  step('Chromium with the extension');
  const session = await openSession(build.dir, pages);
  try {
    const timings = await timePages(session, pages, runs);
    step('heap before and after annotating');
    // Heaps after GC barely move between loads: one load of each page is enough.
    browser = { timings, heaps: await weighPages(session, pages, 1) };
  } finally {
    await session.close();
  }
} finally {
  build.remove();
}

step('article detection beside Readability, on linkedom and in Chromium');
const detection = await timeDetection(pages, pairs);

const results: BenchResults = {
  environment,
  engines: ENGINES.map(({ name, work }) => ({ name, work })),
  throughput,
  coldStart,
  adversarial,
  accuracy,
  browser,
  detection,
  largestPage: largest[0]!,
  bundles,
  seconds: (performance.now() - started) / 1000,
};
const budgets = checkBudgets(results);
const markdown = toMarkdown(results, budgets, previousResults(resolve('bench/results.json')));
writeResults(resolve('bench/results.md'), resolve('bench/results.json'), results, budgets, markdown);
console.log(`\n${markdown}`);
step('wrote bench/results.md and bench/results.json');

/** The last run's results, to set this run's ratios beside; none when there is no readable file. */
function previousResults(path: string): BenchResults | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BenchResults;
  } catch {
    return undefined;
  }
}
