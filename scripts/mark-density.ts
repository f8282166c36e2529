/**
 * How much of each saved article's prose sits under a painted claim mark, in
 * the calm default and in "show everything":
 *
 *   npx tsx scripts/mark-density.ts [pages-dir]     (default tests/fixtures/pages)
 */
import { existsSync } from 'node:fs';
import { DENSITY_TARGET, measureDensity } from './lib/mark-density';

const dir = process.argv[2] ?? 'tests/fixtures/pages';
if (!existsSync(dir)) {
  console.error(`No saved pages at ${dir}.`);
  process.exit(1);
}
const percent = (share: number) => `${(100 * share).toFixed(1)} %`;
console.log('| page | prose characters | everything | default (attention) |');
console.log('|---|---|---|---|');
const rows = measureDensity(dir);
for (const row of rows) console.log(`| ${row.page} | ${row.prose} | ${percent(row.everything)} | ${percent(row.attention)} |`);
const over = rows.filter((row) => row.attention > DENSITY_TARGET);
console.log(`\n${rows.length} articles; default mode over ${percent(DENSITY_TARGET)} on ${over.length}.`);
