import { DocumentContext } from './document-context';
import { CONTEXT_TEMPLATE_COUNT, sentenceAtoms, sentenceFeatures, WORD_TEMPLATE_COUNT, type WordAtoms, wordFeatures } from './features';
import { TAG_COUNT as TAG_COUNT_EXPORT, TAGS as TAG_NAMES } from './tags';
import { emissionScores, type TaggerWeights, viterbi } from './viterbi';

// Local copies: imported bindings read in a loop cost a getter call under some loaders (tsx).
const TAG_COUNT = TAG_COUNT_EXPORT;
const CONTEXT_TEMPLATES = CONTEXT_TEMPLATE_COUNT;

/**
 * Tags every sentence of one document (a list of token lists) with IOB2 tags,
 * in order, so later sentences see how earlier ones were tagged.
 */
export function tagDocument(weights: TaggerWeights, sentences: readonly (readonly string[])[]): string[][] {
  const names = TAG_NAMES;
  const context = new DocumentContext(sentences);
  return sentences.map((words) => {
    const atoms = sentenceAtoms(words);
    const features = sentenceFeatures(atoms, context, weights.bits, true);
    const scores = emissionScores(weights, features, CONTEXT_TEMPLATES);
    for (let i = 0; i < words.length; i++) {
      const own = wordScores(weights, atoms[i]!);
      for (let t = 0; t < TAG_COUNT; t++) scores[i * TAG_COUNT + t]! += own[t]!;
    }
    const tags = viterbi(scores, weights.transitions);
    context.record(words, tags);
    return Array.from(tags, (t) => names[t]!);
  });
}

/** Scores of the word-only features, kept with the word: most tokens are words seen before. */
function wordScores(weights: TaggerWeights, atoms: WordAtoms): Float32Array {
  if (atoms.scores?.model === weights) return atoms.scores.values;
  const values = emissionScores(weights, wordFeatures(atoms, weights.bits), WORD_TEMPLATE_COUNT);
  atoms.scores = { model: weights, values };
  return values;
}
