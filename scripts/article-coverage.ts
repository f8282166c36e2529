/**
 * Article-detection coverage on saved real pages.
 *
 *   npm run coverage:articles -- [pagesDir]     (default tests/fixtures/pages)
 *
 * For each page folder (source.html, expected.html) it runs findArticle and
 * buildTextMap on source.html parsed with linkedom, and compares the words of
 * the text we would annotate with the words of expected.html (Readability's
 * reference extraction, figure captions left out), as multisets:
 *   coverage = share of expected's words that our text has (target ≥ 90 %)
 *   extra    = share of our words that expected lacks      (target ≤ 10 %)
 * SOURCE.md in the folder says which pages are English articles, non-English
 * articles and non-articles; the script checks each against its target and
 * exits with status 1 when one misses.
 */
import { COVERAGE_TARGET, EXTRA_TARGET, measureArticleCoverage } from './lib/article-coverage';

const rows = measureArticleCoverage(process.argv[2] ?? 'tests/fixtures/pages');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const width = Math.max(...rows.map((r) => r.page.length), 4) + 1;
console.log(`${'page'.padEnd(width)}  ${'expected'.padEnd(20)}  ${'state'.padEnd(20)}  result`);
for (const row of rows) {
  const detail =
    row.coverage !== undefined
      ? `coverage ${pct(row.coverage)}  extra ${pct(row.extra!)}  words ${String(row.words).padStart(5)}/${String(row.expectedWords).padEnd(5)} blocks ${String(row.blocks).padStart(3)}  ${row.ms!.toFixed(0).padStart(4)} ms`
      : (row.reason ?? `words ${row.words}  blocks ${row.blocks}`);
  console.log(`${row.ok ? ' ' : '✗'}${row.page.padEnd(width - 1)}  ${row.expect.padEnd(20)}  ${row.state.padEnd(20)}  ${detail}`);
}
const misses = rows.filter((r) => !r.ok);
console.log(
  `\n${rows.length} pages; targets: coverage ≥ ${COVERAGE_TARGET * 100} %, extra ≤ ${EXTRA_TARGET * 100} % on English articles; ` +
    (misses.length ? `missed on ${misses.map((r) => r.page).join(', ')}` : 'all met'),
);
process.exitCode = misses.length ? 1 : 0;
