import { knownType } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { PERSON_AFTER, PERSON_POSSESSIONS } from './data/person-cues';
import { GAZETTEER_CLASSES, loadGazetteer } from './gazetteer';
import { isAcronym, nameWords } from './names';
import type { Span } from '../../shared/schema';
import { spanIndexAt } from '../spans';
import type { Mention } from './types';

const PLACE_OR_ORGANISATION = (1 << GAZETTEER_CLASSES.indexOf('place')) | (1 << GAZETTEER_CLASSES.indexOf('organization'));

/**
 * "Blunt starred in …", "Seagal, who …", "LaBeouf's career": a lone surname
 * whose full name the article never writes looks to a tagger trained on Reuters
 * like a company. A capitalised word no list knows, written alone, becomes a
 * person's wherever the article writes it, when one of its mentions is followed
 * by what only a person does or has, or opens a sentence whose first pronoun is
 * a person's. So does a listed word that ends a person's full name in the article.
 */
export function withPersonEvidence(text: string, mentions: Mention[], sentences: readonly Span[]): Mention[] {
  const persons = new Set<string>();
  const surnames = surnamesOfFullNames(mentions);
  mentions.forEach((m, i) => {
    if (m.type === 'PER' || persons.has(m.text) || !(isLoneUnlistedWord(m.text) || surnames.has(m.text))) return;
    if (hasPersonCueAfter(text, m) || isSubjectOfPersonalPronoun(text, m, sentences) || isCoordinatedWithPerson(text, mentions, i)) persons.add(m.text);
  });
  return persons.size === 0 ? mentions : mentions.map((m) => (persons.has(m.text) ? { ...m, type: 'PER' } : m));
}

/** "Seagal said", "Rafferty's wife": what only a person does or has, right after the mention. */
export function hasPersonCueAfter(text: string, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 48);
  const possessed = POSSESSIVE.exec(after);
  return PERSON_AFTER_PATTERN.test(after) || (possessed !== null && PERSON_POSSESSIONS.has(possessed[1]!.toLowerCase()));
}

/**
 * "Valeska Paris" … "Paris claims she …": the last words of the article's full names of people. Such a word
 * may be a listed place ("Paris", "Houston"); with a person's evidence next to it, it is the person again.
 */
function surnamesOfFullNames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.type === 'PER' ? nameWords(m.text) : [];
    if (words.length > 1 && /^\p{Lu}\p{Ll}/u.test(words.at(-1)!)) surnames.add(words.at(-1)!);
  }
  return surnames;
}

/** "Brooks and Carson", "Kesha and Pebe": joined by "and" to a name the tagger read as a person's. */
function isCoordinatedWithPerson(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i]!;
  const previous = mentions[i - 1];
  const next = mentions[i + 1];
  return (previous?.type === 'PER' && text.slice(previous.end, m.start) === ' and ') || (next?.type === 'PER' && text.slice(m.end, next.start) === ' and ');
}

/**
 * "Seagal made headlines when he described …": the sentence opens with the
 * name, and the first pronoun after it is a person's, before any "it" or "they".
 */
function isSubjectOfPersonalPronoun(text: string, mention: Mention, sentences: readonly Span[]): boolean {
  const s = spanIndexAt(sentences, mention.start);
  if (s < 0 || text.slice(sentences[s]!.start, mention.start).trim() !== '') return false;
  const rest = text.slice(mention.end, Math.min(sentences[s]!.end, mention.end + 160));
  return FIRST_PRONOUN.exec(rest)?.[1] !== undefined;
}

const FIRST_PRONOUN = /\b(?:(he|she|his|her|him|himself|herself)|it|its|itself|they|their|them)\b/iu;

function isLoneUnlistedWord(name: string): boolean {
  const words = nameWords(name);
  if (words.length !== 1) return false;
  const word = words[0]!;
  return (
    /^\p{Lu}\p{Ll}/u.test(word) &&
    !isAcronym(word) &&
    !NAME_HEAD_TYPES.has(word.toLowerCase()) &&
    knownType(word) === undefined &&
    (loadGazetteer().wordMask(word.toLowerCase()) & PLACE_OR_ORGANISATION) === 0
  );
}

const POSSESSIVE = /^ ?['’]s\s+(?:\p{Ll}+\s+)?(\p{Ll}+)/u;
const PERSON_AFTER_PATTERN = new RegExp(`^,?\\s+(?:\\p{Ll}+ly\\s+)?(?:${PERSON_AFTER.join('|')})\\b`, 'u');
