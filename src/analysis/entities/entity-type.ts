import type { EntityType } from '../../shared/schema';
import { describeKnown, knownType } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { PRODUCT_WORDS } from './data/products';
import { isGivenName } from './data/given-names';
import { isUsTown } from './data/us-towns';
import { GAZETTEER_CLASSES, isListedAs, loadGazetteer } from './gazetteer';
import { hasPersonCueAfter } from './person-evidence';
import { HONORIFIC, nameWords } from './names';
import type { Mention } from './types';

/** How an entity's type was decided: `sure` types are not overruled by a description's head noun. */
export interface DecidedType {
  type: EntityType;
  sure: boolean;
}

/**
 * One type for the whole entity, from all its mentions: an honorific ("Mr.
 * Trump") makes a person; a name the gazetteer knows has its type; a product's
 * shape ("iPhone 14", "Apple Vision Pro") makes MISC; a first name before a
 * surname makes a person; otherwise the tagger's types vote, each mention
 * weighted by its length, so "Donald Trump" outweighs a stray "Trump".
 */
export function decideType(text: string, name: string, mentions: readonly Mention[]): DecidedType {
  if (mentions.some((m) => HONORIFIC.test(m.text))) return { type: 'PER', sure: true };
  const known = knownType(name);
  if (known) return { type: known, sure: true };
  if ((isProductName(name) && !isRegnalName(name, mentions)) || EVENT_LEAD.test(name)) return { type: 'MISC', sure: true };
  // "Margaret Hamilton" is a person, though "Hamilton" alone is also a capital.
  if (mentions.some((m) => isFirstAndLastName(m.text))) return { type: 'PER', sure: true };
  const knownShort = knownShortForm(mentions);
  if (knownShort) return { type: knownShort, sure: true };
  const voted = vote(mentions);
  // A town the tagger read as a company, with nothing in the article that says organisation; or as a person, every
  // mention after "in" ("a councilman in Hendersonville").
  const town = isBareTown(text, name, mentions) && (voted === 'ORG' || (voted === 'PER' && mentions.every((m) => IN_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)))));
  return { type: town || (voted === 'PER' && isOnlyListedPlace(text, name, mentions)) || ((voted === 'PER' || voted === 'ORG') && isPlaceOfEveryMention(text, mentions)) ? 'LOC' : voted, sure: false };
}

/**
 * "Tonight at midnight Cork will be moved into Level 3", "a Cork restaurant": a word on the place list alone (no
 * first name, surname or organisation), every mention the bare word, none followed by what only a person does or
 * has, which the tagger read as a person's name: a tagger trained on 1996 Reuters met few such towns. As for US
 * towns above, a description's head noun may still decide.
 */
function isOnlyListedPlace(text: string, name: string, mentions: readonly Mention[]): boolean {
  if (nameWords(name).length !== 1 || !/^\p{Lu}\p{Ll}/u.test(name) || loadGazetteer().wordMask(name.toLowerCase()) !== PLACE_ONLY) return false;
  // Not beside a number: "3. Pelham 10-1 (Warren O'Connor)" is a results line's runner.
  return mentions.every(
    (m) => nameWords(m.text).join(' ') === name && !hasPersonCueAfter(text, m) && !SCORE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !SCORE_AFTER.test(text.slice(m.end, m.end + 8)),
  );
}

const PLACE_ONLY = 1 << GAZETTEER_CLASSES.indexOf('place');

/**
 * "the mayor of Saint-Gaudens", "the outskirts of Lubumbashi": what only a place has before every mention of a name the
 * tagger read as a person's or an organisation's (a tagger trained on Reuters knows few small towns); not before a possessive.
 */
function isPlaceOfEveryMention(text: string, mentions: readonly Mention[]): boolean {
  return mentions.every((m) => PLACE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)) && !POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)));
}

const PLACE_OF_BEFORE = /(?<!\p{L})(?:mayor|town|city|village|outskirts|suburbs?|residents|capital|province|municipality) of\s$/u;

