import { describe, expect, it } from 'vitest';
import { DENSITY_TARGET, measureDensity } from '../../../scripts/lib/mark-density';

describe('how much of an article the marks cover', () => {
  const rows = measureDensity('tests/fixtures/pages');

  it(`is at most ${DENSITY_TARGET * 100} % of the prose in the default mode, on every saved English article`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const row of rows) expect.soft(row.attention, row.page).toBeLessThanOrEqual(DENSITY_TARGET);
  });

  it('is most of it in "show everything", which still marks every claim', () => {
    for (const row of rows) expect.soft(row.everything, row.page).toBeGreaterThan(row.attention);
    expect(rows.filter((row) => row.everything > DENSITY_TARGET).length).toBeGreaterThan(rows.length / 2);
  });
}, 60_000);
