import { describe, expect, it } from 'vitest';
import { firstEndingAfter, spanIndexAt } from '../../../src/analysis/spans';

// Three sentences with a gap and an empty span, as the segmenter and quotation finder give them.
const SPANS = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 20, end: 20 },
  { start: 25, end: 30 },
];

describe('span look-ups', () => {
  it('finds the first span ending after an offset', () => {
    expect([0, 9, 10, 11, 19, 20, 29, 30, 99].map((o) => firstEndingAfter(SPANS, o))).toEqual([0, 0, 1, 1, 1, 3, 3, 4, 4]);
    expect(firstEndingAfter([], 5)).toBe(0);
  });

  it('finds the span holding an offset, and none in a gap or past the end', () => {
    expect([0, 9, 10, 11, 12, 19, 20, 24, 25, 29, 30].map((o) => spanIndexAt(SPANS, o))).toEqual([0, 0, -1, -1, 1, 1, -1, -1, 3, 3, -1]);
  });
});