const IN_BEFORE = /\bin\s$/u;
const POSSESSIVE_AFTER = /^['’]/u;

/**
 * "Asheville has 90,000 residents": a US town's name, every mention of it the bare name, which the tagger reads as a
 * company's; a town is a place unless the article says otherwise (a description's head noun may still make it ORG).
 * Not beside a number or "v." ("Cincinnati 18 Colorado 7", "v Middlesex"): a team's score or fixture, and a team
 * is an organisation.
 */
function isBareTown(text: string, name: string, mentions: readonly Mention[]): boolean {
  return (
    isUsTown(name.toLowerCase()) &&
    mentions.every((m) => nameWords(m.text).join(' ') === name && !SCORE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !SCORE_AFTER.test(text.slice(m.end, m.end + 8)))
  );
}

const SCORE_BEFORE = /(?:\d|\bvs?\.?)\s+$/u;
const SCORE_AFTER = /^\s+(?:\d|vs?\.?\s)/u;

/**
 * A shorter mention the gazetteer knows ("Trump" of "Mr. Trump's"), when every known form agrees; not a
 * surname that the list knows as a place ("Paris" of "Valeska Paris", where the person's full name decides).
 */
function knownShortForm(mentions: readonly Mention[]): EntityType | undefined {
  const surnames = new Set(mentions.flatMap((m) => (m.type === 'PER' && nameWords(m.text).length > 1 ? [nameWords(m.text).at(-1)!] : [])));
  const shortForms = mentions.map((m) => nameWords(m.text).join(' ')).filter((name) => !surnames.has(name));
  const types = new Set(shortForms.map((name) => knownType(name)).filter((t) => t !== undefined));
  return types.size === 1 ? [...types][0] : undefined;
}

function vote(mentions: readonly Mention[]): EntityType {
  const weights = new Map<EntityType, number>();
  for (const m of mentions) weights.set(m.type, (weights.get(m.type) ?? 0) + nameWords(m.text).length);
  let best = mentions[0]!.type;
  for (const [type, weight] of weights) if (weight > weights.get(best)!) best = type;
  return best;
}

/**
 * "Margaret Hamilton", "Yasser Arafat": a known first name (the tagger's list or the wider one of `given-names.ts`), then capitalised words, the last
 * neither a word that says place or organisation nor, for two words, a country.
 */
function isFirstAndLastName(text: string): boolean {
  const words = nameWords(text);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}\.$/u.test(w))) return false;
  const last = words.at(-1)!;
  if (NAME_HEAD_TYPES.has(last.toLowerCase()) || knownType(text) !== undefined) return false;
  return (isListedAs(words[0]!, 'firstName') || isGivenName(words[0]!.toLowerCase())) && knownType(words[0]!) === undefined;
}

/** "Hurricane Sandy", "Operation Desert Storm": a named event, though its second word is a first name. */
const EVENT_LEAD = /^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Operation)\s+\p{Lu}/u;

const ROMAN = /^(?:II|III|IV|V|VI|VII|VIII|IX|X)$/u;

/** "Thutmose III", "Ramesses II": one name and a regnal number, every mention of which the tagger read as a person's. */
function isRegnalName(name: string, mentions: readonly Mention[]): boolean {
  const words = nameWords(name);
  return words.length === 2 && ROMAN.test(words[1]!) && mentions.every((m) => m.type === 'PER');
}
// A model number has a digit; a word without one skips this pattern, whose letter classes compile to 56 KB.
const MODEL_NUMBER = /^(?:\d+[\p{L}]*|[\p{L}]+\d[\p{L}\d]*|[\p{L}]+-\d+)$/u;

/**
 * A product's or work's name: a model number or a version word after the first
 * word ("Xbox 360", "Planet Earth II", "Vision Pro"; not a regnal number after a first name), or a known company's name
 * followed by words that name no place or organisation ("Apple Pay", "Meta Quest
 * Pro"), unless its last word says organisation or place ("Microsoft Research").
 */
export function isProductName(name: string): boolean {
  const words = nameWords(name);
  if (words.length < 2) return false;
  const last = words.at(-1)!;
  const head = NAME_HEAD_TYPES.get(last.toLowerCase());
  if (head === 'ORG' || head === 'LOC') return false;
  const rest = words.slice(1);
  const firstName = isListedAs(words[0]!, 'firstName');
  // "Charles III", "John Paul II": a regnal number after a first name.
  if (firstName && ROMAN.test(last) && words.length <= 3) return false;
  if (rest.some((w) => (/\d/.test(w) && MODEL_NUMBER.test(w)) || ROMAN.test(w) || PRODUCT_WORDS.has(w.toLowerCase()))) return true;
  if (knownType(words[0]!) === 'MISC' && !firstName) return true;
  // "Apple Pay": a company's name, even an ambiguous one, before words that name nothing else.
  if (!describeKnown(words[0]!, 'ORG') || knownType(name) !== undefined) return false;
  return rest.every((w) => /^\p{Lu}/u.test(w) && knownType(w) === undefined && !NAME_HEAD_TYPES.has(w.toLowerCase()));
}
