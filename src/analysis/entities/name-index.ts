import type { KnownEntity } from '../knowledge';
import type { MentionGroup } from './merge';
import { initials, nameKey, nameWords } from './names';
import { SequenceHash } from './sequence-hash';
import type { Mention } from './types';

export const CORPORATE_SUFFIXES = new Set(['group', 'inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'plc', 'llc', 'holdings', 'ag', 'sa', 'gmbh']);

/** Words that say "of this country's state" before a name: "U.S. Flag Code" and "Federal Flag Code" are one code. */

/** Keys shorter than this are too short to tell a typo from another name. */
export const TYPO_MIN_LENGTH = 10;

/** A mention already grouped, with its group's place in reading order and where the same name was last written. */
export interface Entry {
  rank: number;
  group: MentionGroup;
  mention: Mention;
  lastStart: number;
}

interface KeyEntry {
  rank: number;
  group: MentionGroup;
  key: string;
}

type Lists<K, V = Entry> = Map<K, V[]>;

function push<K, V>(lists: Lists<K, V>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}

/**
 * The grouped mentions filed under what a later mention may share with them: a
 * word, the initials, a pair of neighbouring words, the whole name, the shorter
 * forms a name may take, one-letter deletions of its key. Merging asks only the
 * mentions filed under the new mention's own parts, so a page of thousands of
 * distinct names costs time in proportion to its length; every candidate is
 * still tested by the merge rule itself, so the groups are those of comparing
 * with every earlier mention. A name said again is filed once: its mentions all
 * share one group (`groupMentions` joins equal keys first).
 */
export class NameIndex {
  private readonly ranks = new Map<MentionGroup, number>();
  private readonly filed = new Map<string, Entry>();
  private readonly all: Entry[] = [];
  private readonly byEnd: Lists<number> = new Map();
  private readonly byEntry = new Map<KnownEntity, Entry>();
  private readonly byInitials: Lists<string> = new Map();
  private readonly singleWords: Lists<string> = new Map();
  private readonly personLastWords: Lists<string> = new Map();
  private readonly personWords: Lists<string> = new Map();
  private readonly companyFirstWords: Lists<string> = new Map();
  private readonly wholeNames: Lists<number> = new Map();
  private readonly wordPairs: Lists<number> = new Map();
  private readonly shorterForms: Lists<number> = new Map();
  private readonly keys: Lists<number, KeyEntry> = new Map();
  private readonly keyDeletions: Lists<number, KeyEntry> = new Map();

  addGroup(group: MentionGroup): number {
    const rank = this.ranks.size;
    this.ranks.set(group, rank);
    return rank;
  }

  rankOf(group: MentionGroup): number {
    return this.ranks.get(group)!;
  }

  addMention(mention: Mention, rank: number, group: MentionGroup, entry: KnownEntity | undefined): void {
    const filed: Entry = { rank, group, mention, lastStart: mention.start };
    push(this.byEnd, mention.end, filed);
    if (entry && (this.byEntry.get(entry)?.rank ?? -1) < rank) this.byEntry.set(entry, filed);
    const name = `${mention.type}\u0000${mention.text}`;
    const earlier = this.filed.get(name);
    if (earlier) {
      earlier.lastStart = mention.start;
      return;
    }
    this.filed.set(name, filed);
    this.all.push(filed);
    const words = nameWords(mention.text);
    const n = words.length;
    if (n === 1) push(this.singleWords, words[0]!, filed);
    if (n < 2) return;
    const hash = sequenceOf(words);
    push(this.byInitials, initials(mention.text), filed);
    push(this.wholeNames, hash.slice(0, n), filed);
    for (const pair of new Set(Array.from({ length: n - 1 }, (_, i) => hash.slice(i, i + 2)))) push(this.wordPairs, pair, filed);
    if (mention.type === 'PER') {
      push(this.personLastWords, words.at(-1)!, filed);
      for (const word of new Set(words)) push(this.personWords, word, filed);
    }
    if (n >= 3 && mention.type === 'ORG') push(this.companyFirstWords, words[0]!, filed);
    for (const form of shorterFormsOf(words, hash)) push(this.shorterForms, form, filed);
  }

  /** Files a group's key by itself and by each one-letter deletion, for typos. */
  addKey(key: string, rank: number, group: MentionGroup): void {
    if (key.length < TYPO_MIN_LENGTH) return;
    const filed: KeyEntry = { rank, group, key };
    const hash = SequenceHash.ofCharacters(key);
    push(this.keys, hash.slice(0, key.length), filed);
    // A run of one letter ("llll") gives one deletion for all its places: filed once.
    for (let i = 0; i < key.length; i++) if (i === 0 || key[i] !== key[i - 1]) push(this.keyDeletions, hash.without(i), filed);
  }

  lastWithEntry(entry: KnownEntity): MentionGroup | undefined {
    return this.byEntry.get(entry)?.group;
  }

  endingAt(end: number): readonly Entry[] | undefined {
    return this.byEnd.get(end);
  }

  withInitials(letters: string): readonly Entry[] | undefined {
    return this.byInitials.get(letters);
  }

  personsEndingWith(word: string): readonly Entry[] | undefined {
    return this.personLastWords.get(word);
  }

  personsWith(word: string): readonly Entry[] | undefined {
    return this.personWords.get(word);
  }

  /**
   * Mentions a person's name of several words may be part of or contain: one
   * word it starts or ends with, a name it ends with, a name holding its words in
   * a run (found under its rarest pair of words).
   */
  partsOf(words: readonly string[]): Array<readonly Entry[] | undefined> {
    const n = words.length;
    if (n === 0) return [this.all];
    const hash = sequenceOf(words);
    const lists: Array<readonly Entry[] | undefined> = [this.singleWords.get(words[0]!), this.singleWords.get(words.at(-1)!)];
    for (let k = 2; k < n; k++) lists.push(this.wholeNames.get(hash.slice(n - k, n)));
    let rarest: readonly Entry[] | undefined;
    for (let i = 0; i + 1 < n; i++) {
      const pair = this.wordPairs.get(hash.slice(i, i + 2));
      if (!pair) return lists;
      if (!rarest || pair.length < rarest.length) rarest = pair;
    }
    lists.push(rarest);
    return lists;
  }

  /** Mentions whose shorter forms (see `shorterFormsOf`) include this name, or whose first word it is. */
  longerFormsOf(words: readonly string[]): Array<readonly Entry[] | undefined> {
    const n = words.length;
    if (n === 0) return [this.all];
    return [n === 1 ? this.companyFirstWords.get(words[0]!) : undefined, this.shorterForms.get(sequenceOf(words).slice(0, n))];
  }

  /** The group made first with a key of typo length that passes the test, among keys one deletion, insertion, change or swap away. */
  firstKeyWithin(key: string, test: (other: string) => boolean): MentionGroup | undefined {
    const hash = SequenceHash.ofCharacters(key);
    const lists = [this.keyDeletions.get(hash.slice(0, key.length))];
    for (let i = 0; i < key.length; i++) {
      if (i > 0 && key[i] === key[i - 1]) continue;
      const deletion = hash.without(i);
      lists.push(this.keys.get(deletion), this.keyDeletions.get(deletion));
    }
    let best: KeyEntry | undefined;
    for (const list of lists) {
      for (const e of list ?? []) if ((!best || e.rank < best.rank) && test(e.key)) best = e;
    }
    return best?.group;
  }
}

/** Of the mentions in the lists that pass the test, the group made last. */
export function lastGroup(lists: Iterable<readonly Entry[] | undefined>, test: (m: Mention) => boolean): MentionGroup | undefined {
  let best: Entry | undefined;
  for (const list of lists) {
    for (const e of list ?? []) if ((!best || e.rank > best.rank) && test(e.mention)) best = e;
  }
  return best?.group;
}

/** Of the mentions in the lists that pass the test, the group of the one written last. */
export function nearestGroup(lists: Iterable<readonly Entry[] | undefined>, test: (m: Mention) => boolean): MentionGroup | undefined {
  let best: Entry | undefined;
  for (const list of lists) {
    for (const e of list ?? []) if ((!best || e.lastStart > best.lastStart) && test(e.mention)) best = e;
  }
  return best?.group;
}

/** Of the mentions in the lists that pass the test, the group made first. */
export function firstGroup(lists: Iterable<readonly Entry[] | undefined>, test: (m: Mention) => boolean): MentionGroup | undefined {
  let best: Entry | undefined;
  for (const list of lists) {
    for (const e of list ?? []) if ((!best || e.rank < best.rank) && test(e.mention)) best = e;
  }
  return best?.group;
}

/**
 * The hashes of the shorter names a longer one may be written as: without a
 * leading "Department of", a proper ending of two words or more ("Communist
 * Party"), turned about its "of" ("Protection Department"), or without trailing
 * corporate words ("Alibaba").
 */
function shorterFormsOf(words: readonly string[], hash: SequenceHash): Set<number> {
  const n = words.length;
  const forms = new Set<number>();
  const of = nameKey(words[1]!) === 'of';
  if (n >= 3 && of) forms.add(hash.slice(2, n));
  for (let k = 2; k < n; k++) forms.add(hash.slice(n - k, n));
  if (of) forms.add(hash.rotated(2, 1));
  let kept = n;
  while (kept > 1 && CORPORATE_SUFFIXES.has(nameKey(words[kept - 1]!))) forms.add(hash.slice(0, --kept));
  return forms;
}

const sequences = new WeakMap<readonly string[], SequenceHash>();

/** The hash of a name's words by their keys ("Mr." and case aside), kept per shared word array. */
function sequenceOf(words: readonly string[]): SequenceHash {
  let hash = sequences.get(words);
  if (!hash) {
    hash = SequenceHash.ofElements(words.map((w) => nameKey(w)));
    sequences.set(words, hash);
  }
  return hash;
}

