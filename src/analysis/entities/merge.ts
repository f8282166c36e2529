import { boundedMemo } from '../bounded-memo';
import { describeKnown, type KnownEntity, knownType } from '../knowledge';
import { ALIAS_GROUPS } from './data/aliases';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { isListedAs } from './gazetteer';
import { handleKeyOf, initials, isAcronym, isCompanyShortName, isDemonym, isHandleOf, keysOfHandle, nameKey, nameWords } from './names';
import { CORPORATE_SUFFIXES, firstGroup, lastGroup, NameIndex, nearestGroup, TYPO_MIN_LENGTH } from './name-index';
import type { Mention } from './types';

/** Mentions that name one thing, before it gets an id, a type and a context. */
export interface MentionGroup {
  mentions: Mention[];
  keys: Set<string>;
}

const ALIAS_OF = new Map<string, readonly string[]>(ALIAS_GROUPS.flatMap((group) => group.map((key) => [key, group] as const)));

/**
 * Groups mentions into entities, in reading order. A mention joins an entity when
 * it is the same name up to case, spacing, hyphens and possessive; a known alias
 * ("U.S." = "United States"); an acronym of it, or one given in parentheses after
 * it; a part of a person's name ("Lei" → "Lei Jun"); the name without a leading
 * nationality or place ("Communist Party") or a trailing "Group"/"Inc"; or a
 * one-letter typo of a long name. A name followed by other words ("Tesla AI Day",
 * "China Construction Bank") is a different thing and never joins. Each rule
 * tests only the earlier mentions filed under the new one's words or forms (see
 * `NameIndex`), and picks the group made last (or first) among those that pass,
 * as if it had compared with every earlier group: time stays linear in the page.
 */
