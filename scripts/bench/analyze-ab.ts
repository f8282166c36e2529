/**
 * A/B speed of `analyze()`: an earlier tree's code (a `git worktree` or a copy
 * of its `src`) and the current one take turns on the same text in one process,
 * so load on a shared machine hits both alike. Prints each one's median and the
 * ratio, with the load average.
 *
 *   npx tsx scripts/bench/analyze-ab.ts --baseline DIR [--words 12000] [--rounds 15]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analysis';
import { buildCorpus } from './corpus';
import { median } from './stats';

const { values } = parseArgs({ options: { baseline: { type: 'string' }, words: { type: 'string', default: '12000' }, rounds: { type: 'string', default: '15' } } });
if (!values.baseline) throw new Error('--baseline DIR is required');
const words = Number(values.words);
const rounds = Number(values.rounds);
const baseline = (await import(`${resolve(values.baseline, 'src/analysis')}/index.ts`)) as { analyze: (text: string) => unknown };

const text = buildCorpus([words]).get(words)!;
const versions = [
  { name: 'baseline', analyze: baseline.analyze, ms: [] as number[] },
  { name: 'current', analyze: (t: string) => analyze(t), ms: [] as number[] },
];
for (const v of versions) for (let i = 0; i < 3; i++) v.analyze(text);
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs right after the other's garbage.
  for (const v of r % 2 === 0 ? versions : [...versions].reverse()) {
    const started = performance.now();
    v.analyze(text);
    v.ms.push(performance.now() - started);
  }
}
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
for (const v of versions) {
  const ms = median(v.ms);
  console.log(`${v.name}: median ${ms.toFixed(1)} ms, ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s (${rounds} runs)`);
}
console.log(`current / baseline time: ${(median(versions[1]!.ms) / median(versions[0]!.ms)).toFixed(3)}; load average ${load}`);
