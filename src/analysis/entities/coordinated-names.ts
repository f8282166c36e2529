import { CAPITAL_AHEAD } from '../char-runs';
import { describeKnown } from '../knowledge';
import { NAME_HEAD_TYPES } from './data/name-heads';
import { GAZETTEER_CLASSES, isListedAs, loadGazetteer } from './gazetteer';
import { replaceOverlapped } from './mention-spans';
import type { Mention } from './types';

/** " and Control Technology" up to a word in lower case or punctuation: the second half of a coordinated name. */
const AND_RUN = /^ and ((?:\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}]| \p{Lu}| of\b)/u;

/**
 * "Defense Laboratory for Aerospace Mechanisms and Control Technology",
 * "Department of Design and Construction": an organisation named for two
 * fields joins them with "and", and the tagger stops at it. An organisation's
 * "of" or "for" phrase takes the capitalised words after "and" when they name
 * nothing on their own ("the Department of Justice and Google" stays two) and
 * the tagger did not read them as a person or a place. Then the companies
 * named for two people that the tagger cut at "and" ("Procter and Gamble").
 */
export function withCoordinatedNames(text: string, mentions: Mention[]): Mention[] {
  return withPartnersJoined(text, withFieldsBeforeHead(text, withFieldsAfterOf(text, mentions)));
}

function withFieldsAfterOf(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i]!;
    const run = mention.type === 'ORG' && text.startsWith(' and ', mention.end) && / (?:of|for) \p{Lu}/u.test(mention.text) ? AND_RUN.exec(text.slice(mention.end, mention.end + 80)) : null;
    const end = run ? mention.end + run[0].length : mention.end;
    const inside: Mention[] = [];
    for (let j = i + 1; run && j < mentions.length && mentions[j]!.start < end; j++) inside.push(mentions[j]!);
    if (!run || describeKnown(run[1]!) !== undefined || isComplete(mention.text) || namesOrganisation(run[1]!) || inside.some((m) => m.end > end || m.type === 'PER' || m.type === 'LOC')) {
      out.push(mention);
      continue;
    }
    out.push({ start: mention.start, end, text: text.slice(mention.start, end), type: 'ORG' });
    i += inside.length;
  }
  return out;
}

/** "University of Michigan", "Bank of England": an organisation "of" a place is named in full; no field follows. */
function isComplete(name: string): boolean {
  const of = / (?:of|for) (.+)$/u.exec(name)?.[1];
  return of !== undefined && (describeKnown(of, 'LOC') !== undefined || (!of.includes(' ') && isListedAs(of, 'place')));
}

/** "Harvard Business School": words after "and" that start with a known name and end in an organisation's head word are an organisation of their own. */
function namesOrganisation(run: string): boolean {
  const words = run.split(' ');
  const first = describeKnown(words[0]!)?.type;
  return words.length > 1 && (first === 'ORG' || first === 'LOC') && NAME_HEAD_TYPES.get(words.at(-1)!.toLowerCase()) === 'ORG';
}

/** "Procter and Gamble", "Johnson and Johnson": two capitalised words around "and" that a known company writes with "&". */
const PARTNERS = new RegExp(String.raw`${CAPITAL_AHEAD}(?<![\p{L}\p{N}])(\p{Lu}\p{L}*) and (\p{Lu}\p{L}*)(?![\p{L}\p{N}]| &| and\b| \p{Lu})`, 'gu');

/**
 * A company named for its two founders is written with "&" in lists and registers and often with "and" in prose;
 * the tagger, trained on prose where "and" joins two names, keeps one half or neither. Joined where the "&" form is
 * an organisation the gazetteer or the name lists know, and no mention crosses the pair's ends.
 */
function withPartnersJoined(text: string, mentions: Mention[]): Mention[] {
  const pairs: Mention[] = [];
  for (const match of text.matchAll(PARTNERS)) {
    const name = `${match[1]} & ${match[2]}`;
    if (describeKnown(name, 'ORG') === undefined && !isListedOrganisation(name)) continue;
    const start = match.index!;
    const end = start + match[0].length;
    if (mentions.some((m) => m.start < end && start < m.end && (m.start < start || m.end > end))) continue;
    pairs.push({ start, end, text: match[0], type: 'ORG' });
  }
  return pairs.length === 0 ? mentions : replaceOverlapped(mentions, pairs);
}

const ORGANIZATION = GAZETTEER_CLASSES.indexOf('organization');

function isListedOrganisation(name: string): boolean {
  const tags = loadGazetteer().phraseTags(name.toLowerCase().split(' '));
  return tags[0] === 2 * ORGANIZATION + 1 && tags.subarray(1).every((tag) => tag === 2 * ORGANIZATION + 2);
}

/**
 * "the Smart and Sustainable Automation Research Lab", "the Obstetrics and Gynecology Department": a department or a
 * laboratory named for two fields, the first of which the tagger took alone (as a place or an organisation). A
 * capitalised word that no list knows, after "the" or a possessive ("U-M’s") and right before "and" and an
 * organisation's name of two words or more, is the first field of that organisation's name; not without "the"
 * ("editor of Prevention and Rodale Books"), nor a word some list knows or the article names alone.
 */
function withFieldsBeforeHead(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const field = mentions[i]!;
    const next = mentions[i + 1];
    const joined =
      next !== undefined &&
      field.type !== 'PER' &&
      isUnlistedWord(field.text) &&
      text.slice(field.end, next.start) === ' and ' &&
      isOrganisation(next) &&
      THE_BEFORE.test(text.slice(Math.max(0, field.start - 6), field.start)) &&
      !isNamedAlone(text, mentions, field);
    if (joined) {
      out.push({ start: field.start, end: next.end, text: text.slice(field.start, next.end), type: 'ORG' });
      i++;
      continue;
    }
    out.push(field);
  }
  return out;
}

/** "Pelco and Johnson Controls" … "Pelco said": a word the article also names on its own is a name of its own. */
function isNamedAlone(text: string, mentions: readonly Mention[], field: Mention): boolean {
  return mentions.some((m) => m !== field && m.text === field.text && text.slice(m.end, m.end + 5) !== ' and ');
}

const THE_BEFORE = /(?:(?:^|[^\p{L}])[Tt]he|\p{L}['’]s)\s$/u;

function isUnlistedWord(name: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(name) && loadGazetteer().wordMask(name.toLowerCase()) === 0 && describeKnown(name) === undefined;
}

/** Two words or more, read as an organisation or ending in a word that says so. */
function isOrganisation(mention: Mention): boolean {
  const words = mention.text.split(/\s+/u);
  return words.length > 1 && (mention.type === 'ORG' || NAME_HEAD_TYPES.get(words.at(-1)!.toLowerCase()) === 'ORG');
}
