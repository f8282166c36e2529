import { ENTITY_TYPES, type EntityType, type Span } from '../../shared/schema';
import { type Token, tokenize } from '../tokenize';
import { LEADING_FUNCTION_WORDS } from './data/function-words';
import { FORMS_OF_ADDRESS, NOBLE_TITLES, OFFICES, PERSON_NOUNS, POST_NOMINALS, TITLE_MODIFIERS, WORK_NOUNS } from './data/titles';
import { LANGUAGE_PERIODS, NAME_HEAD_TYPES, NAME_LEAD_TYPES, STATE_LEADS, STREET_HEADS } from './data/name-heads';
import { DEGREES, ERAS, GENERIC_INSTITUTIONS, LEGISLATION_WORDS, MEMBER_TITLES, MONTHS, NOT_NAMES, PLACE_MODIFIERS, WEEKDAYS, DATE_ABBREVIATIONS } from './data/non-names';
import { describeKnown, type KnownEntity, knownType, startsKnownName } from '../knowledge';
import { GAZETTEER_CLASSES, isListedAs, loadGazetteer } from './gazetteer';
import { loadNerModel } from './load-model';
import { modelWord } from './model-input';
import { tagDocument } from './tag-document';
import { withCampusNames } from './campus-names';
import { withCompanyShortNames } from './company-short-names';
import { withCoordinatedNames } from './coordinated-names';
import { withDefinedNames } from './defined-names';
import { withListedKin } from './listed-kin';
import { withPersonEvidence } from './person-evidence';
import { withPhotoCredits } from './photo-credits';
import { withPlacePairs } from './place-pairs';
import { STATE_ABBREVIATIONS } from './data/places';
import { withPossessiveNames } from './possessive-names';
import { withRepeatedSurnames } from './repeated-surnames';
import { productNameEnd } from './product-names';
import { withHandles } from './handles';
import { spansFromTags } from './tags';
import { isDemonym } from './names';
import { DEMONYMS } from './data/demonyms';
import type { Mention } from './types';

/**
 * Finds named-entity mentions with the trained tagger. The article is one
 * document: each sentence is tagged in turn, seeing how earlier ones were tagged.
 * Then three corrections the tagger cannot make alone: a leading function word
 * is dropped ("Since Huawei"), a name's last word may fix its type ("Anhui
 * Province"), and capitalised common words in a title-case heading are not names.
 */
export function recognizeMentions(text: string, sentences: Span[]): Mention[] {
  const tokens = sentences.map((s) => splitGluedLabels(tokenize(text, s.start, s.end)));
  const tags = tagDocument(
    loadNerModel(),
    tokens.map((sentence) => sentence.map((t) => modelWord(t.text))),
  );
  const headings = tokens.map(isTitleCaseHeading);
  const capitalised = capitalisedInProse(tokens, headings);
  let lowerCaseWords: Set<string> | undefined;
  const lowerCase = () => (lowerCaseWords ??= commonWords(tokens, tags));
  const mentions: Mention[] = [];
  tokens.forEach((sentence, s) => {
    const tagged = spansFromTags(tags[s]!);
    const spans = [...tagged, ...headedOrganisations(sentence, tagged), ...knownNames(sentence, tagged)].sort((a, b) => a.start - b.start);
    for (const tagged of spans) {
      const span = withNobleTitle(sentence, withOfPhrase(sentence, widenToKnownName(sentence, widenToQuotedName(sentence, withNameHead(sentence, withStateLead(sentence, tagged))))));
      const first = firstNameToken(sentence, span.start, span.end);
      if (first === span.end) continue;
      const whole = withoutLowerCaseTail(sentence.slice(first, span.end));
      if (!whole.some((w) => LETTER_OR_DIGIT.test(w.text)) || (headings[s] && !isKnownName(whole, capitalised) && !isFullNameOfPerson(whole, span.type))) continue;
      const bare = withoutOffice(withoutLeadingNonName(withoutTrailingNonName(whole)), span.type, sentence[span.end]?.text);
      if (bare.length === 0) continue;
      const untitled = withoutTitle(withoutFormOfAddress(text, bare), span.type);
      const titled = untitled[0] !== bare[0];
      for (const words of splitJoinedNames(untitled)) {
        const end = productNameEnd(text, words, span.type);
        if (isNonName(text, words[0]!.start, end, mentions.at(-1), span.type) || isCommonWord(words, lowerCase)) continue;
        // "Mr. Trump", "Dr. Shadlen": the honorific belongs to the mention and says it is a person.
        const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 6), words[0]!.start));
        const titledWithThe = honorific ? undefined : knownWithThe(text, words[0]!.start, end);
        const before = text.slice(Math.max(0, words[0]!.start - 40), words[0]!.start);
        // "the First World War": an ordinal before an event's name; "someone named Man Haron Monis": every capitalised word after "named".
        const named = span.type === 'PER' && (before.includes('named ') || before.includes('called ')) ? NAMED_BEFORE.exec(before) : null;
        const lead = (span.type === 'MISC' && ORDINAL_BEFORE.exec(before)) || (named && !named[1]!.split(' ').some((w) => TITLES_BEFORE_NAMES.has(w.toLowerCase())) ? named : null);
        const start = words[0]!.start - (honorific?.[0].length ?? (titledWithThe ? 4 : lead ? lead[1]!.length : 0));
        // A widened mention may already cover the tagger's next span.
        if ((mentions.at(-1)?.end ?? -1) > start) continue;
        const type = isWorkTitle(text, words, end)
          ? 'MISC'
          : titledWithThe
            ? titledWithThe.type
            : honorific || (titled && words[0] === untitled[0]) || LEADER_OF.test(text.slice(end, end + 16))
              ? 'PER'
              : (bylineType(text, start, end) ?? typeByHead(words, span.type as EntityType));
        mentions.push({ start, end, text: text.slice(start, end), type });
      }
    }
  });
  const headingSpans = sentences.filter((_, s) => headings[s]);
  const joined = withCampusNames(text, withPossessiveNames(text, withCoordinatedNames(text, joinNamedEvents(text, mentions))));
  const credited = withPhotoCredits(text, withCompanyShortNames(text, withHandles(text, withDefinedNames(text, withQuotedTitles(text, joined, headingSpans)))));
  return withListedKin(text, withPlacePairs(text, withRepeatedSurnames(text, withPersonEvidence(text, credited, sentences))));
}

