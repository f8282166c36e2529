import type { Mention } from './types';

/**
 * Mentions in reading order with `added` in place of every mention they
 * overlap. One sweep over both lists (sorted by start, `added` not overlapping
 * each other), so that a page with thousands of names stays linear.
 */
export function replaceOverlapped(mentions: readonly Mention[], added: readonly Mention[]): Mention[] {
  if (added.length === 0) return [...mentions];
  const sortedAdded = [...added].sort((a, b) => a.start - b.start);
  const kept: Mention[] = [];
  let k = 0;
  for (const mention of mentions) {
    while (k < sortedAdded.length && sortedAdded[k]!.end <= mention.start) k++;
    if (k < sortedAdded.length && sortedAdded[k]!.start < mention.end) continue;
    kept.push(mention);
  }
  return [...kept, ...sortedAdded].sort((a, b) => a.start - b.start);
}

/** Occurrences (in reading order) that no mention covers, merged into the mentions (sorted by start) in reading order. */
export function addUncovered(mentions: Mention[], occurrences: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  let j = 0;
  for (const occurrence of occurrences) {
    while (j < mentions.length && mentions[j]!.end <= occurrence.start) j++;
    if (j < mentions.length && mentions[j]!.start < occurrence.end) continue;
    added.push(occurrence);
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
