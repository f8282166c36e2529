import { describe, expect, it } from 'vitest';
import { COVERAGE_TARGET, EXTRA_TARGET, measureArticleCoverage } from '../../../scripts/lib/article-coverage';

describe('article detection on saved real pages', () => {
  const rows = measureArticleCoverage('tests/fixtures/pages');

  it('tells articles, non-English articles and other pages apart', () => {
    expect(rows.length).toBeGreaterThanOrEqual(28);
    expect(rows.filter((r) => r.expect !== 'unknown' && r.state !== r.expect).map((r) => `${r.page}: ${r.state}`)).toEqual([]);
  });

  it(`keeps ≥ ${COVERAGE_TARGET * 100} % of each English article's text and adds ≤ ${EXTRA_TARGET * 100} %`, () => {
    const articles = rows.filter((r) => r.expect === 'article');
    expect(articles.length).toBeGreaterThanOrEqual(20);
    for (const row of articles) {
      expect.soft(row.coverage, row.page).toBeGreaterThanOrEqual(COVERAGE_TARGET);
      expect.soft(row.extra, row.page).toBeLessThanOrEqual(EXTRA_TARGET);
    }
  });
}, 60_000);
