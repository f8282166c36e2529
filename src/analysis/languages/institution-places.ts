import type { Mention } from '../entities/types';

/**
 * An institution's noun right before a place the tagger found, joined by nothing or a linking word, is one
 * organisation with it ("Universität Wien", "Universität von Pennsylvania", "Raiffeisenbank Oberland"). `heads` are
 * the pack's nouns that its training data writes so (not "Amtsgericht", "Flughafen": those it writes as a word and a place).
 */
export function withInstitutionPlaces(text: string, mentions: readonly Mention[], heads: ReadonlySet<string>, links: ReadonlySet<string>): Mention[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    const before = /(?:^|[^\p{L}\p{N}-])(\p{Lu}[\p{L}-]*)\s+(?:(\p{Ll}+)\s+)?$/u.exec(text.slice(Math.max(0, m.start - 60), m.start));
    if (!before || !heads.has(before[1]!) || (before[2] !== undefined && !links.has(before[2]))) return m;
    const start = m.start - before[0].length + before[0].indexOf(before[1]!);
    return { start, end: m.end, text: text.slice(start, m.end), type: 'ORG' as const };
  });
}
