import { tagType as tagTypeExport } from './tags';

// A local copy: an imported binding called in a loop costs a getter call under some loaders (tsx).
const tagType = tagTypeExport;

/** How a word is written elsewhere in the document, as bits of a mask. */
const SEEN_LOWER = 1;
const SEEN_TITLE_INSIDE = 2;
const SEEN_TITLE_INITIAL = 4;

const TYPE_SLOTS = ['PER', 'ORG', 'LOC', 'MISC'];

/** Numbers the contexts, so that a form can say which one gave it its slot. */
let contextCount = 0;

/**
 * What the rest of the document says about a word: how it is capitalised elsewhere
 * (headlines are all capitals, so case there tells little) and how the tagger
 * labelled it in earlier sentences (names recur: "Lei Jun" … "Lei").
 * Each word type of the document has a slot; a form keeps its slot, so the
 * tagger's word atoms, shared by every token of a type, find theirs without a lookup.
 */
export class DocumentContext {
  private readonly id = ++contextCount;
  private readonly slots = new Map<string, number>();
  /** By slot: how the word is written elsewhere (SEEN_* bits). */
  private readonly caseSeen: number[] = [];
  /** By slot: `historyType`, kept up to date as tags are recorded. */
  private readonly historyTypes: number[] = [];
  /** By slot, five each: how often the word was tagged PER, ORG, LOC, MISC and O. */
  private readonly typeCounts: number[] = [];

  constructor(sentences: readonly (readonly string[])[] = []) {
    for (const words of sentences) this.addCases(words.map(caseForm));
  }

  /** The context of a document whose words are already read (the tagger keeps each word's form). */
  static ofForms(sentences: readonly (readonly CaseForm[])[]): DocumentContext {
    const context = new DocumentContext();
    for (const forms of sentences) context.addCases(forms);
    return context;
  }

  private slotOf(form: CaseForm): number {
    if (form.context === this.id) return form.slot;
    let slot = this.slots.get(form.key);
    if (slot === undefined) {
      slot = this.caseSeen.length;
      this.slots.set(form.key, slot);
      this.caseSeen.push(0);
      this.historyTypes.push(0);
      this.typeCounts.push(0, 0, 0, 0, 0);
    }
    form.context = this.id;
    form.slot = slot;
    return slot;
  }

  private addCases(forms: readonly CaseForm[]): void {
    if (isShoutingForms(forms)) return;
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i]!;
      if (form.letterCase === NO_CASE) continue;
      let bit = 0;
      if (form.lowerForm) bit = SEEN_LOWER;
      else if (form.upperStart) bit = i === 0 ? SEEN_TITLE_INITIAL : SEEN_TITLE_INSIDE;
      this.caseSeen[this.slotOf(form)]! |= bit;
    }
  }

  caseMask(form: CaseForm): number {
    return this.caseSeen[this.slotOf(form)]!;
  }

  /** The type most often predicted for this word so far: 0 none, 1–4 PER/ORG/LOC/MISC, 5 only O. */
  historyType(form: CaseForm): number {
    return this.historyTypes[this.slotOf(form)]!;
  }

  /** Records the tags given to a sentence so later sentences can use them. */
  record(words: readonly string[], tags: ArrayLike<number>): void {
    this.recordForms(words.map(caseForm), tags);
  }

  recordForms(forms: readonly CaseForm[], tags: ArrayLike<number>): void {
    for (let i = 0; i < forms.length; i++) {
      const form = forms[i]!;
      if (!form.upperStart) continue;
      const slot = this.slotOf(form);
      const type = tagType(tags[i] ?? 0);
      const counts = this.typeCounts;
      const at = slot * 5;
      counts[at + (type === undefined ? 4 : TYPE_SLOTS.indexOf(type))]! += 1;
      let best = 5;
      let bestCount = 0;
      for (let t = 0; t < 4; t++) {
        if (counts[at + t]! > bestCount) {
          best = t + 1;
          bestCount = counts[at + t]!;
        }
      }
      this.historyTypes[slot] = best;
    }
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
  /** The `DocumentContext` that last gave this form a slot (0: none yet), and that slot. */
  context: number;
  slot: number;
}

export function caseForm(word: string): CaseForm {
  const key = word.toLowerCase();
  return { key, letterCase: letterCase(word), lowerForm: word === key, upperStart: startsUpper(word), context: 0, slot: 0 };
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
