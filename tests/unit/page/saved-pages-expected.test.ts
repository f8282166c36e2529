import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../scripts/eval/extract-html';
import { EXPECTED_EXTRACT, formatExtraction, readSavedPages } from '../../../scripts/lib/page-expectations';

const DIR = 'tests/fixtures/pages';

// Each saved page's state and exact article text, as `npm run extract` gives them, against the
// page's expected-extract.txt (rewrite them with `npm run coverage:articles -- --write-expected`
// and review the diff). A failure prints a line diff of the text.
describe('extraction on each saved page matches its expected-extract.txt', () => {
  const pages = readSavedPages(DIR);
  it('has a page for every folder', () => expect(pages.length).toBeGreaterThanOrEqual(28));
  it.each(pages.map((p) => p.name))('%s', (name) => {
    const page = extractHtml(readFileSync(join(DIR, name, 'source.html'), 'utf8'));
    expect(formatExtraction(page)).toBe(readFileSync(join(DIR, name, EXPECTED_EXTRACT), 'utf8'));
  });
});
