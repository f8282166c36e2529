import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { claimReport } from '../../../../scripts/eval/claims';
import { readGoldArticles } from '../../../../scripts/eval/gold';
import { analyze } from '../../../../src/analysis';

const fixture = (path: string) => fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url));
const seed = readGoldArticles(fixture('seed'));
const labelled = readGoldArticles(fixture('labelled'));

// Floors a little under what the engine reached when they were set (seed: accuracy 1.00, 6/6 sources;
// labelled fixtures: macro-F1 0.89, accuracy 0.92, sources 60/67): dropping below them is a regression.
describe('claim labels on the gold fixtures', () => {
  it('labels the seed article as a careful reader does', () => {
    const { overall } = claimReport(seed, (text) => analyze(text));
    expect(overall.accuracy).toBeGreaterThanOrEqual(0.96);
    expect(overall.accuracy).toBeGreaterThan(overall.baselineAccuracy);
    expect(overall.sourceMatch).toEqual({ matched: 6, total: 6 });
    expect(overall.nonClaimsNull.matched).toBe(overall.nonClaimsNull.total);
  });

  it('keeps macro-F1 on the labelled articles', () => {
    const { overall } = claimReport(labelled, (text) => analyze(text));
    expect(overall.macroF1).toBeGreaterThanOrEqual(0.87);
    expect(overall.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(overall.sourceMatch.matched / overall.sourceMatch.total).toBeGreaterThanOrEqual(0.85);
  });
});
