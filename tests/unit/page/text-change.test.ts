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
    expect(compareTexts(ARTICLE, later).changedPairs).toBe(0);
  });

  it('counts the word pairs of a new paragraph, of an edit both ways, and of reordered words', () => {
    const added = `${ARTICLE}\nInspector Hana Sato of the Calder Valley Water Board said the barrier would be tested every spring.`;
    expect(compareTexts(ARTICLE, added).changedPairs).toBe(17);
    expect(compareTexts(ARTICLE, ARTICLE.replace('Tuesday', 'Monday')).changedPairs).toBe(4);
    expect(compareTexts('the council met the mayor', 'the mayor met the council').changedPairs).toBe(2);
  });

  it('moves spans with their lines, and across an edit inside a line', () => {
    const later = `Breaking\n${ARTICLE.replace('3 minutes', '14 minutes')}`;
    const change = compareTexts(ARTICLE, later);
    const at = (text: string, span: { start: number; end: number } | undefined) => span && text.slice(span.start, span.end);
    const span = (text: string) => ({ start: ARTICLE.indexOf(text), end: ARTICLE.indexOf(text) + text.length });
    const mayor = span('Mayor Alicia Moreno');
    expect(at(later, change.move(mayor.start, mayor.end))).toBe('Mayor Alicia Moreno');
    // On the edited line: before the edit, across it (stretched), inside it (gone).
    const keller = span('Sam Keller');
    expect(at(later, change.move(keller.start, keller.end))).toBe('Sam Keller');
    const updated = span('Updated 3 minutes ago');
    expect(at(later, change.move(updated.start, updated.end))).toBe('Updated 14 minutes ago');
    const digit = span('3');
    expect(change.move(digit.start, digit.end)).toBeUndefined();
  });

  it('drops spans on a line that has no new version', () => {
    const later = ARTICLE.split('\n').filter((line) => !line.startsWith('By ')).join('\n');
    const change = compareTexts(ARTICLE, later);
    const keller = ARTICLE.indexOf('Sam Keller');
    expect(change.move(keller, keller + 10)).toBeUndefined();
    const mayor = ARTICLE.indexOf('Mayor Alicia Moreno');
    expect(later.slice(change.move(mayor, mayor + 19)!.start, change.move(mayor, mayor + 19)!.end)).toBe('Mayor Alicia Moreno');
  });

  it('keeps repeated lines in order', () => {
    const change = compareTexts('a\nb\na', 'a\nc\nb\na');
    expect(change.move(4, 5)).toEqual({ start: 6, end: 7 });
    expect(change.move(0, 1)).toEqual({ start: 0, end: 1 });
  });

  it('is linear: 20,000 lines compare in one pass', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of the story, told again.`).join('\n');
    const change = compareTexts(long, long.replace('Paragraph 5 ', 'Paragraph five '));
    expect(change.changedPairs).toBe(3);
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
