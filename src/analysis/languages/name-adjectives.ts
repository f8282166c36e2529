import type { Mention } from '../entities/types';

/**
 * An adjective in -isch written with a capital inside a sentence is part of the name after it ("der
 * Karnischen Alpen", "im Indischen Ozean", "des Bayerischen Rundfunks"): German writes such adjectives
 * small unless a name begins with them, and GermEval's training part writes all 51 of them before a
 * name inside it. The tagger often starts the name after it; the name keeps its type.
 */
export function withNameAdjectives(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    const match = /(?:^|[^\p{L}\p{N}-])(\p{Lu}\p{Ll}+isch(?:e|en|er|es|em))\s+$/u.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!match) return m;
    const start = m.start - match[0].length + match[0].indexOf(match[1]!);
    // Only inside a sentence: a capital after a sentence's end says nothing.
    if (!/[\p{L}\p{N},]\s+$/u.test(text.slice(Math.max(0, start - 40), start))) return m;
    return { ...m, start, text: text.slice(start, m.end) };
  });
}
