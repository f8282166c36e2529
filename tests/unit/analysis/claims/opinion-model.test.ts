import { describe, expect, it } from 'vitest';
import { OPINION_WEIGHTS } from '../../../../src/analysis/claims/data/opinion-weights';
import { featureMap } from '../../../../src/analysis/claims/features';
import { claimRows } from '../../../../src/analysis/claims/label';
import { HASH_BUCKETS, lexiconMatches, opinionFeatures, opinionProbability, opinionScore } from '../../../../src/analysis/claims/opinion-model';
import { splitWords } from '../../../../src/analysis/claims/words';
import { segmentSentences } from '../../../../src/analysis/segment';

const VOCABULARY = ['i', 'think', 'this', 'is', 'a', 'terrible', 'idea', 'will', 'likely', 'probably', 'perhaps', 'the', 'minister', 'said', '2024', '3.5', '٣', 'über', 'élan', "'s", ',', '.', '"', '—', 'we', 'should', 'must', 'great', 'in', 'my', 'view'];

/** A deterministic pseudo-random sentence: the same tokens on every run. */
function sentence(seed: number): string[] {
  let x = seed * 2654435761;
  const length = 1 + (seed % 40);
  return Array.from({ length }, () => {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return VOCABULARY[x % VOCABULARY.length]!;
  });
}

/** Two distinct words that share a hash bucket, so a bucket's count of 2 is exercised. */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const word = `w${i}`;
    const bucket = [...opinionFeatures([word]).keys()][0]!;
    expect(bucket).toBeLessThan(HASH_BUCKETS);
    const other = seen.get(bucket);
    if (other) return [other, word];
    seen.set(bucket, word);
  }
}

describe('opinionScore', () => {
  it('gives exactly the probability of the sparse features it skips building', () => {
    const [a, b] = collidingPair();
    const cases = [[], ['.'], [a, b, a, 'i', 'think', '7'], ...Array.from({ length: 500 }, (_, i) => sentence(i + 1))];
    for (const tokens of cases) {
      const expected = opinionProbability(opinionFeatures(tokens), OPINION_WEIGHTS);
      expect(opinionScore(tokens, lexiconMatches(tokens), OPINION_WEIGHTS)).toBe(expected);
    }
  });
});

describe('lexiconMatches', () => {
  it('takes the longest phrase at each word, left to right, without overlap', () => {
    const tokens = 'it is likely to rain far more in the future , of course'.split(' ');
    expect(lexiconMatches(tokens)).toEqual([
      { category: 'prediction', from: 2, to: 4 },
      { category: 'opinion', from: 5, to: 7 },
      { category: 'prediction', from: 7, to: 10 },
      { category: 'hedge', from: 11, to: 13 },
    ]);
  });

  it('finds no phrase whose later words are missing or cut off by the sentence end', () => {
    expect(lexiconMatches(['far'])).toEqual([]);
    expect(lexiconMatches(['is', 'set'])).toEqual([]);
    expect(lexiconMatches(['i', 'think', 'i'])).toEqual([{ category: 'first-person', from: 0, to: 2 }]);
  });
});

describe('opinionScore over many distinct words', () => {
  it('counts each word once a sentence while its memo of words fills and is emptied', () => {
    // 60,000 distinct words over sentences of 30, a third of them repeated: more than the memo keeps
    // (50,000), so it is emptied around sentence 1,667 (sooner when other tests filled it); the sentences from 1,000 on are checked.
    for (let s = 0; s < 2000; s++) {
      const words = Array.from({ length: 30 }, (_, i) => `x${s * 30 + i}`);
      const tokens = [...words, ...words.slice(0, 10)];
      const score = opinionScore(tokens, [], OPINION_WEIGHTS);
      if (s >= 1000) expect(score).toBe(opinionProbability(opinionFeatures(tokens, []), OPINION_WEIGHTS));
    }
  });
});

describe('the opinion model a claim context names', () => {
  const text = 'The council approved the budget on Tuesday.';
  const rows = (opinionModel?: { bias: number; weights: number[] }) =>
    claimRows(text, segmentSentences(text, { blocks: [] }), { mentions: [], links: [], blocks: [], ...(opinionModel ? { opinionModel } : {}) }).rows;

  it('weighs the author’s wording instead of the shipped model (cross-validation retrains it without the held-out sentences)', () => {
    const shipped = rows()[0]!.evidence.opinion.probability;
    expect(shipped).toBe(opinionScore(lexiconMatchTokens(text), lexiconMatches(lexiconMatchTokens(text)), OPINION_WEIGHTS));
    const certain = rows({ bias: 20, weights: [] })[0]!;
    expect(certain.evidence.opinion.probability).toBeGreaterThan(0.99);
    expect(featureMap(certain.features).get('opinion.own')).toBeGreaterThan(0.99);
    expect(rows({ bias: -20, weights: [] })[0]!.evidence.opinion.probability).toBeLessThan(0.01);
  });

  it('leaves the shipped model in charge when none is named', () => {
    expect(rows()[0]!.evidence.opinion.probability).toBe(rows(OPINION_WEIGHTS as { bias: number; weights: number[] })[0]!.evidence.opinion.probability);
  });
});

function lexiconMatchTokens(text: string): string[] {
  return splitWords(text, { start: 0, end: text.length }, () => false).map((w) => w.lower);
}
