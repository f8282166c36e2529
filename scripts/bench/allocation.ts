/**
 * Memory that analyze() allocates on the bench corpus, in all and by the
 * function that allocates it (V8's sampling heap profiler, objects later
 * collected included). Unlike a time, the figure does not move with the
 * machine's load, so an allocation change can be measured on a busy machine;
 * garbage collection is a tenth of the engine's time. A built-in's allocation
 * is named with the engine function that called it ("RegExp <- factCues").
 *
 *   npx tsx scripts/bench/allocation.ts [--words 12000] [--runs 5] [--top 30]
 */
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analysis';
import { buildCorpus } from './corpus';

const { values } = parseArgs({ options: { words: { type: 'string', default: '12000' }, runs: { type: 'string', default: '5' }, top: { type: 'string', default: '30' } } });
const words = Number(values.words);
const runs = Number(values.runs);
const top = Number(values.top);

const text = buildCorpus([words]).get(words)!;
for (let i = 0; i < 3; i++) analyze(text);

interface Node {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: Node[];
}

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
// Without the two flags the profile holds only what is still alive at the end.
await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
for (let i = 0; i < runs; i++) analyze(text);
const { profile } = await session.post('HeapProfiler.stopSampling');
session.disconnect();

const bytes = new Map<string, number>();
let total = 0;
const walk = (node: Node, caller: string): void => {
  const { functionName, url } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${url.split('/src/')[1] ?? ''}`.trim();
  const key = url ? name : `${name} <- ${caller}`;
  total += node.selfSize;
  bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, url ? name : caller);
};
walk(profile.head as Node, '');

const mb = (n: number) => (n / runs / 1e6).toFixed(2);
console.log(`analyze() on ${words.toLocaleString('en')} words allocates ${mb(total)} MB a run (mean of ${runs})\n`);
console.log('| function | MB a run |\n| --- | --- |');
for (const [name, n] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${name} | ${mb(n)} |`);
