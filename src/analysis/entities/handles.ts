import { isHandleOf } from './names';
import type { Mention } from './types';

const HANDLE = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_]{3,30})(?![\p{L}\p{N}_@])/gu;

/**
 * A social media handle built from a name found in the article ("Follow him:
 * @NelsonSchwartz") is a mention of that name's entity; other handles are left alone.
 */
export function withHandles(text: string, mentions: Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const match of text.matchAll(HANDLE)) {
    const start = match.index!;
    const end = start + match[0].length;
    // The tagger may have read the handle's words as names of their own ("Uber", "Sydney"): the handle replaces them.
    const named = mentions.find((m) => (m.end <= start || m.start >= end) && m.type !== 'LOC' && isHandleOf(match[0], m.text, m.type));
    if (named) added.push({ start, end, text: match[0], type: named.type });
  }
  if (added.length === 0) return mentions;
  const kept = mentions.filter((m) => !added.some((a) => a.start <= m.start && m.end <= a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
