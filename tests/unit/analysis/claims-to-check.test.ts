import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { checkWorthiness, claimsToCheck } from '../../../src/analysis/summary';

interface Gold {
  nonClaims?: Array<{ start: number; end: number; text: string }>;
  headings?: Array<{ start: number; end: number; text: string }>;
}

/** The labelled articles this repository holds (copies of ../shared/labelled, see their SOURCE.md), and the demo article. */
const ARTICLES = [
  ...readdirSync('tests/fixtures/labelled').map((name) => join('tests/fixtures/labelled', name)),
  'tests/fixtures/seed',
].filter((dir) => existsSync(join(dir, 'gold.json')));

describe('claims to check', () => {
  it.each(ARTICLES)('on %s are never a heading, byline, caption, dateline, timestamp or promotion', (dir) => {
    const text = readFileSync(join(dir, 'article.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Gold;
    const notClaims = [...(gold.nonClaims ?? []), ...(gold.headings ?? [])];
    const analysis = analyze(text);
    const chosen = claimsToCheck(analysis).map((c) => analysis.sentences[c.sentence]!);
    const wrong = chosen.filter((s) => notClaims.some((n) => n.start < s.end && s.start < n.end)).map((s) => s.text);
    expect(wrong).toEqual([]);
  });

  it('finds some on the labelled articles, each with something to look up', () => {
    let found = 0;
    for (const dir of ARTICLES) {
      const analysis = analyze(readFileSync(join(dir, 'article.txt'), 'utf8'));
      for (const c of claimsToCheck(analysis)) {
        expect(checkWorthiness(analysis, analysis.sentences[c.sentence]!)).toBeGreaterThan(0);
        found++;
      }
    }
    expect(found).toBeGreaterThanOrEqual(ARTICLES.length);
  });

  it('ranks by what can be looked up, and leaves out lines that only look like claims', () => {
    const text = [
      'HAYWARD, Calif.',
      '10 p.m.',
      'Subscribe to our newsletter for 3 more stories every day.',
      'The old bridge across the river was closed again.',
      'The city of Riverton closed 3 streets near the bridge.',
      'Updated 10:32 a.m. on March 3, 2024.',
      'The city of Riverton spent 48 million dollars on the new bridge in 2023, more than twice the cost of the old one built by Harbor Engineering Ltd.',
    ].join('\n');
    const analysis = analyze(text);
    const picked = claimsToCheck(analysis).map((c) => c.text);
    expect(picked.map((t) => t.slice(0, 28))).toEqual(['The city of Riverton spent 4', 'The city of Riverton closed ']);
  });
});