export function groupMentions(text: string, mentions: readonly Mention[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byKey = new Map<string, MentionGroup>();
  const byHandleKey = new Map<string, MentionGroup>();
  const index = new NameIndex();
  // A headline's "im DTB" before the body's "Der Deutsche Turner-Bund (DTB)": the acronym's group joins the name's,
  // but not a person's ("Sarah Kudla (SCC)" names her club).
  const joined = new Map<MentionGroup, MentionGroup>();
  const ordered = mentions.filter((m) => !isDemonym(m.text)).sort((a, b) => a.start - b.start);
  for (const mention of ordered) {
    const key = nameKey(mention.text);
    const earlier = byKey.get(key);
    const defined = earlier && parentheticalOf(text, mention, index);
    if (earlier && defined && defined !== earlier && earlier.mentions.every((m) => nameKey(m.text) === key) && defined.mentions.every((m) => m.type !== 'PER')) {
      joined.set(earlier, defined);
    }
    const group =
      byKey.get(key) ??
      aliasOf(key, byKey) ??
      sameKnownEntry(mention, index) ??
      parentheticalOf(text, mention, index) ??
      acronymOf(mention, index) ??
      handleOf(mention, byHandleKey) ??
      personPartOf(mention, index) ??
      shorterFormOf(mention, index, byKey) ??
      typoOf(key, index);
    const target = group ?? { mentions: [], keys: new Set<string>() };
    if (!group) groups.push(target);
    const rank = group ? index.rankOf(group) : index.addGroup(target);
    target.mentions.push(mention);
    if (!byKey.has(key)) index.addKey(key, rank, target);
    target.keys.add(key);
    byKey.set(key, target);
    index.addMention(mention, rank, target, knownEntry(mention.text));
    const handleKey = mention.type === 'LOC' ? undefined : handleKeyOf(mention.text, mention.type);
    if (handleKey) byHandleKey.set(handleKey, target);
  }
  for (const [acronym, defined] of joined) {
    let name = defined;
    for (let hops = 0; joined.has(name) && hops < joined.size; hops++) name = joined.get(name)!;
    name.mentions.push(...acronym.mentions);
    name.mentions.sort((a, b) => a.start - b.start);
    for (const key of acronym.keys) name.keys.add(key);
  }
  return groups.filter((group) => !joined.has(group));
}

function aliasOf(key: string, byKey: Map<string, MentionGroup>): MentionGroup | undefined {
  for (const alias of ALIAS_OF.get(key) ?? []) {
    const group = byKey.get(alias);
    if (group) return group;
  }
  return undefined;
}

/** "Obamacare" after "Affordable Care Act", "the Fed" after "Federal Reserve": two names of one gazetteer entry. */
function sameKnownEntry(mention: Mention, index: NameIndex): MentionGroup | undefined {
  const entry = knownEntry(mention.text);
  return entry ? index.lastWithEntry(entry) : undefined;
}

/** Per name, as merging asks about the same mentions again and again; null for none. */
const entryOf = boundedMemo((text): KnownEntity | null => describeKnown(nameWords(text).join(' ')) ?? null, 4096);

/**
 * The gazetteer entry a name has, even one too ambiguous to retype by ("Fed"):
 * merging needs another of its names in the article too.
 */
function knownEntry(text: string): KnownEntity | undefined {
  return entryOf(text) ?? undefined;
}

/** "Chinese Communist Party’s (CCP)": an acronym in parentheses right after a name. */
function parentheticalOf(text: string, mention: Mention, index: NameIndex): MentionGroup | undefined {
  if (!isAcronym(mention.text) || text[mention.end] !== ')') return undefined;
  const before = /(\S)(?:['’]s)?\s*\($/u.exec(text.slice(Math.max(0, mention.start - 6), mention.start));
  if (!before) return undefined;
  const nameEnd = mention.start - before[0].length + 1;
  // "SAN FRANCISCO (AP)": a dateline's agency is no acronym of the place; an acronym starts as its name does.
  const first = mention.text[0]!.toLowerCase();
  return firstGroup([index.endingAt(nameEnd)], (m) => m.end === nameEnd && m.text[0]!.toLowerCase() === first);
}

/** "@NelsonSchwartz" after "Nelson D. Schwartz": looked up by the handle's letters, as the page may hold thousands. */
function handleOf(mention: Mention, byHandleKey: Map<string, MentionGroup>): MentionGroup | undefined {
  if (!mention.text.startsWith('@')) return undefined;
  for (const key of keysOfHandle(mention.text)) {
    const group = byHandleKey.get(key);
    if (group?.mentions.some((m) => isHandleOf(mention.text, m.text, m.type))) return group;
  }
  return undefined;
}

function acronymOf(mention: Mention, index: NameIndex): MentionGroup | undefined {
  if (!isAcronym(mention.text)) return undefined;
  const letters = mention.text.replace(/\./gu, '');
  return lastGroup([index.withInitials(letters)], (m) => nameWords(m.text).length >= 2 && initials(m.text) === letters);
}

/** "Lei" after "Lei Jun", "Netanyahu" after "Benjamin Netanyahu", "Elon Musk" after "Musk" or "Fiona Parry" after "Fiona". */
function personPartOf(mention: Mention, index: NameIndex): MentionGroup | undefined {
  if (isAcronym(mention.text)) return undefined;
  const words = nameWords(mention.text);
  // A place's name joins no person; a lone word no list knows as a place may be a surname the tagger read as one ("in Arafat's legacy").
  if (mention.type === 'LOC' && (words.length !== 1 || !mayBeSurname(words[0]!))) return undefined;
  if (words.length === 1) {
    const [word] = words;
    // "Prince of Wales", "Duke of Cornwall": a title of a place has no surname; "Wales" alone is the place.
    const isPerson = (m: Mention) => m.type === 'PER' && nameWords(m.text).length > 1 && !nameWords(m.text).includes('of');
    // A surname before a first name: "Claude" after "Georges Claude" and "Claude Debussy" is Georges Claude. Of a family
    // ("John Gille", "Sarah Gille", "Ellen Gille"), the surname alone is the one named last.
    return nearestGroup([index.personsEndingWith(word!)], (m) => isPerson(m) && nameWords(m.text).at(-1) === word) ?? lastGroup([index.personsWith(word!)], (m) => isPerson(m) && nameWords(m.text).includes(word!));
  }
  if (mention.type !== 'PER') return undefined;
  // A headline's bare surname ("Zuckerberg") may come first, mistyped; the full name later claims it.
  const group = lastGroup(index.partsOf(words), (m) => {
    const other = nameWords(m.text);
    // "Musk" … "Elon Musk"; "Fiona" … "Fiona Parry" when "Fiona" is a known first name (not "Yahoo" … "Yahoo Japan").
    if (other.length === 1) return (m.type === 'PER' || mayBeSurname(other[0]!)) && (words.at(-1) === other[0] || (words[0] === other[0] && isFirstName(other[0]!)));
    // "de Blasio" … "Bill de Blasio": an earlier surname of several words.
    if (other.length < words.length) return (m.type === 'PER' || other.every((w) => mayBeSurname(w))) && sameWords(words.slice(-other.length), other);
    return containsRun(other, words);
  });
  // "Mark Walker" after "Mark Meadows" and a lone "Mark", "Scott Meadows" after "Debbie Meadows" and a lone "Meadows":
  // the shared word joined them, but two full names that differ in first name or surname are two people.
  return group?.mentions.every((m) => m.type !== 'PER' || nameWords(m.text).length < 2 || sameFullName(nameWords(m.text), words)) ? group : undefined;
}

/** "Hillary Clinton" and "Hillary Rodham Clinton", "J. Smith" and "John Smith", "Henrik P" and "Henrik Pelto": one person's full name, written out more or less. */
function sameFullName(a: readonly string[], b: readonly string[]): boolean {
  return containsRun(a, b) || containsRun(b, a) || (sameOrInitial(a[0]!, b[0]!) && sameOrInitial(a.at(-1)!, b.at(-1)!));
}

const INITIAL = /^\p{Lu}\.?$/u;

function sameOrInitial(word: string, other: string): boolean {
  return word === other || (INITIAL.test(word) && other.startsWith(word[0]!)) || (INITIAL.test(other) && word.startsWith(other[0]!));
}

/** "Communist Party" after "Chinese Communist Party"; "Alibaba" after "Alibaba Group". */
function shorterFormOf(mention: Mention, index: NameIndex, byKey: Map<string, MentionGroup>): MentionGroup | undefined {
  const words = nameWords(mention.text);
  return lastGroup(index.longerFormsOf(words), (m) => {
    const longer = nameWords(m.text);
    if (longer.length <= words.length) return false;
    // "Packard" after "Packard Motor Car Company".
    if (words.length === 1 && m.type === 'ORG' && mention.type !== 'LOC' && isCompanyShortName(words[0]!, m.text)) return true;
    const dropped = longer.length - words.length;
    // "Environmental Protection" for "Department of Environmental Protection".
    if (longer.length === words.length + 2 && nameKey(longer[1]!) === 'of' && NAME_HEAD_TYPES.get(nameKey(longer[0]!)) === 'ORG' && sameWords(longer.slice(2), words)) return true;
    if (words.length >= 2 && sameWords(longer.slice(dropped), words)) {
      const prefix = longer.slice(0, dropped).join(' ');
      // "Vision Pro" after "Apple Vision Pro", "One X" after "Xbox One X": a product without its brand.
      // "Tax Policy Center" after "Urban-Brookings Tax Policy Center": an organisation's name without its qualifier.
      const headed = m.type === 'ORG' && NAME_HEAD_TYPES.get(nameKey(words.at(-1)!)) === 'ORG';
      return isDemonym(prefix) || byKey.get(nameKey(prefix))?.mentions.some((p) => p.type === 'LOC') === true || m.type === 'MISC' || headed || knownType(prefix) !== undefined;
    }
    // "Environmental Protection Department" for "Department of Environmental Protection".
    if (longer.length === words.length + 1 && nameKey(longer[1]!) === 'of' && sameWords([...longer.slice(2), longer[0]!], words)) return true;
    return sameWords(longer.slice(0, words.length), words) && longer.slice(words.length).every((w) => CORPORATE_SUFFIXES.has(nameKey(w)));
  });
}

/** "West Merica Police" for "West Mercia Police": one edit apart, in a name long enough to tell. */
function typoOf(key: string, index: NameIndex): MentionGroup | undefined {
  if (key.length < TYPO_MIN_LENGTH) return undefined;
  return index.firstKeyWithin(key, (other) => withinOneEdit(key, other));
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => nameKey(w) === nameKey(b[i]!));
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (sameWords(haystack.slice(i, i + needle.length), needle)) return true;
  }
  return false;
}

/** Levenshtein distance ≤ 1, counting a swap of neighbours as one edit. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A lone capitalised word that may be a surname whatever the tagger said: no list calls it a place, company or thing. */
function mayBeSurname(word: string): boolean {
  const known = knownType(word);
  return !isListedAs(word, 'place') && (known === undefined || known === 'PER');
}

function isFirstName(word: string): boolean {
  return isListedAs(word, 'firstName');
}
