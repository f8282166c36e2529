import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../../src/page/text-change';
import { ReanalysisPacer } from '../../../src/page/reanalysis-pacer';

const ARTICLE = [
  'Riverton approves flood barrier',
  'By Sam Keller · Updated 3 minutes ago',
  'Riverton’s city council approved a new flood barrier on Tuesday, ending a two-year dispute over its cost.',
  '“This barrier protects eleven thousand homes,” Mayor Alicia Moreno told reporters after the vote.',
].join('\n');

describe('how much an article’s text changed', () => {
  it('sees no change in a ticking clock or counter', () => {
    const later = ARTICLE.replace('3 minutes', '14 minutes');
    expect(compareTexts(ARTICLE, later).changedWords).toBe(0);
  });

  it('counts the words of a new paragraph, and of an edit both ways', () => {
    const added = `${ARTICLE}\nInspector Hana Sato of the Calder Valley Water Board said the barrier would be tested every spring.`;
    expect(compareTexts(ARTICLE, added).changedWords).toBe(17);
    expect(compareTexts(ARTICLE, ARTICLE.replace('Tuesday', 'Monday')).changedWords).toBe(2);
  });

  it('moves spans of unchanged lines and drops those on changed lines', () => {
    const later = `Breaking\n${ARTICLE.replace('3 minutes', '14 minutes')}`;
    const change = compareTexts(ARTICLE, later);
    const mayor = ARTICLE.indexOf('Mayor Alicia Moreno');
    const moved = change.move(mayor, mayor + 19);
    expect(moved && later.slice(moved.start, moved.end)).toBe('Mayor Alicia Moreno');
    const byline = ARTICLE.indexOf('Sam Keller');
    expect(change.move(byline, byline + 10)).toBeUndefined();
    // A span across two lines moves only when both did, by the same amount.
    const first = ARTICLE.indexOf('Riverton’s');
    expect(change.move(byline, first + 5)).toBeUndefined();
  });

  it('keeps repeated lines in order', () => {
    const change = compareTexts('a\nb\na', 'a\nc\nb\na');
    expect(change.move(4, 5)).toEqual({ start: 6, end: 7 });
    expect(change.move(0, 1)).toEqual({ start: 0, end: 1 });
  });

  it('is linear: 20,000 lines compare in one pass', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of the story, told again.`).join('\n');
    const change = compareTexts(long, long.replace('Paragraph 5 ', 'Paragraph five '));
    expect(change.changedWords).toBe(1);
  });
});

describe('pacing re-analyses', () => {
  it('lets the first run go at once, then backs off, and forgets after a quiet spell', () => {
    let now = 0;
    const pacer = new ReanalysisPacer([0, 15_000, 60_000], 300_000, () => now);
    expect(pacer.wait()).toBe(0);
    pacer.ran();
    expect(pacer.wait()).toBe(15_000);
    now = 15_000;
    expect(pacer.wait()).toBe(0);
    pacer.ran();
    now = 20_000;
    expect(pacer.wait()).toBe(55_000);
    now = 75_000;
    pacer.ran();
    now = 80_000;
    expect(pacer.wait()).toBe(55_000);
    now = 75_000 + 300_000;
    expect(pacer.wait()).toBe(0);
  });
});