const QUOTED = /[“"]([^“”"\n]{3,160}?)[,.]?[”"]|(?<=^|[\s(])['‘]([^'‘’\n]{3,80}?)['’](?=[\s,.;:!?)]|$)/gu;
// `(?<!\w)` and `(?!\w)` for `\b`: under the i and u flags V8 runs `\b` a hundred times slower.
const SHOWN_WORDS_BEFORE =
  /(?<!\w)(?:(?:sign|banner|placard|poster|billboard|shirt|cap|hat|sticker|flag)s?,? (?:that |which )?(?:reads?|reading|says|saying|said|bearing|proclaim\w*)|emblazoned with|with the (?:words|slogan)|slogan|chant(?:s|ed|ing)?)\s*[:,]?\s*$/iu;
const WORK_NOUN_BEFORE = /(?<!\p{L})(\p{Ll}+),?\s$/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'as', 'from', 'with', 'that', 'into', 'than', 'upon', 'over', 'about', 'is', 'are', 'be']);

/**
 * “A Paradise Built in Hell: The Extraordinary Communities that Arise in
 * Disaster”, “Super Mario Run”, 'Penguin Post Office': a title in quotation
 * marks, written in title case, is one name (a work or product, or what its
 * last word says), whatever the tagger made of its words; unless a sign reads
 * it or someone says it (a slogan).
 */
function withQuotedTitles(text: string, mentions: Mention[], headings: readonly Span[]): Mention[] {
  const titles: Mention[] = [];
  const slogans: Span[] = [];
  for (const match of text.matchAll(QUOTED)) {
    // In a title-case headline every quotation looks like a title.
    if (headings.some((h) => h.start <= match.index! && match.index! < h.end)) continue;
    const inner = match[1] ?? match[2]!;
    if (inner.trim() !== inner) continue;
    const words = inner.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
    // One word is a title only right after a work's noun ("the song “Stephen”", "her novel 'Beloved'"); alone it may be a word quoted.
    const afterWork = words.length === 1 && WORK_NOUNS.has(WORK_NOUN_BEFORE.exec(text.slice(Math.max(0, match.index! - 24), match.index!))?.[1] ?? '');
    if ((words.length < 2 && !afterWork) || words.length > 16 || !/^\p{Lu}/u.test(words[0]!)) continue;
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    const titleCase = words.every((w) => /^\p{Lu}/u.test(w) || SMALL_WORDS.has(w.toLowerCase()) || !/^\p{L}/u.test(w));
    // A quotation inside ("It’s ‘Showtime at the Apollo.’") or a full stop makes it speech, not a title.
    if (!titleCase || (capitalised < 2 && !afterWork) || /[.!?](?:\s|$)|(?:^|\s)[‘'"]|[’'"](?:\s|$)/u.test(inner)) continue;
    const start = match.index! + match[0].indexOf(inner);
    const end = start + inner.length;
    // “a neon sign that reads ‘Glory to Communism’”, “a cap that said ‘Make America Great Again’”: words shown or said, not a work's title.
    if (SHOWN_WORDS_BEFORE.test(text.slice(Math.max(0, match.index! - 48), match.index!))) {
      slogans.push({ start, end });
      continue;
    }
    const head = NAME_HEAD_TYPES.get(words.at(-1)!.toLowerCase());
    titles.push({ start, end, text: inner, type: head === 'ORG' || head === 'LOC' ? head : 'MISC' });
  }
  if (titles.length === 0 && slogans.length === 0) return mentions;
  // A slogan's own words are no names, except ones known anyway ("America" in it stays a place).
  const inSlogan = (m: Mention) => slogans.some((s) => s.start <= m.start && m.end <= s.end) && knownType(m.text) === undefined;
  const kept = mentions.filter((m) => !inSlogan(m) && !titles.some((t) => m.start < t.end && t.start < m.end));
  return [...kept, ...titles].sort((a, b) => a.start - b.start);
}

/**
 * "on The Atlantic", "The Verge": a capital "The" that a gazetteer name starts
 * with belongs to the mention, and that entry gives the type (the magazine, not
 * the ocean the same word names without "The").
 */
function knownWithThe(text: string, start: number, end: number): KnownEntity | undefined {
  if (text.slice(Math.max(0, start - 4), start) !== 'The ') return undefined;
  const name = `The ${text.slice(start, end)}`;
  return ENTITY_TYPES.map((type) => describeKnown(name, type)).find((entry) => entry?.name === name);
}

const ORDINAL_BEFORE = /(?<![\p{L}\p{N}])((?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth) )$/u;
const NAMED_BEFORE = /\b(?:named|called) ((?:\p{Lu}\p{Ll}+ )+)$/u;

/** "the Carter administration": a name before "administration" is its president's. */
const LEADER_OF = /^ administration\b/u;

/**
 * "Pope Francis", "King Charles III", "Senator Mark Warner": a title before a person's name is not part of
 * the name, and says that it is a person's (a tagger trained on Reuters reads "King Charles III" as a thing).
 */
const TITLES_BEFORE_NAMES = new Set(
  `pope king queen prince princess tsar czar emperor empress sultan sheikh emir ayatollah president senator sen. governor gov. mayor general gen. colonel col. captain capt. judge bishop archbishop cardinal rabbi imam chancellor premier
  representative rep. congressman congresswoman assemblyman assemblywoman councilman councilwoman councillor minister taoiseach tanaiste tánaiste`.split(/\s+/u),
);

function withoutTitle(words: readonly Token[], type: string): readonly Token[] {
  return (type === 'PER' || type === 'MISC') && words.length > 1 && isTitleBeforeName(words[0]!.text) && /^\p{Lu}/u.test(words[1]!.text) ? words.slice(1) : words;
}

/**
 * "His Honour Judge Neil Ford QC", "Her Majesty Queen Elizabeth", "His Excellency President Xi": a form of
 * address, the titles after it and the letters of an honour after the name are not part of a person's name,
 * and say that it is one (a tagger trained on Reuters reads the whole as an institution).
 */
function withoutFormOfAddress(text: string, words: readonly Token[]): readonly Token[] {
  let i = /^(?:His|Her|Your)$/u.test(words[0]!.text) ? 1 : 0;
  if (i === 0 && !/(?<!\p{L})(?:His|Her|Your)\s$/u.test(text.slice(Math.max(0, words[0]!.start - 5), words[0]!.start))) return words;
  if (words[i]?.text === 'Royal') i++;
  if (!FORMS_OF_ADDRESS.has(words[i]?.text.toLowerCase() ?? '')) return words;
  i++;
  while (i < words.length - 1 && isTitleBeforeName(words[i]!.text)) i++;
  let end = words.length;
  while (end > i + 1 && POST_NOMINALS.has(words[end - 1]!.text.toLowerCase())) end--;
  return i < end ? words.slice(i, end) : words;
}

/**
 * "the Prince of Wales", "Duke of Edinburgh": a peer's title and the place it is "of" name a person; a tagger
 * trained on Reuters reads an institution, or only the place. A title the tagger took alone takes its of-phrase.
 */
function withNobleTitle(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  const isTitle = (i: number) => /^\p{Lu}/u.test(tokens[i]?.text ?? '') && NOBLE_TITLES.has(tokens[i]!.text.toLowerCase());
  const startsPlace = (i: number) => tokens[i]?.text === 'of' && /^\p{Lu}\p{Ll}/u.test(tokens[i + 1]?.text ?? '');
  if (span.start >= 2 && isTitle(span.start - 2) && startsPlace(span.start - 1)) return { start: span.start - 2, end: span.end, type: 'PER' };
  if (!isTitle(span.start) || !startsPlace(span.start + 1)) return span;
  if (span.end > span.start + 1) return { ...span, type: 'PER' };
  let end = span.start + 3;
  while (end < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[end]!.text)) end++;
  return { start: span.start, end, type: 'PER' };
}

/**
 * "her autobiography, Living History,", "his novel The Road", "the film Jaws": a name right after a work's noun
 * is its title; after a year, a nationality and a genre may stand between ("the 2011 British comedy film …", "her 1981
 * album …"), not otherwise ("their team play Rapid Vienna"). Behind a comma only after a possessive and closed as an apposition; never a single word the name
 * lists know as a person's ("the book Smith wrote").
 */
function isWorkTitle(text: string, words: readonly Token[], end: number): boolean {
  const work = WORK_BEFORE.exec(text.slice(Math.max(0, words[0]!.start - 50), words[0]!.start));
  if (!work || !WORK_NOUNS.has(work[2]!)) return false;
  if (work[3] && (!POSSESSIVES.has(work[1]!.toLowerCase()) || !/^[,.;)]/u.test(text.slice(end, end + 1)))) return false;
  return !(words.length === 1 && (loadGazetteer().wordMask(words[0]!.text.toLowerCase()) & PERSON_NAME) !== 0);
}

