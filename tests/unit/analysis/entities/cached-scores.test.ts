import { describe, expect, it } from 'vitest';
import { DocumentContext } from '../../../../src/analysis/entities/document-context';
import { sentenceAtoms } from '../../../../src/analysis/entities/features';
import { loadNerModel } from '../../../../src/analysis/entities/load-model';
import { cachedScores, featureScores, tagDocument } from '../../../../src/analysis/entities/tag-document';
import { type FloatWeights, type QuantisedWeights, viterbi } from '../../../../src/analysis/entities/viterbi';
import { sumsAreExact } from '../../../../src/analysis/entities/word-scores';

const model = loadNerModel() as QuantisedWeights;

/** Sentences that reach every kept value: sentence edges, shouting, case seen elsewhere, history, gazetteer phrases. */
const ARTICLE = [
  'CHINA SAYS NEW YORK TALKS WITH APPLE WENT WELL',
  'Beijing, 2026-12-01 — Lei Jun said on Monday that Xiaomi will open a store in New York .',
  'Lei told Reuters that apple growers in Shandong Province were not affected .',
  'Apple declined to comment , a spokeswoman for Apple Inc. said .',
  'Yes',
  'Dr. Jane Smith of the U.S. Food and Drug Administration met Procter & Gamble in São Paulo .',
  '“ It ’s over , ” said Smith , 54 , after the 3–1 loss to Real Madrid in the UEFA Champions League .',
  'the new york times reported it first .',
  'Xiaomi Xiaomi Xiaomi Lei Jun Lei Jun',
  '',
  '🙂 ... ?! 100 % — 1,000,000 users',
].map((s) => s.split(' ').filter(Boolean));

/** Documents of random words in random case, from a seeded generator. */
function randomDocument(seed: number): string[][] {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const vocabulary = ['new', 'york', 'lei', 'jun', 'the', 'of', 'paris', 'france', 'said', 'bank', 'ceo', 'mr.', 'U.S.', '42', ',', '.', 'Ümit', 'mary', 'smith', 'inc'];
  return Array.from({ length: 12 }, () =>
    Array.from({ length: Math.floor(next() * 14) }, () => {
      const word = vocabulary[Math.floor(next() * vocabulary.length)]!;
      const form = next();
      return form < 0.4 ? word : form < 0.8 ? word.charAt(0).toUpperCase() + word.slice(1) : word.toUpperCase();
    }),
  );
}

/** Compares both score paths sentence by sentence on one document, recording the tags as the tagger does. */
function expectSameScores(sentences: string[][]): void {
  const atoms = sentences.map(sentenceAtoms);
  const context = DocumentContext.ofForms(atoms);
  for (const words of atoms) {
    const reference = featureScores(model, words, context);
    const cached = cachedScores(model, words, context);
    expect(new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength)).toEqual(new Uint8Array(reference.buffer, reference.byteOffset, reference.byteLength));
    context.recordForms(words, viterbi(reference, model.transitions));
  }
}

describe('cached word scores', () => {
  it('the shipped codebook sums exactly in doubles', () => {
    expect(sumsAreExact(model)).toBe(true);
  });

  it('a codebook whose entries span too many binary places does not', () => {
    const codebook = new Float32Array(256);
    codebook[0] = 2 ** -40;
    codebook[1] = 2 ** 10;
    expect(sumsAreExact({ ...model, codebook })).toBe(false);
  });

  it('gives the scores of every feature, bit for bit, on an article', () => {
    expectSameScores(ARTICLE);
  });

  it('gives the scores of every feature, bit for bit, on random documents', () => {
    for (let seed = 1; seed <= 20; seed++) expectSameScores(randomDocument(seed));
  });

  it('keeps the same scores when a word is met again in another document', () => {
    expectSameScores(randomDocument(7));
    expectSameScores(ARTICLE.map((s) => s.map((w) => w.toUpperCase())));
    expectSameScores(ARTICLE);
  });

  it('tags as the uncached path tags the same weights as floats', () => {
    const floats: FloatWeights = {
      bits: model.bits,
      emissions: Float32Array.from(model.codes, (code) => model.codebook[code + 128]!),
      transitions: model.transitions,
    };
    for (const sentences of [ARTICLE, randomDocument(3), randomDocument(11)]) {
      expect(tagDocument(model, sentences)).toEqual(tagDocument(floats, sentences));
    }
  });
});
