/**
 * The learned block filter: a logistic regression over each candidate block's
 * features (`block-features.ts` computes them in the page layer), trained on the
 * blocks of trafilatura's corpus that hold its "must" and "must not" segments
 * (`scripts/train-block-filter.ts`; `data/MODEL.md` says how and from what).
 * It runs after the furniture rules and only takes blocks out: numbers in, a
 * probability out, no DOM here.
 */

export interface BlockFilterModel {
  /** One weight per feature, the first the bias (its feature is always 1). */
  weights: readonly number[];
  /** A block the rules keep is left out when its probability of being article text is below this. */
  threshold: number;
}

/** The probability that a block with these features is article text. */
export function articleTextProbability(features: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i++) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}
