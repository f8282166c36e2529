import { overallRatio } from './detection-timing';
import type { BenchResults } from './results';

export interface BudgetCheck {
  budget: string;
  /** The figure judged, as printed. */
  measured: string;
  met: boolean;
}

const KB = 1024;
const MB = 1024 * 1024;

/** The performance budgets of issue 9, judged on one bench run. */
export function checkBudgets(r: BenchResults): BudgetCheck[] {
  const ratios = (other: string) => r.throughput.map((t) => t.wordsPerSecond.sourcelight! / t.wordsPerSecond[other]!);
  const worst = (xs: number[]) => Math.min(...xs);
  const demo = r.browser.timings.find((t) => t.page === 'demo');
  const longestOf = (t: (typeof r.browser.timings)[number]) => Math.max(t.injectionTaskMs, t.longestContentTaskMs);
  const longest = r.browser.timings.reduce((a, b) => (longestOf(b) > longestOf(a) ? b : a));
  const content = r.bundles.find((b) => b.name === 'content script')!;
  const model = r.bundles.find((b) => b.name.startsWith('model'))!;
  const heap = r.browser.heaps.find((h) => h.page === r.largestPage);
  const growth = heap ? heap.pageAfterBytes - heap.pageBeforeBytes : Number.NaN;
  const afterFound = demo ? demo.analyzeMs + demo.markMs : Number.NaN;
  const detection = r.detection ? overallRatio(r.detection.chromium) : Number.NaN;
  return [
    {
      budget: 'engine words/s ≥ 10× compromise (every size)',
      measured: `${worst(ratios('compromise')).toFixed(2)}× at worst`,
      met: worst(ratios('compromise')) >= 10,
    },
    {
      budget: "engine words/s ≥ wink-nlp's tokenise-and-tag (every size)",
      measured: `${worst(ratios('wink-nlp')).toFixed(2)}× at worst`,
      met: worst(ratios('wink-nlp')) >= 1,
    },
    { budget: 'demo article annotated < 50 ms after it is found (analyse + mark)', measured: `${afterFound.toFixed(1)} ms`, met: afterFound < 50 },
    {
      budget: 'no content-script task over 50 ms (injection included)',
      measured: `${longestOf(longest).toFixed(0)} ms (${longest.page}, ${longest.injectionTaskMs >= longest.longestContentTaskMs ? 'injection' : 'a later task'})`,
      met: longestOf(longest) <= 50,
    },
    {
      budget: 'content script ≤ 150 KB gzipped without the model',
      measured: `${(content.gzipWithoutModelBytes / KB).toFixed(1)} KB`,
      met: content.gzipWithoutModelBytes <= 150 * KB,
    },
    {
      budget: "article detection ≤ 2× Readability's parse (Chromium, all bench pages)",
      measured: r.detection ? `${detection.toFixed(2)}×` : 'not measured',
      met: detection <= 2,
    },
    { budget: 'model ≤ 3 MB gzipped', measured: `${(model.gzipBytes / MB).toFixed(2)} MB`, met: model.gzipBytes <= 3 * MB },
    {
      budget: `page heap growth ≤ 20 MB on the largest saved page (${r.largestPage})`,
      measured: `${(growth / MB).toFixed(2)} MB`,
      met: growth <= 20 * MB,
    },
  ];
}
