import { CAPITAL_AHEAD } from '../char-runs';
import type { Mention } from '../entities/types';

/** What tells a person's name before a particle: the names a first name may be. */
export interface ParticleNameLists {
  firstNames: ReadonlySet<string>;
  /** Particles as written, lower case ("von der", "van"). */
  particles: readonly string[];
  /** Particles that are also everyday prepositions ("zu"): only a tagged family name follows them in a name. */
  prepositionParticles: readonly string[];
}

/**
 * A person's name that runs on over a particle ("Ursula von der Leyen", "Karl-Theodor zu
 * Guttenberg"): the tagger often stops at the particle or reads the family name as a place.
 * The name before it is a person the tagger found, or a listed first name (a double one too);
 * after it comes one capitalised word the tagger left alone or read as a person or place (an
 * organisation after "von der" is where the person works: "Merkel von der CDU"). A tagged person
 * before "von" and a common noun ("Müller von der Polizei") is not joined: only a first name alone vouches for that.
 */
export function withNameParticles(text: string, mentions: readonly Mention[], lists: ParticleNameLists): Mention[] {
  const particles = [...lists.particles, ...lists.prepositionParticles].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /gu, '\\s+')).join('|');
  const pattern = new RegExp(`${CAPITAL_AHEAD}(\\p{Lu}\\p{L}*(?:-\\p{Lu}\\p{L}*)*)\\s+(${particles})\\s+(\\p{Lu}[\\p{L}’'-]*\\p{L})(?![\\p{L}\\p{N}-])`, 'gu');
  const out = [...mentions];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (/[\p{L}\p{N}-]/u.test(text[start - 1] ?? ' ')) continue;
    const lastStart = end - match[3]!.length;
    const overlapping = out.filter((m) => m.start < end && start < m.end);
    const before = overlapping.find((m) => m.start <= start && start < m.end);
    const after = overlapping.find((m) => m.start < end && lastStart < m.end && m !== before);
    const firstName = match[1]!.split('-').every((part) => lists.firstNames.has(part));
    const person = before?.type === 'PER' && before.end <= lastStart;
    if (!firstName && !person) continue;
    if (before && (before.type !== 'PER' || before.end >= end)) continue;
    if (after && (after.type === 'ORG' || after.type === 'MISC' || after.end > end)) continue;
    // A tagged person and an untagged capitalised word may be a person and a common noun; a first name (with the particle) may not.
    if (!after && (!firstName || lists.prepositionParticles.includes(match[2]!.toLowerCase()))) continue;
    const from = Math.min(start, before?.start ?? start);
    for (const m of overlapping) out.splice(out.indexOf(m), 1);
    out.push({ start: from, end, text: text.slice(from, end), type: 'PER' });
  }
  return out.sort((a, b) => a.start - b.start);
}
