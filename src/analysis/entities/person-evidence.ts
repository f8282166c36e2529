import { CAPITAL_AHEAD, runScanner } from '../char-runs';
import { knownType } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { COUNTING_SUBJECTS, PERSON_AFTER, PERSON_POSSESSIONS } from './data/person-cues';
import { GAZETTEER_CLASSES, loadGazetteer } from './gazetteer';
import { isAcronym, isDemonym, nameWords } from './names';
import { LEADING_FUNCTION_WORDS } from './data/function-words';
import { MONTHS, WEEKDAYS } from './data/non-names';
import type { Span } from '../../shared/schema';
import { spanIndexAt } from '../spans';
import { addUncovered } from './mention-spans';
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
  mentions = withUntaggedPersons(text, mentions);
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

// `(?<!\w)` and `(?!\w)` for `\b`: under the i and u flags V8 runs `\b` a hundred times slower.
const FIRST_PRONOUN = /(?<!\w)(?:(he|she|his|her|him|himself|herself)|it|its|itself|they|their|them)(?!\w)/iu;

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

/** "Cloaking himself in …": a reflexive follows a verb as readily as its subject, so it is no cue for a word the tagger left out. */
const REFLEXIVES = new Set(['himself', 'herself']);

/**
 * A capitalised word, alone (no capitalised word or joiner right before it), and what follows it. The capital is
 * looked for first: the look-behind, tried at every position of the text, cost most of the search.
 */
const LONE_WORD = new RegExp(
  `${CAPITAL_AHEAD}(?<![\\p{L}\\p{N}'’&.-]|\\p{Lu}\\p{L}* |\\b(?:of|the|a|an) )(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?= ?,?\\s+(?:\\p{Ll}+ly\\s+)?(?:${PERSON_AFTER.filter((cue) => !REFLEXIVES.has(cue)).join('|')})\\b)`,
  'gu',
);

/**
 * "Blunt starred in …", "Seagal, whose grandmother …", "Barrie enrolled at …": a capitalised word the tagger left out,
 * followed by what only a person does or has, is a person, when no list knows it as anything else, it is no function
 * word ("Anyone who …") and not after "of" or an article ("Director of Intelligence who"), and the article never writes it small.
 */
function withUntaggedPersons(text: string, mentions: Mention[]): Mention[] {
  const candidates = new Set<string>();
  for (const match of text.matchAll(LONE_WORD)) {
    const start = match.index!;
    const end = start + match[1]!.length;
    if (!mentions.some((m) => m.start < end && start < m.end) && isUnlistedName(match[1]!)) candidates.add(match[1]!);
  }
  if (candidates.size === 0) return mentions;
  const small = writtenSmall(text, candidates);
  const names = [...candidates].filter((word) => !small.has(word));
  if (names.length === 0) return mentions;
  // The person's other mentions: every time the article writes the word alone ("Blunt began filming").
  const occurrences = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}'’&.-])(?:${names.join('|')})(?![\\p{L}\\p{N}&-])`, 'gu'))].map(
    (match): Mention => ({ start: match.index!, end: match.index! + match[0].length, text: match[0], type: 'PER' }),
  );
  return addUncovered(mentions, occurrences);
}

function isUnlistedName(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    !LEADING_FUNCTION_WORDS.has(lower) &&
    !COUNTING_SUBJECTS.has(lower) &&
    !NAME_HEAD_TYPES.has(lower) &&
    !isDemonym(word) &&
    !WEEKDAYS.has(lower) &&
    !MONTHS.has(lower) &&
    (knownType(word) ?? 'PER') === 'PER' &&
    (loadGazetteer().wordMask(lower) & PLACE_OR_ORGANISATION) === 0
  );
}

const forEachLetterRun = runScanner(/\p{L}/u);
const LEADING_LETTERS = /^\p{L}*/u;
const LETTER = /\p{L}/uy;

/**
 * The words whose small form ("blunt", "smith-jones") the text writes with no letter on either side: one pass
 * over the text's runs of letters. Such a form starts with a whole run (its letters up to its first other
 * character, "smith" of "smith-jones"), so only runs as long as one are read.
 */
function writtenSmall(text: string, words: Iterable<string>): Set<string> {
  const byLead = new Map<string, { word: string; lower: string }[]>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const lead = LEADING_LETTERS.exec(lower)![0];
    byLead.set(lead, [...(byLead.get(lead) ?? []), { word, lower }]);
  }
  const lengths = new Set([...byLead.keys()].map((lead) => lead.length));
  const found = new Set<string>();
  forEachLetterRun(text, (start, end) => {
    if (!lengths.has(end - start)) return;
    for (const { word, lower } of byLead.get(text.slice(start, end)) ?? []) {
      LETTER.lastIndex = start + lower.length;
      if (text.startsWith(lower, start) && !LETTER.test(text)) found.add(word);
    }
  });
  return found;
}
