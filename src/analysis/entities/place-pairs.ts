import { knownType } from '../knowledge';
import { STATE_ABBREVIATIONS } from './data/places';
import { isListedAs } from './gazetteer';
import type { Mention } from './types';

/**
 * "Hendersonville, N.C.", "Asheville, North Carolina", "Radstock, Somerset": a town, a comma and the state,
 * county or country it lies in, the pair closing the phrase, are two places, whatever the tagger made of
 * the town (a person, a company). The town is one unknown word, or a name that is no person's; the second is
 * a place the gazetteer knows (or a state's abbreviation), or a county the tagger's place list has after
 * a town read as a place or after "of" or "in". Not a list of names ("Boston, Harvard and MIT"): the pair must end the phrase, or,
 * after "of" or "in" ("a woman of Christiana, Manchester and a man"), be followed by "and".
 */
export function withPlacePairs(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | undefined;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const town = mentions[i]!;
    const region = mentions[i + 1]!;
    // "Tenn.": the tokenizer leaves an abbreviation's last dot out of the mention.
    const abbreviation = text[region.end] === '.' && !region.text.endsWith('.') ? `${region.text}.` : region.text;
    const after = region.start + abbreviation.length;
    const afterPreposition = PLACE_PREPOSITION.test(text.slice(Math.max(0, town.start - 4), town.start));
    const ended = PHRASE_END.test(text.slice(after, after + 4)) || (afterPreposition && AND_AFTER.test(text.slice(after, after + 5)));
    if (text.slice(town.end, region.start) !== ', ' || !ended) continue;
    const regionKnown = knownType(region.text) === 'LOC' || STATE_ABBREVIATIONS.has(abbreviation.toLowerCase());
    const townType = town.type === 'LOC' || knownType(town.text) === 'LOC' ? 'LOC' : undefined;
    // The place list's word as the second of the pair, after a town read as a place or after "of" or "in" with the tagger's place.
    const regionListed = (townType === 'LOC' || (afterPreposition && region.type === 'LOC')) && !/\s/u.test(region.text) && isListedAs(region.text, 'place') && knownType(region.text) === undefined;
    if (!regionKnown && !regionListed) continue;
    if (town.type !== 'LOC' && (knownType(town.text) !== undefined || isPersonsName(town.text))) continue;
    out ??= [...mentions];
    out[i] = town.type === 'LOC' ? town : { ...town, type: 'LOC' };
    out[i + 1] = region.type === 'LOC' ? region : { ...region, type: 'LOC' };
  }
  return out ?? mentions;
}

/** A comma, a full stop, a clause's end or the text's, a dash. */
const PHRASE_END = /^(?:[,;:)!?.]|\s*$|\s+[—–-]\s)/u;

const AND_AFTER = /^\s+and\s/u;
const PLACE_PREPOSITION = /\b(?:of|in)\s$/u;

/** "John Smith": more than one word starting with a listed first name. */
function isPersonsName(name: string): boolean {
  const words = name.split(/\s+/u);
  return words.length > 1 && isListedAs(words[0]!, 'firstName');
}
