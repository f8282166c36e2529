import type { Cue, CueKind } from '../../../shared/schema';
import { OPINION_THRESHOLD, OPINION_WEIGHTS } from '../data/opinion-weights';
import { ownWording, opinionScore, wording, wordWeight, type LexiconCategory, type OpinionWeights, type Wording } from '../opinion-model';
import type { Detector } from '../types';
import type { Word } from '../words';

/** Words shown as evidence when no lexicon word is present. */
const STRONGEST_WORDS = 2;
const CUE_OF: Record<LexiconCategory, CueKind> = { opinion: 'opinion', hedge: 'hedge', prediction: 'prediction', 'first-person': 'opinion' };

/**
 * The author's evaluative, speculative or predictive wording: the learned model
 * gives the probability, the lexicon gives the words a note can point at.
 * Quoted words are left out: they belong to the speaker, not the author.
 */
export const opinionDetector: Detector = {
  name: 'opinion',
  stage: 'opinion',
  detect(sentence, article) {
    const model = article.context.opinionModel ?? OPINION_WEIGHTS;
    const own = ownWording(sentence);
    const author = weigh(own, model);
    return { ...author, reported: own.words.length === sentence.words.length ? author : weigh(wording(sentence.words), model) };
  },
};

function weigh({ words, tokens, matches }: Wording, model: OpinionWeights): { probability: number; cues: Cue[] } {
  const probability = opinionScore(tokens, matches, model);
  const cues = matches.map((m) => ({ kind: CUE_OF[m.category], start: words[m.from]!.start, end: words[m.to - 1]!.end }));
  return { probability, cues: cues.length > 0 || probability < OPINION_THRESHOLD ? cues : strongestWords(words, model) };
}

/** Without lexicon words, the words the model weighs most towards opinion are the evidence. */
function strongestWords(words: readonly Word[], model: OpinionWeights): Cue[] {
  return words
    .map((w) => ({ w, weight: wordWeight(w.lower, model) }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, STRONGEST_WORDS)
    .sort((a, b) => a.w.start - b.w.start)
    .map(({ w }) => ({ kind: 'opinion' as const, start: w.start, end: w.end }));
}
