/**
 * Article-detection coverage on saved real pages.
 *
 *   npm run coverage:articles -- [pagesDir]     (default tests/fixtures/pages)
 *
 * For each page folder (source.html, expected.html) it runs findArticle and
 * buildTextMap on source.html parsed with linkedom, and compares the words of
 * the text we would annotate with the words of expected.html (Readability's
 * reference extraction), as multisets:
 *   coverage = share of expected's words that our text has (target ≥ 90 %)
 *   extra    = share of our words that expected lacks      (target ≤ 10 %)
 * SOURCE.md in the folder says which pages are English articles, non-English
 * articles and non-articles; the script checks each against its target and
 * exits with status 1 when one misses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle } from '../src/page/article';
import { buildTextMap } from '../src/page/text-map';
import { readSavedPages, type PageExpectation } from './lib/page-expectations';

const COVERAGE_TARGET = 0.9;
const EXTRA_TARGET = 0.1;

const dir = process.argv[2] ?? 'tests/fixtures/pages';
const pages = readSavedPages(dir);

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words of expected.html: every text node, separated, as a reader would see them. */
function expectedWords(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node as Text).data);
  return words(texts.join(' '));
}

function overlap(ours: string[], expected: string[]): number {
  const counts = new Map<string, number>();
  for (const word of expected) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of ours) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

interface Row {
  page: string;
  expect: PageExpectation;
  state: string;
  detail: string;
  ok: boolean;
}

const rows: Row[] = [];
for (const { name: page, expect } of pages) {
  const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const { document } = parseHTML(html);
  const started = performance.now();
  const result = findArticle(document);
  let detail = '';
  let ok = expect === 'unknown' || result.state === expect;
  if (result.state === 'article') {
    const map = buildTextMap(result.blocks);
    const ms = performance.now() - started;
    const ours = words(map.text);
    const expectedPath = join(dir, page, 'expected.html');
    if (existsSync(expectedPath)) {
      const expected = expectedWords(readFileSync(expectedPath, 'utf8'));
      const shared = overlap(ours, expected);
      const coverage = expected.length ? shared / expected.length : 1;
      const extra = ours.length ? (ours.length - shared) / ours.length : 0;
      detail = `coverage ${pct(coverage)}  extra ${pct(extra)}  words ${String(ours.length).padStart(5)}/${String(expected.length).padEnd(5)} blocks ${String(result.blocks.length).padStart(3)}  ${ms.toFixed(0).padStart(4)} ms`;
      if (expect === 'article') ok &&= coverage >= COVERAGE_TARGET && extra <= EXTRA_TARGET;
    } else {
      detail = `words ${ours.length}  blocks ${result.blocks.length}  ${ms.toFixed(0)} ms`;
    }
  } else if (result.state === 'unsupported-language') {
    detail = `lang ${result.lang}: ${result.reason}`;
  } else {
    detail = result.reason;
  }
  rows.push({ page, expect, state: result.state, detail, ok });
}

const width = Math.max(...rows.map((r) => r.page.length), 4);
console.log(`${'page'.padEnd(width)}  ${'expected'.padEnd(20)}  ${'state'.padEnd(20)}  result`);
for (const row of rows) {
  console.log(`${row.ok ? ' ' : '✗'}${row.page.padEnd(width - 1)}  ${row.expect.padEnd(20)}  ${row.state.padEnd(20)}  ${row.detail}`);
}
const misses = rows.filter((r) => !r.ok);
console.log(
  `\n${rows.length} pages; targets: coverage ≥ ${COVERAGE_TARGET * 100} %, extra ≤ ${EXTRA_TARGET * 100} % on English articles; ` +
    (misses.length ? `missed on ${misses.map((r) => r.page).join(', ')}` : 'all met'),
);
process.exitCode = misses.length ? 1 : 0;
