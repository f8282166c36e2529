/**
 * Article-detection coverage on saved real pages.
 *
 *   npm run coverage:articles -- [pagesDir] [--write-expected]     (default tests/fixtures/pages)
 *
 * For each page folder (source.html, expected.html) it runs findArticle and
 * buildTextMap on source.html parsed with linkedom, and compares the words of
 * the text we would annotate with the words of expected.html (Readability's
 * reference extraction, figure captions left out), as multisets:
 *   coverage = share of expected's words that our text has (target ≥ 90 %)
 *   extra    = share of our words that expected lacks      (target ≤ 10 %)
 * SOURCE.md in the folder says which pages are English articles, non-English
 * articles and non-articles; the script checks each against its target and
 * exits with status 1 when one misses. `--write-expected` first records each
 * page's extraction (state and exact text) as its expected-extract.txt, which
 * the unit tests compare against.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractHtml } from './eval/extract-html';
import { COVERAGE_TARGET, EXTRA_TARGET, measureArticleCoverage } from './lib/article-coverage';
import { EXPECTED_EXTRACT, formatExtraction, readSavedPages } from './lib/page-expectations';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests/fixtures/pages';
if (process.argv.includes('--write-expected')) {
  // Records what extraction gives now as each page's expected-extract.txt (review the diff before committing).
  for (const { name } of readSavedPages(dir)) {
    const page = extractHtml(readFileSync(join(dir, name, 'source.html'), 'utf8'));
    writeFileSync(join(dir, name, EXPECTED_EXTRACT), formatExtraction(page));
  }
}

const rows = measureArticleCoverage(dir);
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
