import type { Mention } from '../entities/types';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from './data/first-names';
import { PERSON_ROLE_NOUNS, SEXED_PRONOUNS, SEXED_TITLES, TITLE_ABBREVIATIONS } from './data/lexicons';
import { headWord, nameWords } from './name-words';
import type { SourceRef } from './types';

export type Sex = 'female' | 'male';

const FIRST_NAMES: ReadonlyMap<string, Sex> = new Map([
  ...FEMALE_FIRST_NAMES.split(' ').map((n) => [n, 'female'] as const),
  ...MALE_FIRST_NAMES.split(' ').map((n) => [n, 'male'] as const),
]);

/** A first name the lists hold for either sex: "Brad", "Ellen". */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word);
}

/** What a person's name and the title before it say of their sex; undefined when neither says. */
export type SexOf = (person: SourceRef) => Sex | undefined;

/**
 * The sex each person of an article is known by: a title before the name ("Mrs. Hicks"), a sexed role in it
 * ("Congresswoman Jane Roe"), a listed first name ("Ellen Fetter"), and for a surname alone ("Fetter") the
 * first name it had elsewhere in the article. Names listed for neither sex, or surnames two people share
 * with different first names, stay unknown: a pronoun then resolves as it would without this check.
 */
export function personSexes(text: string, mentions: readonly Mention[]): SexOf {
  const surnames = new Map<string, Sex | null>();
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const words = nameWords(m.text);
    if (words.length < 2) continue;
    const sex = ownSex(text, m.start, words);
    if (!sex) continue;
    const surname = words[words.length - 1]!;
    surnames.set(surname, surnames.has(surname) && surnames.get(surname) !== sex ? null : sex);
  }
  return (person) => {
    const words = nameWords(person.text);
    if (words.length === 0) return undefined;
    return ownSex(text, person.start, words) ?? surnames.get(words[words.length - 1]!) ?? undefined;
  };
}

/** Whether a pronoun or a sexed description can stand for the person: unknown on either side agrees. */
export function sexAgrees(description: SourceRef, person: SourceRef, sexOf: SexOf): boolean {
  const word = headWord(description.text);
  const wanted = SEXED_PRONOUNS.get(word) ?? SEXED_TITLES.get(word);
  if (!wanted) return true;
  const known = sexOf(person);
  return !known || known === wanted;
}

function ownSex(text: string, start: number, words: string[]): Sex | undefined {
  const before = /(\p{L}+)\.?\s*$/u.exec(text.slice(Math.max(0, start - 12), start))?.[1]?.toLowerCase();
  const titled = before !== undefined ? SEXED_TITLES.get(before) : undefined;
  if (titled) return titled;
  for (const word of words) {
    const lower = word.toLowerCase();
    const sexed = SEXED_TITLES.get(lower);
    if (sexed) return sexed;
    // "Senator", "Dr", "Prof": titles before the first name.
    if (PERSON_ROLE_NOUNS.has(lower) || TITLE_ABBREVIATIONS.has(lower)) continue;
    return FIRST_NAMES.get(word);
  }
  return undefined;
}
