import type { Span } from '../shared/schema';

/**
 * Look-ups in spans kept in text order that do not overlap (sentences, quotations,
 * mentions, words), by halves: every sentence or mention asks, so a scan would make
 * long articles quadratic.
 */

/** The index of the first span that ends after `offset`; `spans.length` when none does. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span that starts at or after `offset`; `spans.length` when none does. */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span holding `offset` (start ≤ offset < end), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  const i = firstEndingAfter(spans, offset);
  return i < spans.length && spans[i]!.start <= offset ? i : -1;
}
