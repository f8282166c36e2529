/**
 * Weights of the learned block filter (`../block-filter.ts`), written by
 * `npx tsx scripts/train-block-filter.ts CORPUS_DIR --write`; MODEL.md says from what.
 * One weight per feature of `../block-features.ts`, the bias first; the threshold is the one
 * that scored best by cross-validation over the corpus's pages.
 */
import type { BlockFilterModel } from '../block-filter';

export const BLOCK_FILTER_MODEL: BlockFilterModel = {
  threshold: 0.4,
  weights: [0.4209, 1.977, -1.7151, -0.5712, 0.6612, 1.4624, 0.9795, 1.1814, 0.2287, 0.3529, -1.5599, 0.0647, -0.1469, 0.7172, 1.0367, -1.4362, -0.1909, -0.1693, 0.004, -0.5618, -0.605, 0.3611, 0.334, -0.5783, -0.4131, -2.3842, -1.4593, 0.1557, -1.1974, -0.2611, -0.6991, -0.2706, 0.0588, -0.1304, -0.748, 0, -1.6638, -0.6485, -0.2343, -0.8456, -1.6821],
};
