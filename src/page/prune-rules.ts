/** The furniture pass's hand-written rules, in a fixed order (the learned filter's features name them so). */
export const PRUNE_RULES = [
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

export type HandRule = (typeof PRUNE_RULES)[number];

/** Which rule left a block out of the article: a hand-written one (the first that did), or the learned filter after them. */
export type PruneRule = HandRule | 'learned-filter';
