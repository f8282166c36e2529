import { runScanner } from '../char-runs';
import { knownType } from '../knowledge';
import { MONTHS } from './data/non-names';
import { nameWords } from './names';
import type { Mention } from './types';

/** A surname's shape: "McHugh", "Georgelis", "O'Keefe", "Smith-Jones"; one word with a capital and small letters. */
const SURNAME = /^\p{Lu}[\p{L}'’-]*\p{Ll}$/u;
const forEachWord = runScanner(/[\p{L}'’-]/u);

/**
 * "said Patrick McHugh, vice president …" … "McHugh said.": news gives a person's full name once and the
 * surname after, often alone at the head of a short sentence where the tagger sees no name. Every word
 * that ends a full name the tagger read as a person's, written alone elsewhere in the article and in no
 * other mention, is that person again. Not a word the gazetteer knows, one inside a run of capitalised
 * words (another name: "McHugh Construction"), or a month in a date ("25 May" after "Theresa May").
 */
export function withRepeatedSurnames(text: string, mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.type === 'PER' ? nameWords(m.text) : [];
    const last = words.at(-1);
    if (words.length > 1 && last !== undefined && SURNAME.test(last) && knownType(last) === undefined) surnames.add(last);
  }
  if (surnames.size === 0) return mentions;
  const found: Mention[] = [];
  let next = 0;
  forEachWord(text, (start, runEnd) => {
    // A surname starts with a capital: a run starting with a small ASCII letter or a sign is none.
    const first = text.charCodeAt(start);
    if (first < 128 && (first < 65 || first > 90)) return;
    const word = text.slice(start, runEnd).replace(/['’]s$/u, '');
    if (!surnames.has(word)) return;
    const end = start + word.length;
    while (next < mentions.length && mentions[next]!.end <= start) next++;
    if (next < mentions.length && mentions[next]!.start < end) return;
    const before = text.slice(Math.max(0, start - 24), start);
    const after = text.slice(end, end + 24);
    if (CAPITALISED_BEFORE.test(before) || CAPITALISED_AFTER.test(after)) return;
    // "Theresa May" … "on 25 May": a month next to a day's number is a date.
    if (MONTHS.has(word.toLowerCase()) && (/\d(?:st|nd|rd|th)?\s$/u.test(before) || /^\.?\s\d/u.test(after))) return;
    found.push({ start, end, text: word, type: 'PER' });
  });
  return found.length === 0 ? mentions : [...mentions, ...found].sort((a, b) => a.start - b.start);
}

// "Aravinda de Silva": a surname's particles belong to the name before them too.
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \t](?:(?:de|da|di|do|dos|van|von|der|den|la|le|du|del|bin|ibn|al|el)[ \t])*$/u;
const CAPITALISED_AFTER = /^[ \t]\p{Lu}/u;
