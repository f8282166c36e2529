/**
 * Time of analyze() and of merging mentions into entities on a text naming N
 * distinct invented names (see `distinctNamesText`). Linear merging keeps
 * time(4N)/time(N) near 4. Usage: tsx scripts/bench/distinct-names.ts [N...]
 */
import { analyze } from '../../src/analysis';
import { buildEntities } from '../../src/analysis/entities/build';
import { groupMentions } from '../../src/analysis/entities/merge';
import { languagePack } from '../../src/analysis/languages';
import { segmentSentences } from '../../src/analysis/segment';
import { distinctNamesText } from './distinct-names-text';

/** The fastest of three runs: the machine's other work only ever adds time. */
function time<T>(run: () => T): [number, T] {
  let best = Infinity;
  let value: T;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    value = run();
    best = Math.min(best, performance.now() - started);
  }
  return [best, value!];
}

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const ns = sizes.length > 0 ? sizes : [500, 1000, 2000, 4000];
analyze(distinctNamesText(50));
const rows: Array<{ n: number; chars: number; mentions: number; entities: number; analyzeMs: number; mergeMs: number; buildMs: number }> = [];
for (const n of ns) {
  const text = distinctNamesText(n);
  const pack = languagePack('en');
  const spans = segmentSentences(text, { blocks: [], segmentation: pack.segmentation });
  const mentions = pack.names.recognize(text, spans);
  const [mergeMs, groups] = time(() => groupMentions(text, mentions));
  const [buildMs] = time(() => buildEntities(text, mentions, spans));
  const [analyzeMs] = time(() => analyze(text));
  rows.push({ n, chars: text.length, mentions: mentions.length, entities: groups.length, analyzeMs, mergeMs, buildMs });
}
console.log('N\tchars\tmentions\tentities\tanalyze ms\tmerge ms\tbuildEntities ms');
for (const r of rows) console.log([r.n, r.chars, r.mentions, r.entities, r.analyzeMs.toFixed(0), r.mergeMs.toFixed(0), r.buildMs.toFixed(0)].join('\t'));
const at = (n: number) => rows.find((r) => r.n === n);
const [small, large] = [at(1000), at(4000)];
if (small && large) {
  console.log(`time(4000)/time(1000): analyze ${(large.analyzeMs / small.analyzeMs).toFixed(1)}, merge ${(large.mergeMs / small.mergeMs).toFixed(1)}, buildEntities ${(large.buildMs / small.buildMs).toFixed(1)}`);
}
