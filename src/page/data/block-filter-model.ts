/**
 * Weights of the learned block filter (`../block-filter.ts`), written by
 * `npx tsx scripts/train-block-filter.ts CORPUS_DIR --write`; MODEL.md says from what.
 * One weight per feature of `../block-features.ts`, the bias first; the threshold is the one
 * that scored best by cross-validation over the corpus's pages.
 */
import type { BlockFilterModel } from '../block-filter';

export const BLOCK_FILTER_MODEL: BlockFilterModel = {
  threshold: 0.4,
  weights: [0.3618, 1.958, -1.6733, -0.5896, 0.7547, 1.5466, 1.0134, 1.2069, 0.2254, 0.3312, -1.5559, 0.0467, -0.1498, 0.7335, 1.0773, -1.4824, -0.1667, -0.1824, 0.0095, -0.5919, -0.5745, 0.3837, 0.2883, -0.5194, -0.425, -2.3837, -1.4273, 0.0893, -1.1343, -0.2213, -0.6943, -0.2585, 0.0655, -0.2325, -0.7252, 0, -1.6686, -0.6532, -0.2349, -0.8542, -1.1974],
};