const WORK_BEFORE =
  /(?<!\p{L})([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he|[Aa]n?)\s+(?:\d{4}\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?)?(?:(?:new|latest|debut|first|last|final|upcoming|bestselling|best-selling|hit|classic)\s+)?(\p{Ll}+)(,?)\s(?:The\s)?$/u;
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** "President", and "President-elect" or "Governor-elect" before they take office. */
function isTitleBeforeName(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLES_BEFORE_NAMES.has(lower.endsWith('-elect') ? lower.slice(0, -'-elect'.length) : lower);
}

/**
 * "new Washington Supreme Court Justice Raquel Montoya-Lewis", "the US Congresswoman", "Chief Education Officer Dr
 * Ramona Archer-Bradshaw": an office after an institution or a place is a person's title, not part of the name, which
 * ends before it; a title all of whose words are an office's ("Chief Education Officer") names nothing. Not after
 * "of" ("Department of Justice").
 */
function withoutOffice(words: readonly Token[], type: string, next: string | undefined): readonly Token[] {
  const isOffice = (word: string) => /^\p{Lu}/u.test(word) && OFFICES.has(word.toLowerCase());
  if (type === 'PER') return words;
  // The tagger may leave the office out: "Chief Education" before "Officer".
  if (next !== undefined && isOffice(next) && words.every((w) => TITLE_MODIFIERS.has(w.text.toLowerCase()))) return [];
  if (words.length < 2 || !isOffice(words.at(-1)!.text)) return words;
  const rest = words.slice(0, -1);
  if (!/^\p{Lu}/u.test(rest.at(-1)!.text)) return words;
  return rest.every((w) => TITLE_MODIFIERS.has(w.text.toLowerCase())) ? [] : rest;
}

/** "CEO of Illumina", "IPO of Arm": a common abbreviation and its of-phrase leave the name after them. */
function withoutLeadingNonName(words: readonly Token[]): readonly Token[] {
  return words.length > 2 && NOT_NAMES.has(words[0]!.text.toLowerCase()) && words[1]!.text === 'of' ? words.slice(2) : words;
}

/**
 * "Trump supporters?": a tagger trained on Reuters may run a name on into the
 * lower-case words and the question mark after it. A name ends on a word with a
 * capital or a digit ("iPhone", "de Blasio" keep theirs inside), on ")" or "!",
 * or on a head word British style writes small ("West Mercia police").
 */
function withoutLowerCaseTail(words: readonly Token[]): readonly Token[] {
  const loose = (i: number) => {
    const word = words[i]!.text;
    // "Best place to sleep !!!!", "Thanks!!": exclamation marks set apart or doubled close a sentence, not a name like "Yahoo!".
    const exclaimed = word === '!' && i > 0 && (words[i - 1]!.end < words[i]!.start || words[i - 1]!.text === '!');
    return (isLowerCaseWord(word) && !NAME_HEAD_TYPES.has(word)) || LOOSE_PUNCTUATION.test(word) || exclaimed;
  };
  let end = words.length;
  while (end > 0 && loose(end - 1)) end--;
  return end === words.length ? words : words.slice(0, end);
}

const LOWER_CASE_WORD = /^\p{Ll}+$/u;

/** `LOWER_CASE_WORD.test(word)`, without the pattern for the plain ASCII words that are most of a text's tokens. */
export function isLowerCaseWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER_CASE_WORD.test(word);
    if (c < 97 || c > 122) return false;
  }
  return word.length > 0;
}

