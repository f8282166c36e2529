/**
 * Weights of the learned block filter (`../block-filter.ts`), written by
 * `npx tsx scripts/train-block-filter.ts CORPUS_DIR --write`; MODEL.md says from what.
 * One weight per feature of `../block-features.ts`, the bias first; the threshold is the one
 * that scored best by cross-validation over the corpus's pages.
 */
import type { BlockFilterModel } from '../block-filter';

export const BLOCK_FILTER_MODEL: BlockFilterModel = {
  threshold: 0.4,
  weights: [0.3007, 1.9507, -1.6434, -0.5666, 0.8267, 1.5924, 1.0325, 1.2299, 0.2313, 0.3631, -1.5601, 0.0015, -0.1329, 0.7652, 1.1022, -1.5178, -0.1366, -0.1905, -0.0086, -0.5617, -0.5676, 0.3533, 0.3064, -0.5483, -0.3814, -2.3784, -1.3856, 0.0836, -1.1132, -0.2182, -0.6866, -0.2427, 0.0658, -0.327, -0.7477, 0, -1.6717, -0.6522, -0.2346, -0.8673],
};
