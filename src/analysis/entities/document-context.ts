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

  constructor(sentences: readonly (readonly string[])[] = []) {
    for (const words of sentences) this.addCases(words.map(caseForm));
  }

  /** The context of a document whose words are already read (the tagger keeps each word's form). */
  static ofForms(sentences: readonly (readonly CaseForm[])[]): DocumentContext {
    const context = new DocumentContext();
    for (const forms of sentences) context.addCases(forms);
    return context;
  }

  private addCases(forms: readonly CaseForm[]): void {
    if (isShoutingForms(forms)) return;
    forms.forEach((form, i) => {
      if (form.letterCase === NO_CASE) return;
      let bit = 0;
      if (form.lowerForm) bit = SEEN_LOWER;
      else if (form.upperStart) bit = i === 0 ? SEEN_TITLE_INITIAL : SEEN_TITLE_INSIDE;
      this.caseSeen.set(form.key, (this.caseSeen.get(form.key) ?? 0) | bit);
    });
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
    this.recordForms(words.map(caseForm), tags);
  }

  recordForms(forms: readonly CaseForm[], tags: ArrayLike<number>): void {
    forms.forEach((form, i) => {
      if (!form.upperStart) return;
      let counts = this.history.get(form.key);
      if (!counts) {
        counts = new Int32Array(5);
        this.history.set(form.key, counts);
      }
      const type = tagType(tags[i] ?? 0);
      counts[type === undefined ? 4 : TYPE_SLOTS.indexOf(type)]! += 1;
    });
  }
}

/** What the context reads of a word's letters. */
export interface CaseForm {
  /** Lower case. */
  key: string;
  /** As `letterCase`. */
  letterCase: number;
  /** Written in lower case: the word equals its key. */
  lowerForm: boolean;
  /** Starts with an upper-case letter (one that has a lower-case form). */
  upperStart: boolean;
}

export function caseForm(word: string): CaseForm {
  const key = word.toLowerCase();
  return { key, letterCase: letterCase(word), lowerForm: word === key, upperStart: startsUpper(word) };
}

/** As `isShouting`, over words already read. */
export function isShoutingForms(forms: readonly CaseForm[]): boolean {
  let cased = 0;
  let upper = 0;
  for (let i = 0; i < forms.length; i++) {
    const letterCase = forms[i]!.letterCase;
    if (letterCase === NO_CASE) continue;
    cased++;
    if (letterCase === ALL_CAPITALS) upper++;
  }
  return cased >= 2 && upper / cased > 0.7;
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
export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}