const LOOSE_PUNCTUATION = /^[?,;:'"“”‘’]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** "AMD Polaris GPU": a common technical word after a name is not part of it, unless the gazetteer knows the whole ("PlayStation VR"). */
function withoutTrailingNonName(words: readonly Token[]): readonly Token[] {
  return words.length > 1 && NOT_NAMES.has(words.at(-1)!.text.toLowerCase()) && knownType(joined(words)) === undefined ? words.slice(0, -1) : words;
}

/**
 * Two names the tagger ran together: "Stanford University’s Center" at the
 * possessive, and "Apple Nintendo" or "Virginia Democrats" where both sides are
 * names the gazetteer knows (or a first and last name before a known name).
 */
function splitJoinedNames(words: readonly Token[]): (readonly Token[])[] {
  // Each split point joins both sides again: a run longer than two known names is left whole, so a page of capitalised words stays linear.
  if (words.length > MAX_JOINED_WORDS) return [words];
  const possessive = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^['’]s$/u.test(w.text) && /^\p{Lu}/u.test(words[i + 1]!.text));
  // Only after a name that stands on its own ("Stanford University’s Center"), not inside a title ("Super Lucky’s Tale").
  if (possessive > 0 && (isNamed(joined(words.slice(0, possessive))) || NAME_HEAD_TYPES.get(words[possessive - 1]!.text.toLowerCase()) === 'ORG')) {
    return [words.slice(0, possessive), ...splitJoinedNames(words.slice(possessive + 1))];
  }
  if (words.length < 2 || knownType(joined(words))) return [words];
  for (let k = words.length - 1; k > 0; k--) {
    const left = joined(words.slice(0, k));
    const right = joined(words.slice(k));
    // "U.S. Supreme Court": a place before an institution is part of its name.
    if (knownType(left) === 'LOC' && knownType(right) === 'ORG') continue;
    // "Michael R. Bloomberg": a first name and a middle initial are no name without the surname after them.
    const firstAndLast = k === 2 && isListedAs(words[0]!.text, 'firstName') && !MIDDLE_INITIAL.test(words[1]!.text);
    if (isNamed(right) && (isNamed(left) || firstAndLast)) {
      return [words.slice(0, k), words.slice(k)];
    }
  }
  return [words];
}

/** Two gazetteer names, the longest of which has 11 words ("Hong Kong Special Administrative Region of the People's Republic of China"). */
const MAX_JOINED_WORDS = 24;
const joined = (words: readonly Token[]) => words.map((w) => w.text).join(' ');
const isNamed = (name: string) => knownType(name) !== undefined || describeKnown(name, 'ORG') !== undefined;
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;

const HONORIFIC_BEFORE = /(?<!\p{L})(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?\s$/u;

/**
 * Capitalised words that are not names: technical abbreviations and page labels
 * ("CPU", "Read more"), a degree after a name ("Katie Allen, MD"), a word of
 * legislation or an institution's common noun after an article ("the Bill",
 * "the Government"), an era after a year ("512 BC"), and the first word of a numbered
 * heading ("1. Define") that prose never capitalises.
 */
function isNonName(text: string, start: number, end: number, previous: Mention | undefined, taggedType: string): boolean {
  const written = text.slice(start, end);
  const lower = written.toLowerCase();
  if (NOT_NAMES.has(lower) || isCompoundAdjective(written, taggedType)) return true;
  const before = text.slice(Math.max(0, start - 12), start);
  if (DEGREES.has(lower) && /,\s*$/u.test(before) && previous !== undefined && start - previous.end <= 3) return true;
  if ((LEGISLATION_WORDS.has(lower) || GENERIC_INSTITUTIONS.has(lower)) && /(?<!\w)(?:the|this|that|a|an)\s$/iu.test(before)) return true;
  if (ERAS.has(lower) && /(?:\d|(?<!\w)century|(?<!\w)millennium)\s$/iu.test(before)) return true;
  if (isPartyMember(written) || isListedRole(text, start, end, previous)) return true;
  if (isDate(lower, before, text.slice(end, end + 6)) || WEB_ADDRESS_OR_FILE.test(written) || isPartyStateTag(text, start, end)) return true;
  // "Rob@aol.com", "Lisa_resume.doc", "http://unitedway.enron.com" split by the tokenizer: a word glued to "@", "_" or "://" is part of an address.
  if (/^[@_][\p{L}\d]/u.test(text.slice(end, end + 2)) || /[\p{L}\d][@_]$|:\/\/$/u.test(before)) return true;
  const line = shortLineAround(text, start, end);
  // "1. Define your goals": a numbered heading's first word, with nothing but lower-case words after it (not a results
  // table's "1. Soininen (Finland) 12.34"). Prose capitalises the word too when it only follows a list number, so ask the name lists.
  return (
    line !== undefined &&
    !/\s/u.test(lower) &&
    /^\s*(?:\d{1,2}|[a-z])[.)]\s+$/u.test(text.slice(line.start, start)) &&
    /^[\s\p{Ll}\p{P}]*$/u.test(text.slice(end, line.end).replace(/\d/gu, 'X')) &&
    loadGazetteer().wordMask(lower) === 0 &&
    knownType(lower) === undefined
  );
}

/**
 * "– Kyle Hughes, Writer", "Drucilla Cornell, Founder, uBuntu Project", "Attorney, Sports Business Analyst, Author.":
 * a role after a comma that follows a name or another role, in a credit line or a list of roles, describes and
 * names no one. Not a full name ("Peter Singer") nor a list of names ("Madonna, Prince, and Cher").
 */
function isListedRole(text: string, start: number, end: number, previous: Mention | undefined): boolean {
  const written = text.slice(start, end);
  const words = written.split(/\s+/u);
  if (!PERSON_NOUNS.has(words.at(-1)!.toLowerCase()) || knownType(written) !== undefined || words.some((w) => isListedAs(w, 'firstName'))) return false;
  const before = text.slice(Math.max(0, start - 40), start);
  const afterName = previous !== undefined && start - previous.end <= 3 && /,\s*$/u.test(before);
  const afterRole = PERSON_NOUNS.has(/(\p{L}+),\s*$/u.exec(before)?.[1]?.toLowerCase() ?? '');
  return (afterName || afterRole) && /^(?:\.?[^\S\n]*(?:\n|$)|\.\s|,(?!\s*(?:and|or)\b))/u.test(text.slice(end, end + 8));
}

/** "the Conservative MP said", "the Labour MP for Newcastle Central": one or two words of a party and a member's title. */
function isPartyMember(written: string): boolean {
  const words = written.split(' ');
  return words.length >= 2 && words.length <= 3 && MEMBER_TITLES.has(words.at(-1)!.toLowerCase()) && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
}

/**
 * "Rep. Bill Lipinski (D-Ill.)", "Sen. Ted Cruz (R-Texas)": a lawmaker's party and state in brackets,
 * the state written out or abbreviated, names neither a party nor a place on its own.
 */
function isPartyStateTag(text: string, start: number, end: number): boolean {
  // Brackets are looked for only as far as a tag reaches: unbounded, each mention's search crossed a page without them.
  const windowStart = Math.max(0, start - 3);
  const open = text.slice(windowStart, start + 1).lastIndexOf('(');
  const close = text.slice(end, end + 7).indexOf(')');
  if (open < 0 || close < 0) return false;
  const bracketed = text.slice(windowStart + open, end + close + 1);
  const tag = /^\([DRI][-–]/u.test(bracketed) ? PARTY_STATE.exec(bracketed) : null;
  return tag !== null && (STATE_ABBREVIATIONS.has(tag[1]!.toLowerCase()) || knownType(tag[1]!) === 'LOC');
}

// Its letter classes compile to 37 KB: a bracket that opens no party's letter and dash does not run it.
const PARTY_STATE = /^\((?:D|R|I)[-–]([\p{L}.]+(?: [\p{L}.]+)?)\)$/u;

/**
 * "Saturday Dec.", "Sunday": a day or month written out, alone or with another; "Jan. 9", "25 May": a day's
 * number next to a month. Not "Sun Jun" (abbreviations only: a Chinese name) or a lone "May" (a surname too).
 */
function isDate(lower: string, before: string, after: string): boolean {
  const words = lower.split(/\s+/u).map((w) => w.replace(/\.$/u, ''));
  const written = (w: string) => WEEKDAYS.has(w) || MONTHS.has(w);
  if (!words.every((w) => written(w) || DATE_ABBREVIATIONS.has(w))) return false;
  if (words.length > 1 ? words.some(written) : WEEKDAYS.has(words[0]!)) return true;
  return /^\.?\s\d{1,2}(?!\d)/u.test(after) || /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?\s$/u.test(before);
}

/** "http://unitedway.enron.com", "www.igourmet.com", "RobBrnglsn@aol.com", "Lisa_resume.doc": an address or a file, named by nobody. */
const WEB_ADDRESS_OR_FILE = /:\/\/|^www\.|[\p{L}\d]@[\p{L}\d-]+\.\p{L}|\.(?:docx?|pdf|xlsx?|pptx?|jpe?g|png|gif|txt|zip|mp[34])$/iu;

/**
 * "Pakistan-based", "anti-Trump", "Israeli-Palestinian", "Keynesian": a word
 * that describes by a name without being one.
 */
function isCompoundAdjective(word: string, taggedType: string): boolean {
  // "Los Angeles-area" read as a person: a longer name with a modifier's tail describes by the place. The tagger's MISC
  // for it ("New York-based") is Reuters' convention, and a lower-case syllable ends a name too ("Kang Young-hoon").
  if (/\s/u.test(word)) return taggedType !== 'MISC' && PLACE_MODIFIERS.has(/-(\p{Ll}+)$/u.exec(word)?.[1] ?? '');
  if (word.includes('-')) {
    const parts = word.split('-');
    return parts.some((p) => /^\p{Ll}/u.test(p)) || parts.every((p) => isDemonym(p));
  }
  // "Keynesian" as the tagger's MISC, not "Hibernian" the club or "Caribbean" the sea.
  return taggedType === 'MISC' && /^\p{Lu}\p{Ll}+(?:ian|ean|ism|ist|ists)$/u.test(word) && knownType(word) === undefined && (loadGazetteer().wordMask(word.toLowerCase()) & PERSON_NAME) === 0;
}

const PERSON_NAME = (1 << GAZETTEER_CLASSES.indexOf('firstName')) | (1 << GAZETTEER_CLASSES.indexOf('lastName'));

/**
 * Words the article writes in lower case, less those it also uses inside a
 * longer name ("bush" stays a name's word when "George Bush" is tagged).
 */
function commonWords(tokens: readonly (readonly Token[])[], tags: readonly (readonly string[])[]): Set<string> {
  const lower = new Set<string>();
  for (const sentence of tokens) for (const t of sentence) if (isLowerCaseWord(t.text)) lower.add(t.text);
  tokens.forEach((sentence, s) => {
    for (const span of spansFromTags(tags[s]!)) {
      if (span.end - span.start > 1) for (let i = span.start; i < span.end; i++) lower.delete(sentence[i]!.text.toLowerCase());
    }
  });
  return lower;
}

/**
 * "Performance", "Charge": one capitalised word that the same article also
 * writes in lower case, and no name list knows, is a common word (a heading's,
 * a menu's or a sentence's first), not a name.
 */
function isCommonWord(words: readonly Token[], lowerCase: () => Set<string>): boolean {
  if (words.length !== 1) return false;
  const word = words[0]!.text;
  const lower = word.toLowerCase();
  // "VERY", "GREAT": a word shouted in capitals, four letters or more (shorter ones are acronyms: "ICE", "WHO").
  const shape = /^\p{Lu}\p{Ll}+$/u.test(word) || /^\p{Lu}{4,}$/u.test(word);
  return shape && lowerCase().has(lower) && loadGazetteer().wordMask(lower) === 0 && knownType(word) === undefined;
}

/**
 * "By JANIE HAR": a name right after "By" opening a line is the writer's; so is
 * a line that is nothing but a first name and a surname in capitals (a byline,
 * though a tagger trained on Reuters reads a line of capitals as a dateline's place).
 */
function bylineType(text: string, start: number, end: number): EntityType | undefined {
  const bounds = shortLineAround(text, start, end);
  if (!bounds) return undefined;
  if (/^\s*By\s+$/iu.test(text.slice(bounds.start, start))) return 'PER';
  const line = text.slice(bounds.start, bounds.end).trim();
  // Only a line that is the mention alone can be one in capitals: most lines are more, and need no split.
  if (line !== text.slice(start, end)) return undefined;
  const words = line.split(/\s+/u);
  const alone = words.length >= 2 && words.length <= 3 && line === line.toUpperCase();
  return alone && isListedAs(words[0]!, 'firstName') && knownType(line) === undefined ? 'PER' : undefined;
}

const SHORT_LINE = 200;

/**
 * The line holding `[start, end)`, or undefined when it reaches further than
 * SHORT_LINE characters either way. Bylines and numbered headings are short
 * lines, and a bounded look keeps one huge single-line paragraph linear.
 */
function shortLineAround(text: string, start: number, end: number): Span | undefined {
  const from = Math.max(0, start - SHORT_LINE);
  const before = text.slice(from, start).lastIndexOf('\n');
  const lineStart = before >= 0 ? from + before + 1 : from === 0 ? 0 : -1;
  const after = text.slice(end, end + SHORT_LINE).indexOf('\n');
  const lineEnd = after >= 0 ? end + after : end + SHORT_LINE >= text.length ? text.length : -1;
  return lineStart < 0 || lineEnd < 0 ? undefined : { start: lineStart, end: lineEnd };
}

const GLUED_LABEL = /^((?:Credit|Photo|Image|Source|Illustration)+)(?=\p{Lu}\p{Ll})/u;
const CAPTION_LABEL = /^(?:Credit|Photo|Image|Source|Illustration)+$/u;
const LABEL_INITIALS = 'CPIS';

/**
 * "CreditKirsten Luce": a caption's label written against the name after it, as
 * pages set them in separate elements. The label becomes a token of its own.
 */
function splitGluedLabels(tokens: Token[]): Token[] {
  if (!tokens.some((t) => t.text.length > 6 && LABEL_INITIALS.includes(t.text[0]!) && GLUED_LABEL.test(t.text))) return tokens;
  return tokens.flatMap((token) => {
    const label = GLUED_LABEL.exec(token.text)?.[1];
    if (!label) return [token];
    const at = token.start + label.length;
    return [
      { start: token.start, end: at, text: label },
      { start: at, end: token.end, text: token.text.slice(label.length) },
    ];
  });
}

/**
 * "Tesla AI Day", "Apple Worldwide Developers Conference": an event or programme
 * named after its organiser is one name, though the tagger splits off the organiser.
 * So is an institution named after a person ("Andy Warhol Foundation for the Visual
 * Arts", read as "Andy" and "Warhol Foundation …" after the artist's own mentions).
 */
function joinNamedEvents(text: string, mentions: Mention[]): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    const previous = joined.at(-1);
    const adjacent = previous !== undefined && mention.start === previous.end + 1 && text[previous.end] === ' ' && /\s/u.test(mention.text);
    const lastWord = mention.text.slice(mention.text.lastIndexOf(' ') + 1).toLowerCase();
    const type = previous?.type !== 'MISC' && NAME_HEAD_TYPES.get(lastWord) === 'MISC' ? 'MISC' : previous?.type === 'PER' && isHeadedOrganisation(mention) ? 'ORG' : undefined;
    if (adjacent && type) {
      joined[joined.length - 1] = { start: previous!.start, end: mention.end, text: text.slice(previous!.start, mention.end), type };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** An organisation's mention with a capitalised head word in it ("Warhol Foundation for the Visual Arts"). */
function isHeadedOrganisation(mention: Mention): boolean {
  return mention.type === 'ORG' && mention.text.split(' ').some((w) => /^\p{Lu}/u.test(w) && NAME_HEAD_TYPES.get(w.toLowerCase()) === 'ORG');
}

interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/** "Council on Foreign Relations": the tagger stopped inside a name the gazetteer knows; the mention takes all of it. */
function widenToKnownName(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  if (!startsKnownName(tokens[span.start]!.text)) return span;
  for (let end = Math.min(tokens.length, span.start + 8); end > span.end; end--) {
    if (!/^[\p{Lu}\d]/u.test(tokens[end - 1]!.text)) continue;
    const inner = tokens.slice(span.end, end);
    // "PlayStation 4 Pro": a model number inside a known name.
    if (!inner.every((t) => /^[\p{Lu}\d]/u.test(t.text) || KNOWN_NAME_JOINERS.has(t.text.toLowerCase()))) continue;
    const type = knownType(tokens.slice(span.start, end).map((t) => t.text).join(' '));
    if (type) return { start: span.start, end, type };
  }
  return span;
}

/** "Leadleo Research on Sept. 3": a date after "on" is no part of the name. */
const DATE_WORD = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{Ll}*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u;

/**
 * "Center on Poverty and Inequality", "Committee for a Responsible Federal
 * Budget", "Committee to Protect Journalists": after a word that says organisation, "of", "on", "for" or
 * "to" (before a capitalised verb, not a known name: "sent to Congress") and capitalised words continue the
 * name, though the tagger stopped.
 */
function withOfPhrase(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  const joiner = tokens[span.end]?.text ?? '';
  if (NAME_HEAD_TYPES.get(tokens[span.end - 1]!.text.toLowerCase()) !== 'ORG' || !['of', 'on', 'for', 'to'].includes(joiner)) return span;
  if (joiner === 'to' && !/^\p{Lu}\p{Ll}/u.test(tokens[span.end + 1]?.text ?? '')) return span;
  if (joiner === 'to' && (isListedAs(tokens[span.end + 1]!.text, 'place') || isNamed(tokens[span.end + 1]!.text))) return span;
  let end = span.end + 1;
  if (['a', 'the'].includes(tokens[end]?.text ?? '')) end++;
  let last = -1;
  const joins = (i: number) => ['and', '&', 'of'].includes(tokens[i]!.text) || (tokens[i]!.text === 'the' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? ''));
  while (end < tokens.length && !DATE_WORD.test(tokens[end]!.text) && (/^\p{Lu}/u.test(tokens[end]!.text) || (last > 0 && joins(end)))) {
    if (/^\p{Lu}/u.test(tokens[end]!.text)) last = end;
    end++;
  }
  // "the Committee to Congress": after "to", one capitalised word is where something went.
  const enough = joiner === 'to' ? tokens.slice(span.end + 1, last + 1).filter((t) => /^\p{Lu}/u.test(t.text)).length >= 2 : last > 0;
  return enough ? { ...span, end: last + 1, type: 'ORG' } : span;
}

/**
 * "the Kingdom of France", "the Principality of Nitra": a state's word and "of" before a place are part of its name, a
 * place's (the tagger takes the place alone, or the whole for an institution). Not other words before "of" ("Bank of France").
 */
function withStateLead(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  const lead = tokens[span.start - 2];
  if (span.start < 2 || tokens[span.start - 1]!.text !== 'of' || !/^\p{Lu}/u.test(lead!.text) || !STATE_LEADS.has(lead!.text.toLowerCase())) return span;
  return { start: span.start - 2, end: span.end, type: 'LOC' };
}

/**
 * "ZongMu Technology", "WhiTim Napa LLC": the tagger stops before a capitalised word that says what the name is,
 * or a company's legal form in capitals; take it in.
 */
function withNameHead(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  const next = tokens[span.end];
  // British style writes a force's name with a small p ("West Mercia police"); it is still the force.
  if (next?.text === 'police' && span.type === 'LOC') return { start: span.start, end: span.end + 1, type: 'ORG' };
  // "the ruling Fatah party", "the Likud party": a name before a small "party" is the party's, whatever it sounds like.
  if (next?.text === 'party' && (span.type === 'LOC' || span.type === 'PER')) return { ...span, type: 'ORG' };
  if (!next || !/^\p{Lu}(?:\p{Ll}|LC$|LP$)/u.test(next.text) || !NAME_HEAD_TYPES.has(next.text.toLowerCase())) return span;
  return { ...span, end: span.end + 1 };
}

const KNOWN_NAME_JOINERS = new Set(['of', 'and', '&', 'the', 'for', 'de', 'on', 'in', 'at', 'to']);
/** A capital or a camel-case brand ("iPhone", "eBay"). A module constant: a literal in a loop is a new RegExp each time it runs. */
const KNOWN_NAME_START = /^(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})/u;

/** `KNOWN_NAME_START.test(word)`, by code for a word whose first three characters are ASCII: it is asked of every token. */
function startsLikeKnownName(word: string): boolean {
  // Past the word's end a code is NaN, neither ASCII nor a letter.
  const a = word.charCodeAt(0);
  const b = word.charCodeAt(1);
  const c = word.charCodeAt(2);
  if (a >= 128 || b >= 128 || c >= 128) return KNOWN_NAME_START.test(word);
  return isAsciiUpper(a) || (isAsciiLower(a) && (isAsciiUpper(b) || (isAsciiLower(b) && isAsciiUpper(c))));
}

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Names the gazetteer knows that the tagger skipped ("Flushing, Queens",
 * "Snapchat", "iPhone"): the longest run of capitalised words (or a camel-case
 * brand) that the gazetteer knows with one type; at a sentence's start, only as the gazetteer writes it.
 */
function knownNames(tokens: readonly Token[], tagged: readonly TokenSpan[]): TokenSpan[] {
  const taken = new Set<number>();
  for (const span of tagged) for (let i = span.start; i < span.end; i++) taken.add(i);
  const found: TokenSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i) || !startsLikeKnownName(tokens[i]!.text) || !startsKnownName(tokens[i]!.text)) continue;
    let end = i + 1;
    while (end < tokens.length && end < i + 6 && !taken.has(end) && (startsUpperCase(tokens[end]!.text) || KNOWN_NAME_JOINERS.has(tokens[end]!.text.toLowerCase()))) end++;
    for (; end > i; end--) {
      if (!startsLikeKnownName(tokens[end - 1]!.text)) continue;
      const name = tokens.slice(i, end).map((t) => t.text).join(' ');
      const type = knownType(name);
      if (!type || (i === 0 && !isWrittenAsKnown(name))) continue;
      found.push({ start: i, end, type });
      i = end - 1;
      break;
    }
  }
  return found;
}

