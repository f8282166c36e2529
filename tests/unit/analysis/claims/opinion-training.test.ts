import { describe, expect, it } from 'vitest';
import { train, trainNaiveBayes, trainRecipe, type Example } from '../../../../scripts/train-opinion';
import { articleKindOf, opinionKindWeight } from '../../../../src/analysis/claims/article-kind';
import { ARGUING_PROBABILITY, OPINION_RECIPE, OPINION_THRESHOLD } from '../../../../src/analysis/claims/data/opinion-weights';
import { lexiconMatches, opinionScore, wordWeight } from '../../../../src/analysis/claims/opinion-model';
import { splitWords } from '../../../../src/analysis/claims/words';

const tokens = (text: string) => splitWords(text, { start: 0, end: text.length }, () => false).map((w) => w.lower);

const SUBJECTIVE = [
  'This shameful budget betrays every family that trusted the governor.',
  'The new stadium is a shameful waste of public money.',
  'Frankly, the senator’s plan is a disgrace to the party.',
  'It is a disgrace that the city still has no shelter beds.',
  'The film is a terrific, joyful ride from start to finish.',
  'Her terrific performance carries an otherwise dull season.',
  'Congress should stop pretending that the deficit does not matter.',
  'We should be ashamed of how long this has taken.',
];
const OBJECTIVE = [
  'The council approved the budget on Tuesday by a vote of 7 to 2.',
  'The company reported revenue of $4.2 billion for the quarter.',
  'Police arrested two men in connection with the robbery on Friday night.',
  'The bill passed the House 220 to 210 and now goes to the Senate.',
  'The study followed 1,200 patients over five years.',
  'The museum reopened in June after a two-year renovation.',
  'Shares fell 3 percent in early trading in New York.',
  'The minister will travel to Brussels next week for talks.',
];
const corpus: Example[] = [
  ...SUBJECTIVE.map((text) => ({ tokens: tokens(text), subjective: true })),
  ...OBJECTIVE.map((text) => ({ tokens: tokens(text), subjective: false })),
];
const score = (text: string, model: ReturnType<typeof train>) => opinionScore(tokens(text), lexiconMatches(tokens(text)), model);

describe('the naive-Bayes opinion model', () => {
  const model = trainNaiveBayes(corpus, 1);

  it('weighs a word by the class of the sentences it was seen in', () => {
    expect(wordWeight('shameful', model)).toBeGreaterThan(0);
    expect(wordWeight('disgrace', model)).toBeGreaterThan(0);
    expect(wordWeight('reported', model)).toBeLessThan(0);
    expect(wordWeight('percent', model)).toBeLessThan(0);
  });

  it('weighs a word seen as often on both sides less than one seen on one side only', () => {
    // "the" opens sentences of both kinds; "shameful" only verdicts.
    expect(Math.abs(wordWeight('the', model))).toBeLessThan(wordWeight('shameful', model));
  });

  it('ranks a new verdict above a new report, on a probability scale', () => {
    const verdict = score('The mayor’s shameful plan is a disgrace.', model);
    const report = score('The mayor reported the plan to the council on Tuesday.', model);
    expect(verdict).toBeGreaterThan(report);
    expect(verdict).toBeGreaterThan(0.5);
    expect(report).toBeLessThan(0.5);
  });
});

describe('opinion recipes', () => {
  it('trains the logistic recipe as before', () => {
    expect(trainRecipe(corpus, { kind: 'logistic', l2: 0.1 })).toEqual(train(corpus, 0.1));
  });

  it('mixes the two models as the mean of their log-odds', () => {
    const mix = trainRecipe(corpus, { kind: 'mix', l2: 0.1, smoothing: 1 });
    const a = train(corpus, 0.1);
    const b = trainNaiveBayes(corpus, 1);
    const logit = (p: number) => Math.log(p / (1 - p));
    for (const text of ['The mayor’s shameful plan is a disgrace.', 'Shares fell 3 percent on Tuesday.']) {
      expect(logit(score(text, mix))).toBeCloseTo((logit(score(text, a)) + logit(score(text, b))) / 2, 1);
    }
  });
});

describe('the shipped opinion model’s scale', () => {
  it('sets the kind’s and the cue’s thresholds with the weights, the cue above the kind', () => {
    expect(OPINION_RECIPE.kind).toBe('mix');
    expect(ARGUING_PROBABILITY).toBeGreaterThan(0.3);
    expect(OPINION_THRESHOLD).toBeGreaterThan(ARGUING_PROBABILITY);
  });

  it('reads a text with few sources as arguing from the mean probability the weights name, not a fixed 0.44', () => {
    const voice = (subjective: number) => ({ firstPerson: 0, subjective, attributed: 0.1 });
    expect(articleKindOf(undefined, voice(ARGUING_PROBABILITY))).toBe('opinion');
    expect(articleKindOf(undefined, voice(ARGUING_PROBABILITY - 0.01))).toBe('news');
    // Near miss: as subjective, but attributing most of its claims, it reports.
    expect(articleKindOf(undefined, { firstPerson: 0, subjective: ARGUING_PROBABILITY + 0.1, attributed: 0.6 })).toBe('news');
  });
});

describe('the opinion kind the decision layer weighs', () => {
  const voice = (subjective: number, attributed = 0.1) => ({ firstPerson: 0, subjective, attributed });

  it('rises smoothly through the threshold for a text with few sources, so a hair either side does not flip it', () => {
    const weight = (shift: number) => opinionKindWeight(undefined, voice(ARGUING_PROBABILITY + shift), 20);
    expect(weight(0)).toBeCloseTo(0.5, 6);
    expect(weight(0.005) - weight(-0.005)).toBeLessThan(0.2);
    expect(weight(0.02)).toBeGreaterThan(0.6);
    expect(weight(0.02)).toBeLessThan(0.9);
    expect(weight(0.1)).toBeGreaterThan(0.99);
    expect(weight(-0.1)).toBeLessThan(0.01);
    for (const shift of [-0.04, -0.02, 0, 0.02]) expect(weight(shift + 0.01)).toBeGreaterThan(weight(shift));
  });

  it('is all or nothing where the kind is plain: declared, written as "I", well sourced, or a lone sentence', () => {
    expect(opinionKindWeight({ url: 'https://example.com/opinion/x' }, voice(0.1, 0.9), 20)).toBe(1);
    expect(opinionKindWeight(undefined, { firstPerson: 0.02, subjective: 0.1, attributed: 0.9 }, 20)).toBe(1);
    expect(opinionKindWeight(undefined, voice(ARGUING_PROBABILITY + 0.1, 0.6), 20)).toBe(0);
    expect(opinionKindWeight(undefined, voice(ARGUING_PROBABILITY), 1)).toBe(1);
    expect(opinionKindWeight(undefined, voice(ARGUING_PROBABILITY - 0.001), 1)).toBe(0);
  });

  it('moves with the threshold it is given, as the eval’s sturdiness check shifts it', () => {
    expect(opinionKindWeight(undefined, voice(0.6), 20, 0.6)).toBeCloseTo(0.5, 6);
    expect(articleKindOf(undefined, voice(0.59), 0.6)).toBe('news');
  });
});
