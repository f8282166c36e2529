/**
 * A CPU profile of analyze() on the bench corpus's first 12,000 words: self
 * time by function and by source file, for the note beside `npm run bench`'s
 * figures. Shares of the profiled time are the figures to compare between
 * runs; milliseconds move with the machine's load.
 *
 * `--warm` is how many runs go before the profiled ones. V8 is still compiling
 * the engine's functions for tens of runs after the first: the bench's median
 * at 1,000 words is of a fresh process's runs 2 to 10, and `--warm 1 --runs 9`
 * profiles those.
 *
 *   npx tsx scripts/bench/profile.ts [--words 12000] [--warm 3] [--runs 10] [--top 20]
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analysis';
import { buildCorpus } from './corpus';

const { values } = parseArgs({
  options: { words: { type: 'string', default: '12000' }, runs: { type: 'string', default: '10' }, top: { type: 'string', default: '20' }, warm: { type: 'string', default: '3' } },
});
const words = Number(values.words);
const runs = Number(values.runs);
const top = Number(values.top);
const warm = Number(values.warm);
/** The engine's stages as `analyze()` calls them; a sample counts for every stage on its stack. */
const STAGES = ['segmentSentences', 'recognizeMentions', 'tokenize', 'tagDocument', 'buildEntities', 'retypeKnown', 'labelClaims'];

const text = buildCorpus([words]).get(words)!;
for (let i = 0; i < warm; i++) analyze(text);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const started = performance.now();
for (let i = 0; i < runs; i++) analyze(text);
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
session.disconnect();

const selfMs = selfTimes(profile);
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [node, ms] of selfMs) {
  const { functionName, url } = node.callFrame;
  const file = url ? relative(process.cwd(), new URL(url).pathname) : `(${functionName || 'native'})`;
  // tsx runs each module as one line: the function's name and file, not its line, say where it is.
  const name = `${functionName || '(anonymous)'} ${url ? file : ''}`.trim();
  byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}

const perRun = elapsed / runs;
console.log(`analyze() on ${words.toLocaleString('en')} words: ${perRun.toFixed(1)} ms a run, ${Math.round(words / (perRun / 1000)).toLocaleString('en')} words/s (mean of ${runs} profiled runs after ${warm})\n`);
console.log(table('stage (self time under it, nested stages included)', stageTimes(profile), total, STAGES.length));
console.log(table('file', byFile, total, top));
console.log(table('function', byFunction, total, top));

function table(what: string, rows: Map<string, number>, total: number, limit: number): string {
  const sorted = [...rows].sort((a, b) => b[1] - a[1]).slice(0, limit);
  return [`| ${what} | self ms a run | share |`, '| --- | --- | --- |', ...sorted.map(([name, ms]) => `| ${name} | ${(ms / runs).toFixed(1)} | ${((100 * ms) / total).toFixed(1)} % |`)].join('\n') + '\n';
}

function stageTimes(p: Profiler.Profile): Map<string, number> {
  const parent = new Map<number, Profiler.ProfileNode>();
  for (const n of p.nodes) for (const child of n.children ?? []) parent.set(child, n);
  const times = new Map<string, number>(STAGES.map((s) => [s, 0]));
  for (const [node, ms] of selfTimes(p)) {
    const seen = new Set<string>();
    for (let n: Profiler.ProfileNode | undefined = node; n; n = parent.get(n.id)) {
      const name = n.callFrame.functionName;
      if (times.has(name) && !seen.has(name)) {
        seen.add(name);
        times.set(name, times.get(name)! + ms);
      }
    }
  }
  return times;
}

/** Self time of each profile node in milliseconds, from the sample timeline. */
function selfTimes(p: Profiler.Profile): Map<Profiler.ProfileNode, number> {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const times = new Map<Profiler.ProfileNode, number>();
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = nodes.get(samples[i]!)!;
    // The delta after a sample is the time spent in it.
    times.set(node, (times.get(node) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return times;
}
