import type { Mention } from '../entities/types';

/**
 * An adjective of a name-forming kind written with a capital inside a sentence is part of the name after it
 * (German "der Karnischen Alpen", "im Indischen Ozean", "des Bayerischen Rundfunks"): such a language writes
 * these adjectives small unless a name begins with them, and the tagger often starts the name after it. The
 * name keeps its type. `endings` are the pack's inflected adjective endings ("ische", "ischen" …).
 */
export function withNameAdjectives(text: string, mentions: readonly Mention[], endings: readonly string[]): Mention[] {
  const adjective = new RegExp(`(?:^|[^\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}+(?:${endings.join('|')}))\\s+$`, 'u');
  return mentions.map((m) => {
    const match = adjective.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!match) return m;
    const start = m.start - match[0].length + match[0].indexOf(match[1]!);
    // Only inside a sentence: a capital after a sentence's end says nothing.
    if (!/[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, start - 40), start))) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