/**
 * A sentence's first word has a capital whatever it is, so a name known there must be written as the gazetteer
 * writes it (or its last words: "Trudeau" for Justin Trudeau), or in capitals ("SEOUL 1996-08-30"; not "Ice" for ICE).
 */
function isWrittenAsKnown(name: string): boolean {
  const known = describeKnown(name)?.name;
  return known === name || known?.endsWith(` ${name}`) === true || (/\p{Lu}{2}/u.test(name) && name === name.toUpperCase());
}

/**
 * "China’s Leadleo Research": capitalised words the tagger skipped, ending in a
 * word that says "organisation". News is full of young companies whose names
 * the 1990s training text never saw; their head word gives them away.
 */
function headedOrganisations(tokens: readonly Token[], tagged: readonly TokenSpan[]): TokenSpan[] {
  const taken = new Set<number>();
  for (const span of tagged) for (let i = span.start; i < span.end; i++) taken.add(i);
  const free = (i: number) => i > 0 && !taken.has(i) && /^\p{Lu}[\p{L}\p{N}-]*$/u.test(tokens[i]!.text) && !LEADING_FUNCTION_WORDS.has(tokens[i]!.text.toLowerCase()) && !isDemonym(tokens[i]!.text);
  const found: TokenSpan[] = [];
  for (let head = 2; head < tokens.length; head++) {
    if (taken.has(head) || !startsUpperCase(tokens[head]!.text) || NAME_HEAD_TYPES.get(tokens[head]!.text.toLowerCase()) !== 'ORG') continue;
    let start = head;
    while (start > head - 3 && free(start - 1) && !NAME_HEAD_TYPES.has(tokens[start - 1]!.text.toLowerCase())) start--;
    if (start < head) found.push({ start, end: head + 1, type: 'ORG' });
  }
  return found;
}

