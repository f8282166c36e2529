import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageHtml } from '../../../scripts/eval/extract-corpus';
import { extractHtml } from '../../../scripts/eval/extract-html';

const DIR = 'tests/fixtures/verdict';

interface Label {
  file: string;
  url?: string;
  expected: 'article' | 'not-article';
  why: string;
}

const labels = JSON.parse(readFileSync(join(DIR, 'labels.json'), 'utf8')) as Label[];

/** A corpus page is stored gzipped under html/ and decoded as a browser would; a page written here is plain UTF-8. */
function html(label: Label): string {
  return label.file.startsWith('html/') ? readPageHtml(DIR, label.file.slice('html/'.length)) : readFileSync(join(DIR, label.file), 'utf8');
}

// Each page's verdict, decided from the page itself (labels.json says why): real articles of every
// shape are articles, fronts, lists, shops, players and apps are not, and a refusal always says why.
describe('article or not, page by page', () => {
  it('has both kinds', () => {
    expect(labels.filter((l) => l.expected === 'article').length).toBeGreaterThanOrEqual(3);
    expect(labels.filter((l) => l.expected === 'not-article').length).toBeGreaterThanOrEqual(10);
  });

  it.each(labels.map((l) => [l.file, l.expected, l] as const))('%s → %s', (_file, expected, label) => {
    const page = extractHtml(html(label), label.url);
    expect({ state: page.state, reason: page.reason }).toMatchObject({ state: expected });
    if (expected === 'article') expect(page.text.length).toBeGreaterThan(100);
    else expect(page.reason).toBeTruthy();
  });
});
