import { GAZETTEER_LISTS } from './data/gazetteer';

/** Name lists the tagger sees as features, in bit order. */
export const GAZETTEER_CLASSES = ['firstName', 'lastName', 'place', 'organization', 'demonym', 'title'] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

export interface Phrase {
  words: string[];
  cls: number;
}

/**
 * Lower-case name lists: one-word entries as a bit mask per word, longer ones
 * ("new york", "procter & gamble") matched as phrases over a sentence.
 */
export class Gazetteer {
  private readonly words = new Map<string, number>();
  private readonly phrases = new Map<string, Phrase[]>();

  constructor(lists: Readonly<Record<GazetteerClass, string>>) {
    GAZETTEER_CLASSES.forEach((name, cls) => {
      for (const entry of lists[name].split('|')) {
        const words = entry.split(' ');
        if (words.length === 1) {
          this.words.set(entry, (this.words.get(entry) ?? 0) | (1 << cls));
          continue;
        }
        const list = this.phrases.get(words[0]!) ?? [];
        list.push({ words, cls });
        this.phrases.set(words[0]!, list);
      }
    });
    for (const list of this.phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The lists a single word is on, as bits of `GAZETTEER_CLASSES`. */
  wordMask(lower: string): number {
    return this.words.get(lower) ?? 0;
  }

  /** The phrases that open with a word, longest first (undefined: none). */
  phrasesStartingWith(lower: string): readonly Phrase[] | undefined {
    return this.phrases.get(lower);
  }

  /**
   * Longest phrase matches over lower-case words: per word 0, or `2·class + 1`
   * at a phrase's first word and `2·class + 2` inside it.
   */
  phraseTags(lower: readonly string[]): Uint8Array {
    return phraseTagsOf(lower.map((key) => ({ key, phrases: this.phrases.get(key) })));
  }
}

/** A lower-case word and the gazetteer's phrases that open with it (`phrasesStartingWith`), as the tagger keeps them per word. */
export interface PhraseWord {
  key: string;
  phrases: readonly Phrase[] | undefined;
}

/** As `Gazetteer.phraseTags`, over words that carry their phrases. */
export function phraseTagsOf(words: readonly PhraseWord[]): Uint8Array {
  const tags = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const candidates = words[i]!.phrases;
    if (candidates === undefined) continue;
    const match = longestAt(candidates, words, i);
    if (!match) continue;
    tags[i] = 2 * match.cls + 1;
    for (let k = 1; k < match.words.length; k++) tags[i + k] = 2 * match.cls + 2;
    i += match.words.length - 1;
  }
  return tags;
}

/** The first (longest) of a word's phrases that the words from `i` spell; plain loops, as this runs for every "the" and "new". */
function longestAt(candidates: readonly Phrase[], text: readonly PhraseWord[], i: number): Phrase | undefined {
  for (const phrase of candidates) {
    const words = phrase.words;
    let k = 0;
    while (k < words.length && text[i + k]?.key === words[k]) k++;
    if (k === words.length) return phrase;
  }
  return undefined;
}

let cached: Gazetteer | undefined;

/** The shipped name lists, built on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= new Gazetteer(GAZETTEER_LISTS);
  return cached;
}

/** Whether a word, in any case, is on one of the shipped lists as a word of its own ("michael" a first name, "somerset" a place). */
export function isListedAs(word: string, list: 'firstName' | 'place'): boolean {
  return (loadGazetteer().wordMask(word.toLowerCase()) & LIST_BITS[list]) !== 0;
}

const LIST_BITS = { firstName: 1 << GAZETTEER_CLASSES.indexOf('firstName'), place: 1 << GAZETTEER_CLASSES.indexOf('place') };
