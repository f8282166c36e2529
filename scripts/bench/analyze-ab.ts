/**
 * A/B speed of `analyze()`, or of one of its stages: an earlier tree's code (a
 * `git worktree` or a copy of its `src`) and the current one take turns on the
 * same text in one process, so load on a shared machine hits both alike. A
 * stage's inputs (sentences, mentions) are made once by the current code and
 * given to both, so only that stage's own time is compared. Prints each one's
 * median and the ratio, with the load average, in wall-clock time and in the
 * process's CPU time (on a loaded machine the CPU time moves less with the load).
 *
 *   npx tsx scripts/bench/analyze-ab.ts --baseline DIR [--stage analyze|names|entities|claims] [--words 12000] [--rounds 15]
 */
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../../src/analysis';
import { buildEntities } from '../../src/analysis/entities/build';
import { retypeKnown } from '../../src/analysis/knowledge';
import { languagePack } from '../../src/analysis/languages';
import { segmentSentences } from '../../src/analysis/segment';
import { buildCorpus } from './corpus';
import { median } from './stats';

type Tree = { analyze: typeof analyze; languagePack: typeof languagePack; buildEntities: typeof buildEntities; retypeKnown: typeof retypeKnown };
const STAGES = ['analyze', 'names', 'entities', 'claims'] as const;
type Stage = (typeof STAGES)[number];

const { values } = parseArgs({
  options: { baseline: { type: 'string' }, stage: { type: 'string', default: 'analyze' }, words: { type: 'string', default: '12000' }, rounds: { type: 'string', default: '15' } },
});
if (!values.baseline) throw new Error('--baseline DIR is required');
if (!STAGES.includes(values.stage as Stage)) throw new Error(`--stage is one of ${STAGES.join(', ')}`);
const stage = values.stage as Stage;
const words = Number(values.words);
const rounds = Number(values.rounds);
const root = resolve(values.baseline, 'src/analysis');
const baseline: Tree = {
  ...((await import(`${root}/index.ts`)) as Pick<Tree, 'analyze' | 'languagePack'>),
  ...((await import(`${root}/entities/build.ts`)) as Pick<Tree, 'buildEntities'>),
  ...((await import(`${root}/knowledge/index.ts`)) as Pick<Tree, 'retypeKnown'>),
};
const current: Tree = { analyze, languagePack, buildEntities, retypeKnown };

const text = buildCorpus([words]).get(words)!;
const spans = segmentSentences(text, { blocks: [], segmentation: languagePack('en').segmentation });
const mentions = languagePack('en').names.recognize(text, spans);
const entities = retypeKnown(buildEntities(text, mentions, spans));
const typed = entities
  .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type, entityId: e.id })))
  .sort((a, b) => a.start - b.start);

/** The timed work of one tree: the whole engine or one stage on the shared inputs. */
function work(tree: Tree): () => unknown {
  const pack = tree.languagePack('en');
  if (stage === 'names') return () => pack.names.recognize(text, spans);
  if (stage === 'entities') return () => tree.retypeKnown(tree.buildEntities(text, mentions, spans));
  if (stage === 'claims') return () => pack.claims.label(text, spans, { mentions: typed, links: [], blocks: [] });
  return () => tree.analyze(text);
}

const versions = [
  { name: 'baseline', run: work(baseline), ms: [] as number[], cpu: [] as number[] },
  { name: 'current', run: work(current), ms: [] as number[], cpu: [] as number[] },
];
for (const v of versions) for (let i = 0; i < 3; i++) v.run();
for (let r = 0; r < rounds; r++) {
  // Alternate which goes first, so neither always runs right after the other's garbage.
  for (const v of r % 2 === 0 ? versions : [...versions].reverse()) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    v.run();
    const used = process.cpuUsage(cpu);
    v.ms.push(performance.now() - started);
    v.cpu.push((used.user + used.system) / 1000);
  }
}
const load = loadavg().map((l) => l.toFixed(2)).join(' ');
for (const v of versions) {
  const ms = median(v.ms);
  console.log(`${v.name} ${stage}: median ${ms.toFixed(1)} ms, ${Math.round(words / (ms / 1000)).toLocaleString('en')} words/s, CPU ${median(v.cpu).toFixed(1)} ms (${rounds} runs)`);
}
console.log(
  `current / baseline time: ${(median(versions[1]!.ms) / median(versions[0]!.ms)).toFixed(3)}, CPU time: ${(median(versions[1]!.cpu) / median(versions[0]!.cpu)).toFixed(3)}; load average ${load}`,
);
