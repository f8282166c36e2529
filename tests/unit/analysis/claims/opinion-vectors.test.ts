import { describe, expect, it } from 'vitest';
import { claimRows } from '../../../../src/analysis/claims/label';
import { LONE_ARGUING, OPINION_STACK, OPINION_VECTORS } from '../../../../src/analysis/claims/data/opinion-vectors';
import { stackedProbability, tableKeys, vectorProbability, type VectorTable } from '../../../../src/analysis/claims/opinion-model';
import { segmentSentences } from '../../../../src/analysis/segment';

/** A table of a few words: level i is worth i − 2. */
const table = (words: Record<string, number>, bias = 0): VectorTable => ({
  bias,
  low: -2,
  step: 1,
  words: Object.keys(words).join(' '),
  levels: Object.values(words)
    .map((v) => 'ABCDEFGHIJ'[v + 2])
    .join(''),
});

describe('the word-vector table', () => {
  const words = new Set(['do', "n't", 'they', "'re", 'well', 'known', 'awful']);

  it('looks a word up whole, else as GloVe split it, else by its hyphenated parts', () => {
    expect(tableKeys('awful', words)).toEqual(['awful']);
    expect(tableKeys("don't", words)).toEqual(['do', "n't"]);
    expect(tableKeys("they're", words)).toEqual(['they', "'re"]);
    expect(tableKeys('well-known', words)).toEqual(['well', 'known']);
    expect(tableKeys('zyzzyva', words)).toEqual([]);
  });

  it('scores a sentence by the mean of its known words’ numbers', () => {
    const t = table({ awful: 3, film: 0, reported: -2 });
    const p = (text: string) => vectorProbability(text.split(' '), t);
    expect(p('awful film')).toBeCloseTo(1 / (1 + Math.exp(-1.5)), 6);
    // Unknown words and punctuation do not dilute the mean.
    expect(p('an awful , awful film')).toBeCloseTo(1 / (1 + Math.exp(-2)), 6);
    expect(p('reported film')).toBeLessThan(0.5);
    expect(p('zyzzyva')).toBe(0.5);
  });

  it('ships a table that ranks a verdict above a report', () => {
    const p = (text: string) => vectorProbability(text.toLowerCase().split(' '), OPINION_VECTORS);
    expect(p('this is a shameful and disgraceful decision')).toBeGreaterThan(p('the council voted on tuesday to approve the budget'));
  });

  it('stacks the two probabilities so that each raises the result', () => {
    expect(OPINION_STACK.words).toBeGreaterThan(0);
    expect(OPINION_STACK.vectors).toBeGreaterThan(0);
    expect(stackedProbability(0.7, 0.5, 0, OPINION_STACK)).toBeGreaterThan(stackedProbability(0.3, 0.5, 0, OPINION_STACK));
    expect(stackedProbability(0.5, 0.7, 0, OPINION_STACK)).toBeGreaterThan(stackedProbability(0.5, 0.3, 0, OPINION_STACK));
    expect(stackedProbability(0.5, 0.5, 1, OPINION_STACK)).toBeGreaterThan(stackedProbability(0.5, 0.5, 0, OPINION_STACK));
    expect(LONE_ARGUING).toBeGreaterThan(0.2);
    expect(LONE_ARGUING).toBeLessThan(0.8);
  });
});

describe('the kind of a lone sentence', () => {
  const kindOf = (text: string, table: VectorTable) =>
    claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [], loneKind: { table, stack: OPINION_STACK, arguing: LONE_ARGUING } }).articleKind;
  const everyWord = (level: number) => table({}, level);

  it('reads the word-vector table stacked with the words-only probability', () => {
    const text = 'The council met on Tuesday to discuss the new budget.';
    expect(kindOf(text, everyWord(8))).toBe('opinion');
    expect(kindOf(text, everyWord(-8))).toBe('news');
  });

  it('reads an obligation in the author’s own words as an exhortation', () => {
    const obligationOnly = { words: 0, vectors: 0, obligation: 2, bias: -1 };
    const kind = (text: string) =>
      claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [], loneKind: { table: everyWord(0), stack: obligationOnly, arguing: 0.5 } }).articleKind;
    expect(kind('The council should scrap the new budget.')).toBe('opinion');
    expect(kind('The council will discuss the new budget.')).toBe('news');
  });

  it('leaves an article’s kind to the words-only probability', () => {
    const text = 'The council met on Tuesday to discuss the new budget. The vote was held after a long debate about taxes.';
    expect(kindOf(text, everyWord(8))).toBe(kindOf(text, everyWord(-8)));
  });
});
