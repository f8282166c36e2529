import { analyze } from '../../src/analysis';
import { buildEntities } from '../../src/analysis/entities/build';
import { groupMentions } from '../../src/analysis/entities/merge';
import { languagePack } from '../../src/analysis/languages';
import { segmentSentences } from '../../src/analysis/segment';

/**
 * Time of analyze() and of merging mentions into entities on a text naming N
 * distinct invented people and companies, each named in full and then again by
 * surname, possessive or short form, so every merge rule has candidates to try.
 * Linear merging keeps time(4N)/time(N) near 4. Usage: tsx scripts/bench/distinct-names.ts [N...]
 */
const SYLLABLES = ['zen', 'tro', 'fax', 'quil', 'mar', 'by', 'vel', 'dra', 'kos', 'lin', 'por', 'ta', 'gre', 'nu', 'sha', 'wick', 'dor', 'ell', 'bram', 'oth'];
const SUFFIXES = ['Holdings', 'Group', 'Inc', 'Corporation', 'Labs', 'Partners'];

/** A capitalised invented word, distinct for each index. */
function word(i: number, salt: number): string {
  let n = i * 7 + salt;
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  w += SYLLABLES[(i + salt) % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

export function distinctNamesText(n: number): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) {
      const first = word(i, 1);
      const last = word(i, 3);
      parts.push(`${first} ${last} said the plan would cost $${i + 2} million. ${last}'s office confirmed it on Monday, and ${last} added that talks would continue.`);
    } else {
      const company = word(i, 5);
      const suffix = SUFFIXES[i % SUFFIXES.length];
      parts.push(`${company} ${suffix} reported higher sales in the quarter. Analysts said ${company}'s results were strong, and ${company} expects more growth.`);
    }
    if (i % 10 === 9) parts.push('\n');
  }
  return parts.join(' ');
}

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
