import { runScanner } from '../char-runs';
import { knownType } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { GAZETTEER_CLASSES, loadGazetteer } from './gazetteer';
import { isCompanyShortName } from './names';
import { addUncovered } from './mention-spans';
import type { Mention } from './types';

const COMMON_NAME_WORDS = (1 << GAZETTEER_CLASSES.indexOf('firstName')) | (1 << GAZETTEER_CLASSES.indexOf('place'));
const forEachWord = runScanner(/[\p{L}\p{N}]/u);

/**
 * "the Packard Motor Car Company commissioned two large Packard signs": a
 * company's first word, used alone later, names the company, though the tagger
 * does not see a name in it. Only for a word no list knows as anything else,
 * which the article never writes in lower case. One pass over the text's words.
 */
export function withCompanyShortNames(text: string, mentions: Mention[]): Mention[] {
  const candidates = new Set(
    mentions
      .filter((m) => m.type === 'ORG')
      .flatMap((m) => {
        const word = m.text.split(/\s+/u)[0]!;
        return isCompanyShortName(word, m.text) && /^\p{Lu}\p{Ll}{3,}$/u.test(word) ? [word] : [];
      })
      .filter((word) => !NAME_HEAD_TYPES.has(word.toLowerCase()) && knownType(word) === undefined && (loadGazetteer().wordMask(word.toLowerCase()) & COMMON_NAME_WORDS) === 0),
  );
  if (candidates.size === 0) return mentions;
  // Only a word as long as a candidate or its lower case can be either: the others are not read.
  const lengths = new Set([...candidates].flatMap((c) => [c.length, c.toLowerCase().length]));
  const writtenLower = new Set<string>();
  const occurrences: Mention[] = [];
  forEachWord(text, (start, end) => {
    if (!lengths.has(end - start)) return;
    const word = text.slice(start, end);
    if (candidates.has(word)) occurrences.push({ start, end, text: word, type: 'ORG' });
    else if (/^\p{Ll}/u.test(word)) writtenLower.add(word);
  });
  return addUncovered(mentions, occurrences.filter((o) => !writtenLower.has(o.text.toLowerCase())));
}