const OPENING_QUOTES = new Set(['“', '"', '‘']);
const CLOSING_QUOTES = new Set(['”', '"', '’']);
const NAME_JOINERS = new Set(['and', 'of', 'the', 'for', 'in', 'on', '&']);

/**
 * “Belt and Road”: a title-case phrase in quotation marks is one name. When the
 * tagger marked only part of it, the mention takes the whole phrase.
 */
function widenToQuotedName(tokens: readonly Token[], span: TokenSpan): TokenSpan {
  let open = span.start - 1;
  while (open >= 0 && open > span.start - 5 && !OPENING_QUOTES.has(tokens[open]!.text)) open--;
  let close = span.end;
  while (close < tokens.length && close < span.end + 4 && !CLOSING_QUOTES.has(tokens[close]!.text)) close++;
  if (open < 0 || !OPENING_QUOTES.has(tokens[open]?.text ?? '') || !CLOSING_QUOTES.has(tokens[close]?.text ?? '')) return span;
  const inner = tokens.slice(open + 1, close);
  if (inner.length < 2 || inner.length > 6 || (open + 1 === span.start && close === span.end)) return span;
  const fits = inner.every((t, i) => /^\p{Lu}/u.test(t.text) || (i > 0 && i < inner.length - 1 && NAME_JOINERS.has(t.text.toLowerCase())));
  return fits ? { ...span, start: open + 1, end: close } : span;
}

