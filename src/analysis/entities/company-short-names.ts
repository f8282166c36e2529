import { knownType } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { GAZETTEER_CLASSES, loadGazetteer } from './gazetteer';
import { isCompanyShortName } from './names';
import type { Mention } from './types';

const COMMON_NAME_WORDS = (1 << GAZETTEER_CLASSES.indexOf('firstName')) | (1 << GAZETTEER_CLASSES.indexOf('place'));

/**
 * "the Packard Motor Car Company commissioned two large Packard signs": a
 * company's first word, used alone later, names the company, though the tagger
 * does not see a name in it. Only for a word no list knows as anything else,
 * which the article never writes in lower case.
 */
export function withCompanyShortNames(text: string, mentions: Mention[]): Mention[] {
  const shortNames = new Set(
    mentions
      .filter((m) => m.type === 'ORG')
      .map((m) => m.text.split(/\s+/u)[0]!)
      .filter((word) => mentions.some((m) => m.type === 'ORG' && isCompanyShortName(word, m.text)))
      .filter((word) => /^\p{Lu}\p{Ll}{3,}$/u.test(word) && !NAME_HEAD_TYPES.has(word.toLowerCase()) && knownType(word) === undefined)
      .filter((word) => (loadGazetteer().wordMask(word.toLowerCase()) & COMMON_NAME_WORDS) === 0 && !new RegExp(`\\b${word.toLowerCase()}\\b`, 'u').test(text)),
  );
  if (shortNames.size === 0) return mentions;
  const added: Mention[] = [];
  for (const word of shortNames) {
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = match.index!;
      const end = start + word.length;
      if (!mentions.some((m) => m.start < end && start < m.end)) added.push({ start, end, text: word, type: 'ORG' });
    }
  }
  return added.length === 0 ? mentions : [...mentions, ...added].sort((a, b) => a.start - b.start);
}
