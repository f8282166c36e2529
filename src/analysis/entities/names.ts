import { boundedMemo } from '../bounded-memo';
import { knownType } from '../knowledge';
import { DEMONYM_SUFFIXES, DEMONYMS } from './data/demonyms';
import { GAZETTEER_CLASSES, loadGazetteer } from './gazetteer';

const CONNECTIVES = new Set(['of', 'and', 'for', 'the', 'on', 'in', 'de', '&']);

// Merging tests each new mention against the earlier names it is filed with, so the same names are normalised over and over.
const memoised = <T>(compute: (name: string) => T): ((name: string) => T) => boundedMemo(compute, 4096);

/** "Mr.", "Dr." and the like before a person's name: part of the mention, not of the name. */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s+(?=\p{Lu})/u;

/** A name without case, spacing, dots, hyphens, soft hyphens, an honorific or a possessive: "Galaxy Space" = "GalaxySpace", "Mr. Trump's" = "Trump". */
export const nameKey: (name: string) => string = memoised((name) =>
  name
    .replace(HONORIFIC, '')
    .replace(/['’]s?$/u, '')
    .replace(/\.(?:com|org|net)$/u, '')
    .replace(/[\s\-.\u00ad'’]/gu, '')
    .toLowerCase(),
);

/** The words of a name, without soft hyphens, an honorific or a possessive. Shared arrays: read, never change them. */
export const nameWords: (name: string) => readonly string[] = memoised((name) =>
  Object.freeze(
    name
      .replace(HONORIFIC, '')
      .replace(/\u00ad/gu, '')
      .replace(/['’]s?$/u, '')
      .split(/\s+/u)
      .filter(Boolean),
  ),
);

/** "CCP" for "Chinese Communist Party": the initials of its significant words. */
export function initials(name: string): string {
  return nameWords(name)
    .filter((w) => !CONNECTIVES.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

/** Written as an acronym: two or more capitals, optionally dotted ("CCP", "U.N."). */
export function isAcronym(name: string): boolean {
  return ACRONYM.test(name);
}

const ACRONYM = /^(?:\p{Lu}\.?){2,}$/u;

/**
 * "Chinese", "Israelis", "New Zealanders": a nationality or group word, singular or plural (multi-word ones hyphenated
 * in the list); "Iraqi Shiites": words that all are; "Romans", "San Franciscans": a listed place's people.
 */
export const isDemonym: (name: string) => boolean = memoised((name) => {
  const words = name.replace(/\u00ad/gu, '').toLowerCase().split(/\s+/u).filter(Boolean);
  return isListedDemonym(words.join('-')) || (words.length > 1 && words.every(isListedDemonym)) || isPlacePeople(name, words);
});

function isListedDemonym(lower: string): boolean {
  return DEMONYMS.has(lower) || (lower.endsWith('s') && DEMONYMS.has(lower.slice(0, -1)));
}

const NAME_OR_PLACE =
  (1 << GAZETTEER_CLASSES.indexOf('firstName')) |
  (1 << GAZETTEER_CLASSES.indexOf('lastName')) |
  (1 << GAZETTEER_CLASSES.indexOf('place')) |
  (1 << GAZETTEER_CLASSES.indexOf('organization'));

/**
 * A capitalised last word that is a listed place's name with a people suffix, the words before it kept ("North
 * Korean" ← "North Korea"). A word that is itself a listed name, place or organisation is not one ("Milan", "Adrian").
 */
function isPlacePeople(name: string, words: readonly string[]): boolean {
  const last = words.at(-1)!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(name.split(/\s+/u).at(-1)!) || knownType(name) !== undefined) return false;
  const gazetteer = loadGazetteer();
  if ((gazetteer.wordMask(last) & NAME_OR_PLACE) !== 0) return false;
  const singular = last.endsWith('s') ? last.slice(0, -1) : last;
  const before = words.slice(0, -1);
  return DEMONYM_SUFFIXES.some(([suffix, replaced]) => {
    if (!singular.endsWith(suffix) || singular.length - suffix.length < 3) return false;
    const stem = singular.slice(0, -suffix.length);
    return replaced.some((ending) => isListedPlace([...before, stem + ending]));
  });
}

function isListedPlace(words: readonly string[]): boolean {
  if (words.at(-1)!.length < 4) return false;
  if (knownType(words.join(' ')) === 'LOC') return true;
  const place = GAZETTEER_CLASSES.indexOf('place');
  if (words.length === 1) return (loadGazetteer().wordMask(words[0]!) & (1 << place)) !== 0;
  const tags = loadGazetteer().phraseTags(words);
  return tags[0] === 2 * place + 1 && tags.every((t, i) => i === 0 || t === 2 * place + 2);
}

/**
 * "@NelsonSchwartz" for "Nelson D. Schwartz", "@Uber_Sydney" for "Uber": a social
 * media handle spelling a person's first and last name, or starting with an
 * organisation's name before an underscore.
 */
/** The handle a name would have: "nelsonschwartz" for the person Nelson D. Schwartz, "uber" for Uber. */
export function handleKeyOf(name: string, type: string): string | undefined {
  const words = nameWords(name).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  if (type === 'PER') return words.length >= 2 ? words[0]! + words.at(-1)! : undefined;
  return words.join('');
}

/** The keys a handle may be looked up by: all its letters (a person's), or its part before an underscore (an organisation's). */
export function keysOfHandle(handle: string): string[] {
  const parts = handle.replace(/^@/u, '').toLowerCase().split('_').filter(Boolean);
  return [parts.join('').replace(/\d+$/u, ''), parts[0] ?? ''];
}

export function isHandleOf(handle: string, name: string, type: string): boolean {
  const parts = handle.replace(/^@/u, '').toLowerCase().split('_').filter(Boolean);
  const words = nameWords(name).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  if (type === 'PER') return words.length >= 2 && parts.join('').replace(/\d+$/u, '') === words[0]! + words.at(-1)!;
  return parts.length >= 2 && parts[0] === words.join('') && parts[0]!.length >= 3;
}

const COMPANY_ENDINGS = new Set(['company', 'co', 'corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'group', 'holdings']);

/** "Packard" for "Packard Motor Car Company": the first word of a company's name of three or more words that ends as companies do. */
export function isCompanyShortName(word: string, name: string): boolean {
  const words = nameWords(name);
  return words.length >= 3 && words[0] === word && COMPANY_ENDINGS.has(words.at(-1)!.toLowerCase().replace(/\.$/u, ''));
}