/** The first token of a span that is not a leading function word ("Since Huawei" → "Huawei"). */
function firstNameToken(tokens: readonly Token[], start: number, end: number): number {
  let first = start;
  while (first < end && (LEADING_FUNCTION_WORDS.has(tokens[first]!.text.toLowerCase()) || CAPTION_LABEL.test(tokens[first]!.text))) first++;
  return first;
}

function typeByHead(words: readonly Token[], type: EntityType): EntityType {
  // "SmartAsset.com", "Wired.com": a website named by its address is the company or publication behind it.
  if (words.length === 1) return WEB_ADDRESS.test(words[0]!.text) ? 'ORG' : type;
  const byLast = NAME_HEAD_TYPES.get(words.at(-1)!.text.toLowerCase());
  if (byLast) return byLast;
  if (isLanguageVariety(words)) return 'MISC';
  if (STREET_HEADS.has(words.at(-1)!.text.toLowerCase()) && !describeKnown(words[0]!.text, 'ORG') && knownType(joined(words)) === undefined) return 'LOC';
  if (words[1]!.text === 'of' && STATE_LEADS.has(words[0]!.text.toLowerCase())) return 'LOC';
  const lead = NAME_LEAD_TYPES.get(words[0]!.text.toLowerCase());
  // "Museum of Neon Art", "Boulevard Montmartre": a leading head word, before "of" or a name.
  return lead && (lead === 'LOC' || words[1]!.text === 'of') ? lead : type;
}

