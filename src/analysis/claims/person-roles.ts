import type { Mention } from '../entities/types';
import { PERSON_ROLE_NOUNS, ROLE_SYNONYMS } from './data/lexicons';
import { surnameOf } from './name-words';
import type { SourceRef } from './types';

/** The roles a person is known by in the article ("senator", "mayor"), by the surname they go by. */
export type RolesOf = (person: SourceRef) => ReadonlySet<string>;

/**
 * What the article says each person is: titles before a name ("Former Mayor Rudy Giuliani", "Sen. Roe"),
 * role words in it, and an apposition after it ("John Smith, the committee chairman,"), gathered over every
 * mention of the surname, so that "the senator" or "the judge" stands only for someone the article calls so.
 */
export function personRoles(text: string, mentions: readonly Mention[]): RolesOf {
  const bySurname = new Map<string, Set<string>>();
  const rolesAround = (person: { start: number; end: number; text: string }): Set<string> => {
    const found = new Set<string>();
    const add = (words: string) => {
      for (const w of words.toLowerCase().match(/\p{L}+/gu) ?? []) {
        const role = ROLE_SYNONYMS.get(w) ?? w;
        if (PERSON_ROLE_NOUNS.has(role) || ROLE_SYNONYMS.has(w)) found.add(role);
      }
    };
    // Up to three title words right before the name, on its line: "Senate Majority Leader", "former Mayor".
    add(/(?:[\p{L}.-]+\s+){0,3}$/u.exec(text.slice(Math.max(0, person.start - TITLE_CHARS), person.start).split(/[\n,;:“”"()]/u).pop() ?? '')?.[0] ?? '');
    add(person.text);
    // ", the committee chairman,", ", a Democratic senator from Ohio.": the apposition after the name.
    const apposition = /^,\s+(?:the|a|an|who is|now)\s+([^,.;\n“”"]{1,80})/u.exec(text.slice(person.end, person.end + APPOSITION_CHARS));
    if (apposition) add(apposition[1]!);
    return found;
  };
  for (const m of mentions) {
    if (m.type !== 'PER') continue;
    const surname = surnameOf(m.text);
    if (!surname) continue;
    const roles = bySurname.get(surname) ?? new Set<string>();
    for (const role of rolesAround(m)) roles.add(role);
    bySurname.set(surname, roles);
  }
  return (person) => {
    const own = rolesAround(person);
    for (const role of bySurname.get(surnameOf(person.text) ?? '') ?? []) own.add(role);
    return own;
  };
}

const TITLE_CHARS = 40;
const APPOSITION_CHARS = 90;
