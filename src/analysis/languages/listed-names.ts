import type { Span } from '../../shared/schema';
import type { Mention } from '../entities/types';
import { type Token, tokenize } from '../tokenize';

/** A language's name lists, written as in text ("Nordrhein-Westfalen", "Antigua und Barbuda"). */
export interface NameLists {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Organisations whose names are no common word ("Bundesnetzagentur", "Deutsche Bahn"). */
  organisations: ReadonlySet<string>;
  /** Lower-case articles and determiners: a surname alone does not follow one ("der Berg" is a mountain). */
  determiners: ReadonlySet<string>;
}

/** The longest listed name, in words, worth trying at each word ("Bundesamt für Migration und Flüchtlinge"). */
const MAX_LISTED_WORDS = 6;

/**
 * The tagger's mentions, a listed organisation or place it read as another type retyped, with what the article and the lists add where it found nothing:
 * a name it tagged once is the same name wherever else the article writes it (one name, one
 * type: "Rheinmetall" in the headline and in the fifth paragraph), and so is a person's surname
 * alone after the full name ("Anna Berg … Berg sagte"), a listed first name before
 * a capitalised word is a person ("Anna Berg"), and a listed place is a place. German
 * capitalises every noun, so a capital alone says little; these are names by evidence.
 */
export function withListedNames(text: string, sentences: readonly Span[], tagged: readonly Mention[], lists: NameLists): Mention[] {
  // "Oldie Edwin van der Sar", "Sheriff Henry Thompsen": a word no list knows before a listed first name and a
  // surname is no part of the person's name ("Butch Harmon", one first name and a surname, stays whole).
  function withoutRoleWord(m: Mention): Mention {
    const [first = '', second = '', third] = m.text.split(/\s+/u);
    if (m.type !== 'PER' || !third || lists.firstNames.has(first) || lists.lastNames.has(first) || !lists.firstNames.has(second)) return m;
    const start = m.start + m.text.indexOf(second, first.length);
    return { ...m, start, text: m.text.slice(start - m.start) };
  }
  // "Deutschlands", "Europas": a listed place in the genitive is that place.
  const isPlace = (phrase: string) => lists.places.has(phrase) || (/[^s]s$/u.test(phrase) && lists.places.has(phrase.slice(0, -1)));
  // "Libanons" read as a person's: a listed place that no list knows as a first name or surname is a place.
  const isPlaceOnly = (phrase: string) => isPlace(phrase) && !lists.firstNames.has(phrase) && !lists.lastNames.has(phrase);
  const mentions = tagged.map(withoutRoleWord).map((m) =>
    m.type !== 'ORG' && lists.organisations.has(m.text)
      ? { ...m, type: 'ORG' as const }
      : m.type === 'PER' && isPlaceOnly(m.text)
        ? { ...m, type: 'LOC' as const }
        : m,
  );
  const added: Mention[] = [];
  const taken = (start: number, end: number) => [...mentions, ...added].some((m) => m.start < end && start < m.end);
  const known = new Map<string, Mention['type']>();
  for (const m of mentions) if (!known.has(m.text)) known.set(m.text, m.type);
  // "Anna Berg", then "Berg" or "Bergs": a person's surname alone is that person.
  const surnames = new Set(mentions.filter((m) => m.type === 'PER' && /\s/u.test(m.text)).map((m) => m.text.split(/\s+/u).at(-1)!));
  const isSurname = (word: string, previous: string | undefined) =>
    (surnames.has(word) || (word.endsWith('s') && surnames.has(word.slice(0, -1)))) && !lists.determiners.has(previous?.toLowerCase() ?? '');
  // "Ann ist mit John verheiratet": a listed first name alone is a person, but not opening a sentence ("Will er …"),
  // after an article, also before an adjective ("ein gläubiger Christ"), or a number ("zehn Millionen Mark"),
  // nor before another capitalised word.
  const isArticle = (word: string | undefined) => lists.determiners.has(word?.toLowerCase() ?? '');
  const isLoneFirstName = (words: readonly Token[], i: number) => {
    const previous = words[i - 1]?.text;
    return (
      lists.firstNames.has(words[i]!.text) &&
      previous !== undefined &&
      !/^[.!?:"„“»«]$/u.test(previous) &&
      !isArticle(previous) &&
      !(/^\p{Ll}/u.test(previous) && isArticle(words[i - 2]?.text)) &&
      !/\d|^(?:Millionen|Milliarden|Tausend|Hundert)$/u.test(previous) &&
      !/^\p{Lu}/u.test(words[i + 1]?.text ?? '')
    );
  };
  const lowerStarts = new Set([...lists.organisations].map((name) => name.split(' ')[0]!).filter((word) => !/^\p{Lu}/u.test(word)));
  for (const sentence of sentences) {
    const words = tokenize(text, sentence.start, sentence.end);
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // A name starts with a capital, but for a few listed ones written in lower case ("dpa", "taz").
      if (!/^\p{Lu}/u.test(word.text) && !lowerStarts.has(word.text)) continue;
      // The longest run of words that is a name the article or the lists already know.
      for (let n = Math.min(MAX_LISTED_WORDS, words.length - i); n >= 1; n--) {
        const last = words[i + n - 1]!;
        const phrase = text.slice(word.start, last.end);
        const type = known.get(phrase) ?? (isPlace(phrase) ? 'LOC' : lists.organisations.has(phrase) ? 'ORG' : undefined);
        if (!type || taken(word.start, last.end) || continuesWord(text, word.start, last.end)) continue;
        added.push({ start: word.start, end: last.end, text: phrase, type });
        i += n - 1;
        break;
      }
      if (isSurname(word.text, words[i - 1]?.text) && !taken(word.start, word.end) && !continuesWord(text, word.start, word.end)) {
        added.push({ start: word.start, end: word.end, text: word.text, type: 'PER' });
        continue;
      }
      const next = words[i + 1];
      if (isLoneFirstName(words, i) && !taken(word.start, word.end) && !continuesWord(text, word.start, word.end)) {
        added.push({ start: word.start, end: word.end, text: word.text, type: 'PER' });
        continue;
      }
      if (next && lists.firstNames.has(word.text) && /^\p{Lu}\p{Ll}/u.test(next.text) && !taken(word.start, next.end) && !continuesWord(text, word.start, next.end)) {
        added.push({ start: word.start, end: next.end, text: text.slice(word.start, next.end), type: 'PER' });
        i++;
      }
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** A hyphen or letter joined on either side makes the run part of a longer word ("Berlin-Mitte" is not "Berlin"). */
function continuesWord(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}-]/u.test(text[start - 1] ?? ' ') || /[\p{L}\p{N}-]/u.test(text[end] ?? ' ');
}