const WEB_ADDRESS = /^[\p{L}\d-]+\.(?:com|org|net)$/iu;

/**
 * "Medieval Spanish", "Golden Age Spanish", "Old English": a period's words before a nationality's word name a
 * stage of its language (MISC), which a tagger trained on Reuters reads as an organisation. Only the period words
 * of `LANGUAGE_PERIODS`: other words there name a paper ("Odessa American") or a company ("First Great Western").
 */
function isLanguageVariety(words: readonly Token[]): boolean {
  return DEMONYMS.has(words.at(-1)!.text.toLowerCase()) && words.slice(0, -1).every((w) => LANGUAGE_PERIODS.has(w.text.toLowerCase()));
}

/** "Coach: Lisa Gilette": in a heading, a person's name the tagger found, starting with a listed first name. */
function isFullNameOfPerson(words: readonly Token[], type: string): boolean {
  if (type !== 'PER' || words.length < 2 || words.length > 3 || !words.every((w) => startsUpperCase(w.text))) return false;
  return isListedAs(words[0]!.text, 'firstName');
}

/** A name in a heading is trusted when prose elsewhere capitalises all its words, or the gazetteer lists it. */
function isKnownName(words: readonly Token[], capitalised: Set<string>): boolean {
  const lower = words.map((w) => w.text.toLowerCase());
  if (lower.every((w) => capitalised.has(w) || !/\p{L}/u.test(w))) return true;
  if (knownType(words.map((w) => w.text).join(' '))) return true;
  const gazetteer = loadGazetteer();
  return lower.length === 1 ? gazetteer.wordMask(lower[0]!) !== 0 : gazetteer.phraseTags(lower)[0] !== 0;
}

/** A heading in title case ("Lagging Behind in Advanced Technology"): no closing punctuation, three or more long words, all capitalised. */
function isTitleCaseHeading(tokens: readonly Token[]): boolean {
  // "Credit Kirsten Luce for The New York Times" is a caption's credit line and "By Janie Har, Associated Press" a byline, not headings.
  if (CAPTION_LABEL.test(tokens[0]?.text ?? '') || tokens[0]?.text === 'By') return false;
  // A sentence's closing mark rules most out before their words are gathered.
  if (/[.!?"”’:]$/u.test(tokens.at(-1)?.text ?? '')) return false;
  const words = tokens.filter((t) => LONG_WORD_START.test(t.text));
  if (words.length < 3) return false;
  return words.every((t) => startsUpperCase(t.text)) && !isListOfNames(tokens);
}

/**
 * "Kristen Quinn, Sarah Mulholland, Samuel Pak, Daniel Kang": three or more items of two or three
 * capitalised words between commas (after a label and a colon, if any) are a list of names, not a heading.
 */
function isListOfNames(tokens: readonly Token[]): boolean {
  const colon = tokens.findIndex((t) => t.text === ':');
  const items: Token[][] = [[]];
  for (const token of tokens.slice(colon + 1)) {
    if (token.text === ',') items.push([]);
    else items.at(-1)!.push(token);
  }
  return items.length >= 3 && items.every((item) => item.length >= 2 && item.length <= 3 && item.every((t) => startsUpperCase(t.text)));
}

const UPPER_START = /^\p{Lu}/u;
const LONG_WORD_START = /^\p{L}{4,}/u;

/** `/^\p{Lu}/u.test(word)` without running the expression on an ASCII first letter: it is asked of every token. */
function startsUpperCase(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}

/** Words written with a capital inside a sentence of ordinary prose: names, not headline style. */
function capitalisedInProse(tokens: readonly (readonly Token[])[], headings: readonly boolean[]): Set<string> {
  const seen = new Set<string>();
  tokens.forEach((sentence, s) => {
    if (headings[s]) return;
    sentence.forEach((token, i) => {
      if (i > 0 && startsUpperCase(token.text)) seen.add(token.text.toLowerCase());
    });
  });
  return seen;
}
