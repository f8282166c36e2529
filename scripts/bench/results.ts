import type { AccuracyRow } from './accuracy';
import type { AdversarialRow } from './adversarial';
import type { BundleSize } from './bundle-sizes';
import type { ColdStartRow } from './cold-start';
import type { DetectionResults } from './detection-timing';
import type { Environment } from './environment';
import type { PageHeap } from './page-heap';
import type { PageTiming } from './page-timing';
import type { ThroughputRow } from './throughput';

/** Everything one `npm run bench` measured: what bench/results.json holds. */
export interface BenchResults {
  environment: Environment;
  engines: { name: string; work: string }[];
  throughput: ThroughputRow[];
  /** Each engine's first use in fresh processes, on the demo article (absent from results older than it). */
  coldStart?: ColdStartRow[];
  /** analyze() on adversarial input at two lengths. */
  adversarial: { lengths: number[]; rows: AdversarialRow[] };
  accuracy: { seed: AccuracyRow[]; conll?: { file: string; rows: AccuracyRow[] } };
  browser: { timings: PageTiming[]; heaps: PageHeap[] };
  /** Article detection beside Readability's parse, on linkedom and in Chromium (absent from results older than it). */
  detection?: DetectionResults;
  /** The saved page the heap budget is judged on. */
  largestPage: string;
  bundles: BundleSize[];
  seconds: number;
}
