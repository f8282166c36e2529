import { handleKeyOf, isHandleOf, keysOfHandle } from './names';
import { replaceOverlapped } from './mention-spans';
import type { Mention } from './types';

const HANDLE = /(?<![\p{L}\p{N}_@.])@([\p{L}\p{N}_]{3,30})(?![\p{L}\p{N}_@])/gu;

/**
 * A social media handle built from a name found in the article ("Follow him:
 * @NelsonSchwartz") is a mention of that name's entity; other handles are left alone.
 */
export function withHandles(text: string, mentions: Mention[]): Mention[] {
  // Most articles hold no handle: then no mention's handle key is worth making.
  if (!text.includes('@')) return mentions;
  const added: Mention[] = [];
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = m.type === 'LOC' ? undefined : handleKeyOf(m.text, m.type);
    if (key) (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(m);
  }
  for (const match of text.matchAll(HANDLE)) {
    const start = match.index!;
    const end = start + match[0].length;
    // The tagger may have read the handle's words as names of their own ("Uber", "Sydney"): the handle replaces them.
    const named = keysOfHandle(match[0])
      .flatMap((key) => byKey.get(key) ?? [])
      .find((m) => (m.end <= start || m.start >= end) && isHandleOf(match[0], m.text, m.type));
    if (named) added.push({ start, end, text: match[0], type: named.type });
  }
  return added.length === 0 ? mentions : replaceOverlapped(mentions, added);
}
