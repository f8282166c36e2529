import type { Mention } from './types';

/**
 * Mentions in reading order with `added` in place of every mention they
 * overlap. One sweep over both lists (sorted by start, `added` not overlapping
 * each other), so that a page with thousands of names stays linear.
 */
export function replaceOverlapped(mentions: readonly Mention[], added: readonly Mention[]): Mention[] {
  if (added.length === 0) return [...mentions];
  const sortedAdded = [...added].sort((a, b) => a.start - b.start);
  return [...notOverlapping(mentions, sortedAdded), ...sortedAdded].sort((a, b) => a.start - b.start);
}

/** Occurrences (in reading order) that no mention covers, merged into the mentions (sorted by start) in reading order. */
export function addUncovered(mentions: Mention[], occurrences: readonly Mention[]): Mention[] {
  const added = notOverlapping(occurrences, mentions);
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The spans of `spans` (in reading order) that overlap none of `others` (sorted by start, not overlapping each other): one sweep. */
function notOverlapping(spans: readonly Mention[], others: readonly Mention[]): Mention[] {
  const kept: Mention[] = [];
  let k = 0;
  for (const span of spans) {
    while (k < others.length && others[k]!.end <= span.start) k++;
    if (k < others.length && others[k]!.start < span.end) continue;
    kept.push(span);
  }
  return kept;
}
