/** The hand-written rules the learned filter was trained with, in a fixed order (its features name them so: `block-features.ts`). */
export const FEATURE_RULES = [
  'furniture-markup',
  'byline-markup',
  'link-list',
  'teaser-link',
  'label',
  'disclosure',
  'call-to-action',
  'posting-line',
  'end-label-line',
  'end-date-line',
  'end-byline',
  'end-notice',
  'end-bio',
  'nested-story',
  'furniture-box',
  'picture-credit',
] as const;

/**
 * Rules written after the filter was trained. A block a hand rule drops is never put to the filter, so
 * its features need not name the rule; the shipped weights stay valid without retraining.
 */
const LATER_RULES = ['site-credit', 'mixed-script'] as const;

/** The furniture pass's hand-written rules. */
export const PRUNE_RULES = [...FEATURE_RULES, ...LATER_RULES] as const;

export type HandRule = (typeof PRUNE_RULES)[number];

/** Which rule left a block out of the article: a hand-written one (the first that did), or the learned filter after them. */
export type PruneRule = HandRule | 'learned-filter';
