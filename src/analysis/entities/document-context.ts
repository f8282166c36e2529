import { tagType as tagTypeExport } from './tags';

// A local copy: an imported binding called in a loop costs a getter call under some loaders (tsx).
const tagType = tagTypeExport;

/** How a word is written elsewhere in the document, as bits of a mask. */
const SEEN_LOWER = 1;
const SEEN_TITLE_INSIDE = 2;
const SEEN_TITLE_INITIAL = 4;

const TYPE_SLOTS = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * What the rest of the document says about a word: how it is capitalised elsewhere
 * (headlines are all capitals, so case there tells little) and how the tagger
 * labelled it in earlier sentences (names recur: "Lei Jun" … "Lei").
 */
export class DocumentContext {
  private readonly caseSeen = new Map<string, number>();
  private readonly history = new Map<string, Int32Array>();

  constructor(sentences: readonly (readonly string[])[]) {
    for (const words of sentences) {
      const cases = words.map(letterCase);
      if (isShouting(cases)) continue;
      words.forEach((word, i) => {
        if (cases[i] === NO_CASE) return;
        const key = word.toLowerCase();
        let bit = 0;
        if (word === key) bit = SEEN_LOWER;
        else if (startsUpper(word)) bit = i === 0 ? SEEN_TITLE_INITIAL : SEEN_TITLE_INSIDE;
        this.caseSeen.set(key, (this.caseSeen.get(key) ?? 0) | bit);
      });
    }
  }

  caseMask(lower: string): number {
    return this.caseSeen.get(lower) ?? 0;
  }

  /** The type most often predicted for this word so far: 0 none, 1–4 PER/ORG/LOC/MISC, 5 only O. */
  historyType(lower: string): number {
    const counts = this.history.get(lower);
    if (!counts) return 0;
    let best = 5;
    let bestCount = 0;
    for (let t = 0; t < 4; t++) {
      if (counts[t]! > bestCount) {
        best = t + 1;
        bestCount = counts[t]!;
      }
    }
    return best;
  }

  /** Records the tags given to a sentence so later sentences can use them. */
  record(words: readonly string[], tags: ArrayLike<number>): void {
    words.forEach((word, i) => {
      if (!startsUpper(word)) return;
      const key = word.toLowerCase();
      let counts = this.history.get(key);
      if (!counts) {
        counts = new Int32Array(5);
        this.history.set(key, counts);
      }
      const type = tagType(tags[i] ?? 0);
      counts[type === undefined ? 4 : TYPE_SLOTS.indexOf(type)]! += 1;
    });
  }
}

const NO_CASE = 0;
const ALL_CAPITALS = 1;
const MIXED_CASE = 2;

/** 0: no cased letters ("1996", "—"), 1: all capitals ("EU", "LONDON"), 2: some lower case. */
export function letterCase(word: string): number {
  const upper = word.toUpperCase();
  if (upper === word.toLowerCase()) return NO_CASE;
  return word === upper ? ALL_CAPITALS : MIXED_CASE;
}

/** A headline or table row in capitals: most words with cased letters are upper-case. */
export function isShouting(cases: ArrayLike<number>): boolean {
  let cased = 0;
  let upper = 0;
  for (let i = 0; i < cases.length; i++) {
    if (cases[i] === NO_CASE) continue;
    cased++;
    if (cases[i] === ALL_CAPITALS) upper++;
  }
  return cased >= 2 && upper / cased > 0.7;
}

/** Whether a word starts with an upper-case letter (one that has a lower-case form). */
function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
