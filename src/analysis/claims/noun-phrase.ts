import {
  AUXILIARIES, DETERMINERS, DOCUMENT_NOUNS, FIELD_SUFFIX, FIRST_PERSON, INDEFINITES, LEADING_CONNECTIVES, LEADING_CONNECTIVE_PAIRS, LONG_AGENT_PLURAL, MONTHS, NOT_NAMES,
  ORG_HEADS, PERSONAL_PRONOUNS, QUANTITY_NOUNS, SPEAKING_FOR_HEADS, SPOKESPERSON_HEADS, VAGUE_HEADS,
  ORGANIZATION_NOUNS, OBTAINED_PARTICIPLES, WORK_NOUNS, PERFECT_ADVERBS, PERFECT_AUXILIARIES,
  PERSON_ROLE_NOUNS, singularNoun, NAME_TITLES, ADJECTIVE_ENDING, IMPERATIVE_MARKERS, READER_OBJECTS, OBJECT_DETERMINERS, LONE_TIME_WORDS, TIME_UNITS, TIME_DEICTICS, WEEKDAYS,
} from './data/lexicons';
import { ANONYMOUS_HEADS, APPROXIMATORS, CONDITIONAL_SUBORDINATORS, NUMBER_WORDS, PHRASE_JOINERS, SUBJECT_PRONOUNS } from './data/frame-words';
import { COLLECTIVE_SPEAKERS, GROUP_MEMBER_PRONOUNS } from './data/speaker-words';
import { isFirstName } from './person-sex';
import { isDemonym } from '../entities/names';
import { REPORTING_FORMS } from './data/reporting-verbs';
import { isSpeakingNoun } from './source-shape';
import { firstStartingAt } from '../spans';
import type { ArticleView, SentenceView, SourceRef } from './types';
import { isCapitalised, isLetterWord, type Word } from './words';

/** A half-open range of word indexes in a sentence. */
export interface WordRange {
  from: number;
  to: number;
}

const SUBORDINATORS = new Set(['whenever', 'when', 'because', 'if', 'unless', 'while', 'whereas', 'although', 'though', 'since', 'after', 'before', 'until', 'once', 'wherever']);
const CLAUSE_EDGES = new Set([':', ';', '“', '”', '"', '—', '–', '--', '(', ')', '[', ']']);
const RELATIVES = new Set(['who', 'which', 'that', 'whose', 'whom', 'where']);
const PREPOSITIONS = new Set(['of', 'from', 'for', 'at', 'in', 'with', 'on', 'to', 'by', 'about', 'near', 'inside', 'within', 'among', 'along', 'including', 'over', 'under', 'after', 'before', 'during', 'since', 'amid', 'despite']);
const NAME_CONNECTORS = new Set(['of', 'on', 'and', 'for', 'de', 'la', 'le', 'van', 'von', 'der', 'del', 'al', 'bin', '&', 'du', 'da']);
/** Irregular past forms that show a clause of its own before "and": "began", "came", "rose". */
const FINITE_PAST = new Set(['began', 'came', 'went', 'took', 'made', 'got', 'gave', 'became', 'found', 'left', 'met', 'won', 'lost', 'rose', 'fell', 'grew', 'ran', 'saw', 'knew', 'held', 'kept', 'brought', 'bought', 'sent', 'spent', 'built', 'paid']);
/** "(WHO)", "(R-Texas)", "(left)": a parenthesis this short beside a name is an aside, not a clause. */
const MAX_PARENTHESIS_WORDS = 6;
const ORG_WORDS = /^(?:Inc|Corp|Corporation|Company|Co|Ltd|Group|Party|Bank|University|Times|Post|News|Research|Capital|Fund|Department|Ministry|Agency|Council|Commission|Institute|Center|Centre|Laboratory|Association|Foundation|Police|Authority|Administration|Court|Office|Committee|Service|Board|Organization|Organisation|Magazine|Journal|Project|Network|Union|Federation|House|Congress|Senate|Parliament|Government|Force|Army|Navy)$/u;

// A module constant: asked of the words before every verb, and a literal is a new RegExp each time it runs.
const LY_ENDING = /ly$/u;
/** Words after which a word in -ly is a noun: "the family", "his family", "a weekly". */
const NOUN_AFTER = new Set([...DETERMINERS, 'a', 'an']);

/** Skips auxiliaries and adverbs leftwards from a verb: "has long been", "strongly". */
export function verbGroupStart(words: Word[], verb: number): number {
  let i = verb;
  while (i > 0) {
    const w = words[i - 1]!;
    const perfectAdverb = PERFECT_ADVERBS.has(w.lower) && PERFECT_AUXILIARIES.has(words[i - 2]?.lower ?? '');
    // "The family said", "the weekly reported": after a determiner a word in -ly is the subject's noun, not an adverb.
    const lyAdverb = LY_ENDING.test(w.lower) && w.lower.length > 4 && !isCapitalised(w) && !NOUN_AFTER.has(words[i - 2]?.lower ?? '');
    if (w.quoted || !(AUXILIARIES.has(w.lower) || perfectAdverb || lyAdverb)) break;
    i--;
  }
  return i;
}

/**
 * The subject before a verb group: back to the clause edge (a quotation, colon
 * or sentence start), then, of comma-separated parts, the one that names the
 * actor. "In August, Lei Jun, the founder of Xiaomi, announced" → "Lei Jun";
 * "her mother, Fiona, said" → "Fiona"; "Over the longer term, a number of analysts say" → "a number of analysts".
 */
export function subjectBefore(words: Word[], groupStart: number): WordRange | undefined {
  // "The World Health Organisation (WHO) recommends": the subject is before its parenthesised short form.
  const open = parentheticalBefore(words, groupStart);
  if (open !== undefined) return subjectBefore(words, open);
  let edge = groupStart;
  while (edge > 0) {
    const w = words[edge - 1]!;
    // "London (CNN)It was …": a wire credit glued to the story's first word closes a dateline, which holds no subject.
    if (w.text === ')' && words[edge] && words[edge]!.start === w.end && isLetterWord(words[edge]!)) break;
    // "George Garang, spokesman for the Sudan People's Liberation Army (SPLA), said": a short form in parentheses is no edge.
    const open = w.text === ')' ? parentheticalBefore(words, edge) : undefined;
    if (open !== undefined) {
      edge = open;
      continue;
    }
    // "Gilley, author of the 2017 article “The Case for Colonialism,” argued": a work's quoted title is part of the subject.
    const title = w.quoted || QUOTE_MARK_WORDS.has(w.text) ? (quotedTitleStart(words, edge - 1) ?? scareQuoteStart(words, edge - 1, edge === groupStart)) : undefined;
    if (title !== undefined) {
      edge = title;
      continue;
    }
    // "The outcome depends on whether the regulator rules": the subject starts after the subordinator ("whether to" has none).
    if (w.quoted || CLAUSE_EDGES.has(w.text) || (CONDITIONAL_SUBORDINATORS.has(w.lower) && words[edge]?.lower !== 'to')) break;
    edge--;
  }
  const parts: WordRange[] = [];
  let from = edge;
  for (let i = edge; i < groupStart; i++) {
    if (words[i]!.text === ',' && !words[i]!.quoted) {
      if (i > from) parts.push({ from, to: i });
      from = i + 1;
    }
  }
  // A comma right before the verb closes a parenthetical part; so does one inside a title's closing quotation mark
  // ("…, author of the article “The Case for Colonialism,” argued").
  const titleComma = from < groupStart - 1 && words[groupStart - 2]!.text === ',' && QUOTE_MARK_WORDS.has(words[groupStart - 1]!.text) && (words[groupStart - 1]!.quoted || scareQuoteStart(words, groupStart - 1, false) !== undefined);
  const enclosed = from === groupStart || titleComma;
  if (from < groupStart) parts.push({ from, to: titleComma ? groupStart - 2 : groupStart });
  // "In a statement Havel, who …, said", "In submissions last week to the commission … F.W. De Klerk said": an
  // opening prepositional phrase without its comma ends where the subject's name begins.
  const fronted = parts[0] && nameAfterFrontedPhrase(words, parts[0]);
  if (fronted) parts[0] = fronted;
  // "Prof Gavin Yamey, director of …, who is leading research …, says": a relative clause enclosed before the verb
  // describes the subject; the parts before it hold the subject.
  if (enclosed && parts.length > 2 && RELATIVES.has(words[parts[parts.length - 1]!.from]!.lower)) parts.pop();
  const last = parts[parts.length - 1];
  if (!last) return undefined;
  const previous = parts[parts.length - 2];
  // "Dr. Jane Smith, who said …": the relative pronoun stands for the phrase before its comma.
  if (previous && last.to - last.from === 1 && (words[last.from]!.lower === 'who' || words[last.from]!.lower === 'which')) return previous;
  if (enclosed && previous) {
    // "Professor Cres Eastman, Director of …, and Chairman of …, says", "Mozilla's CTO, Brendan Eich, said": the name, not its titles.
    // "VFI Chief Executive, Padraig Cribben, said", "Another, Pelco, announced": of two capitalised parts, a title or
    // an indefinite is what the name after it is.
    const names = parts.filter((part) => isPureName(words, part));
    const name = names.find((part) => !isTitleOrIndefinite(words, part)) ?? names[0];
    if (name) return name;
    if (startsWithName(words, last) && !startsWithName(words, previous)) return last;
    if (startsWith(words, previous, PREPOSITIONS)) return last;
    return previous;
  }
  // "Enn Markvart, chairman of the National Election Commission said": an apposition whose closing comma is missing
  // is the title of the name before it.
  if (previous && isPureName(words, previous) && previous.to - previous.from > 1 && isOfficeTitle(words, last)) return previous;
  return last;
}

/**
 * The name that closes a part opened by a preposition: a run of capitalised words (initials and name connectors
 * inside) after a lower-case word that is no preposition ("to the commission National Party leader and former
 * president F.W. De Klerk" gives "F.W. De Klerk"); a determiner right before the run opens it ("the White House").
 */
function nameAfterFrontedPhrase(words: Word[], part: WordRange): WordRange | undefined {
  if (!startsWith(words, part, PREPOSITIONS)) return undefined;
  let k = part.to;
  while (k > part.from + 1 && (isCapitalised(words[k - 1]!) || words[k - 1]!.text === '.' || (NAME_CONNECTORS.has(words[k - 1]!.lower) && k < part.to && isCapitalised(words[k - 2]!)))) k--;
  while (k < part.to && !isCapitalised(words[k]!)) k++;
  const before = words[k - 1];
  if (k >= part.to || k <= part.from + 1 || !before || !/^\p{Ll}+$/u.test(before.text) || PREPOSITIONS.has(before.lower) || before.quoted) return undefined;
  const name = { from: k, to: part.to };
  if (!isPureName(words, name)) return undefined;
  return DETERMINERS.has(before.lower) ? { from: k - 1, to: part.to } : name;
}

/** "chairman of the …", "president and chief operating officer of …": one person's office, in lower case, of a body. */
function isOfficeTitle(words: Word[], range: WordRange): boolean {
  const first = words[range.from]!;
  return /^\p{Ll}+$/u.test(first.text) && singularNoun(first.lower) === first.lower && isSpeakingNoun(first.lower) && !DETERMINERS.has(first.lower) && words.slice(range.from + 1, range.to).some((w) => w.lower === 'of');
}

const QUOTE_MARK_WORDS = new Set(['“', '”', '"']);
/** How long a work's quoted title may be: "“The Case for Colonialism”". */
const MAX_TITLE_QUOTE_WORDS = 8;

/**
 * Where a short quotation that ends at `end` opens, when a noun of a work stands right before it ("the article
 * “The Case for Colonialism,”", "his book “Fire and Fury”"): the title is a name inside the phrase, not a clause edge.
 */
function quotedTitleStart(words: Word[], end: number): number | undefined {
  let k = end;
  if (!QUOTE_MARK_WORDS.has(words[k]!.text) && !words[k]!.quoted) return undefined;
  if (QUOTE_MARK_WORDS.has(words[k]!.text)) k--;
  const last = k;
  while (k >= 0 && words[k]!.quoted && !QUOTE_MARK_WORDS.has(words[k]!.text) && last - k < MAX_TITLE_QUOTE_WORDS) k--;
  if (k < 0 || last - k < 1 || !QUOTE_MARK_WORDS.has(words[k]!.text)) return undefined;
  return WORK_NOUNS.has(words[k - 1]?.lower ?? '') ? k - 1 : undefined;
}

/** After closing marks these start a phrase of their own: "might not be the “jobs machine” it thinks it is". */
const OPENS_NEW_PHRASE = new Set([...SUBJECT_PRONOUNS, 'it', 'you', ...DETERMINERS]);

/**
 * Where quotation marks that close at `end` open, when they enclose a few words the quotation finder did not take
 * for a quotation (a nickname, a title, a scare quote: "Commanders “Vicente” and “Oscar”", "The “History” section",
 * "whose 1992 film “The Crying Game”") and a word of the phrase stands before them: the marks are no clause edge.
 * Right before the verb the quoted words head the subject, so a common noun there must be one of a speaker
 * ("so-called “experts” say", not "the school board “snafu” demonstrates").
 */
function scareQuoteStart(words: Word[], end: number, beforeVerb: boolean): number | undefined {
  if (!QUOTE_MARK_WORDS.has(words[end]!.text) || words[end]!.quoted || OPENS_NEW_PHRASE.has(words[end + 1]?.lower ?? '')) return undefined;
  let k = end - 1;
  if (words[k]?.text === ',') k--;
  const last = k;
  while (k >= 0 && !words[k]!.quoted && !QUOTE_MARK_WORDS.has(words[k]!.text) && !CLAUSE_EDGES.has(words[k]!.text) && last - k < MAX_TITLE_QUOTE_WORDS) k--;
  if (k < 1 || last - k < 1 || !QUOTE_MARK_WORDS.has(words[k]!.text) || words[k]!.quoted || !isLetterWord(words[k - 1]!)) return undefined;
  const head = words[last]!;
  return beforeVerb && /^\p{Ll}/u.test(head.text) && !isSpeakingNoun(head.lower) ? undefined : k;
}

/**
 * "The broadcasts began on August 10 and South Korea says": "and" or "but" after a clause with its own
 * verb starts a new subject; "Smith and Jones say" is one subject.
 */
function isClauseJoin(words: Word[], i: number): boolean {
  const w = words[i]!.lower;
  // "Center on Poverty and Inequality": between capitalised words "and" joins a name.
  return (w === 'and' || w === 'but') && !isCapitalised(words[i - 1]!);
}

/** The first word in a range that looks like a verb of its own clause ("began", "has", "rallied"); `to` if none. One pass. */
function firstFiniteVerb(words: Word[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (AUXILIARIES.has(w.lower) && !LEADING_CONNECTIVES.has(w.lower)) return k;
    if (!isCapitalised(w) && (FINITE_PAST.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ed')))) return k;
  }
  return to;
}

/** Where a short unquoted parenthesis that ends right before `at` opens, if one does. */
function parentheticalBefore(words: Word[], at: number): number | undefined {
  if (words[at - 1]?.text !== ')') return undefined;
  for (let i = at - 2; i >= Math.max(0, at - MAX_PARENTHESIS_WORDS - 2); i--) {
    const w = words[i]!;
    if (w.quoted || w.text === ')') return undefined;
    if (w.text === '(') return i > 0 ? i : undefined;
  }
  return undefined;
}

/** The noun phrase after `from`, up to a comma, clause edge or end: "said Martin Indyk, executive …". */
export function phraseAfter(words: Word[], from: number): WordRange | undefined {
  let to = from;
  while (to < words.length) {
    const w = words[to]!;
    if (w.quoted || w.text === ',' || w.text === '.' || CLAUSE_EDGES.has(w.text) || (to > from && RELATIVES.has(w.lower))) break;
    to++;
  }
  return to > from ? { from, to } : undefined;
}

/**
 * Turns a noun phrase into a source: a name where it has one (from the
 * recogniser's mentions, or capitalised words), else its head; identifiable or
 * vague by its determiner ("the researchers" vs "researchers", "a number of analysts").
 */
export function describeSource(article: ArticleView, sentence: SentenceView, range: WordRange): SourceRef | undefined {
  const words = sentence.words;
  let from = range.from;
  // "…, extracting more whenever the data show": the subject starts after the last subordinator.
  const firstVerb = firstFiniteVerb(words, from, range.to);
  for (let i = range.to - 2; i > from; i--) {
    if (SUBORDINATORS.has(words[i]!.lower) || (firstVerb < i && isClauseJoin(words, i))) {
      from = i + 1;
      break;
    }
  }
  while (from < range.to && (LEADING_CONNECTIVES.has(words[from]!.lower) || !isLetterWord(words[from]!))) from++;
  if (from === firstLetterWord(words) && LEADING_CONNECTIVE_PAIRS.get(words[from]!.lower) === words[from + 1]?.lower) from += 2;
  if (from <= firstLetterWord(words) + 1) from = afterOpeningTime(words, from, range.to);
  if (from >= range.to) return undefined;
  // "health officials this week said", "the agency on Monday said": a time between subject and verb is not the subject's.
  const timeless = beforeTrailingTime(words, from, range.to);
  if (timeless < range.to) return describeSource(article, sentence, { from, to: timeless });
  const first = words[from]!;
  // "Please note that …", "Paint your face and add …": an imperative has no subject.
  if (IMPERATIVE_MARKERS.has(first.lower) || (from === firstLetterWord(words) && opensWithObject(words, from) && !hasMention(sentence, first))) return undefined;
  if (FIRST_PERSON.has(first.lower) && first.lower !== 'us') {
    // "My colleague David Pierce has pointed out …": the person named after the author's relation speaks.
    const named = (first.lower === 'my' || first.lower === 'our') && sentence.mentions.find((m) => m.type === 'PER' && m.start > first.end && m.end <= words[range.to - 1]!.end);
    if (named) {
      const at = words.findIndex((w) => w.start === named.start);
      if (at > from && at <= from + 3) return describeSource(article, sentence, { from: at, to: range.to });
    }
    // "Our sources say": the outlet's unnamed informants are a vague source; "we", "I" are the author.
    const last = words[range.to - 1]!;
    if ((first.lower === 'our' || first.lower === 'my') && range.to - from > 1 && VAGUE_HEADS.has(last.lower)) {
      return { start: first.start, end: last.end, text: article.text.slice(first.start, last.end), specific: false };
    }
    return undefined;
  }
  // "Another said", "One, who asked not to be named, said": a member of a group, no one named.
  if (GROUP_MEMBER_PRONOUNS.has(first.lower) && range.to - from === 1) return { start: first.start, end: first.end, text: first.text, specific: false };
  if (PERSONAL_PRONOUNS.has(first.lower) && range.to - from <= 2) {
    return { start: first.start, end: first.end, text: first.text, specific: true, anaphor: first.lower === 'he' || first.lower === 'she' ? 'person' : 'thing' };
  }
  const agent = documentAgent(article, sentence, { from, to: range.to });
  if (agent) return agent;
  const head = headRange(words, { from, to: range.to });
  const headWord = words[head.to - 1]!;
  const names = nameChunks(sentence, { from, to: range.to });
  const inHead = names.filter((n) => n.from < head.to);
  const determiner = first.lower;
  const definite = DETERMINERS.has(determiner);
  const quantified = isQuantified(words, from, head.to);
  // "Con Edison officials" speak for a named body; "officials", "many Democratic officials" for no one in particular.
  const namedBody = !quantified && names.some((n) => n.from < head.to && n.to === head.to - 1 && (n.from > from || hasMention(sentence, words[n.from]!)));
  // "Investigators found …": a plural of people by what they do is a group, though capitalised as the sentence's first word.
  // "Megawati's lawyers", "Levy's spokesmen": a role owned by someone named is theirs, not a group's.
  const ownedRole = words[head.to - 2]?.lower === "'s" || words[head.to - 2]?.lower === '’s';
  const groupHead = VAGUE_HEADS.has(headWord.lower) || ((LONG_AGENT_PLURAL.test(headWord.lower) || (isRolePlural(headWord.lower) && !ownedRole)) && !hasMention(sentence, headWord));
  const vagueGroup = !definite && !namedBody && (groupHead || quantified);
  if (inHead.length > 0) {
    const name = inHead[inHead.length - 1]!;
    // "Neuroscience tells us": a field of knowledge, capitalised only because it starts the sentence.
    const field = name.to - name.from === 1 && name.from === from && FIELD_SUFFIX.test(words[name.from]!.lower) && !hasMention(sentence, words[name.from]!);
    // "Whale experts regard …": a vague group is its whole phrase, not the word that happens to be capitalised.
    if (vagueGroup && name.to < head.to) {
      const start = words[from]!.start;
      return { start, end: headWord.end, text: article.text.slice(start, headWord.end), specific: false };
    }
    // "Pessina's lawyer said", "Gleick's book says": the name only owns the one who speaks (not "Netanyahu's triumph …
    // keeps in place a prime minister who"); a spokesperson or statement speaks for it.
    if (ownsHead(words, name, head) && isSpeakingNoun(headWord.lower) && !SPEAKING_FOR_HEADS.has(headWord.lower) && !SPOKESPERSON_HEADS.has(headWord.lower)) {
      const start = words[name.from]!.start;
      return { start, end: headWord.end, text: article.text.slice(start, headWord.end), specific: true };
    }
    // "Observational studies using … suggest", "Online records revealed": a word capitalised only because it opens the
    // sentence, before a plural common noun, modifies that noun; the phrase is a group or kind, no one named.
    if (opensBeforePlural(article, sentence, name, head, from)) {
      const end = words[name.to]!.end;
      return { start: words[from]!.start, end, text: article.text.slice(words[from]!.start, end), specific: false };
    }
    // "Microsoft executives say", "Russian soldiers said", "Portland sources said": a plural of people right after the
    // name heads the phrase, and the phrase is the source. The members of a named body or place speak for it (as "Con
    // Edison officials" do); a people or a kind ("Russian", "Python": MISC) tells no one apart, nor do "sources".
    if (name.to === head.to - 1 && isPeoplePlural(headWord.lower) && !hasMention(sentence, headWord)) {
      // Only this noun phrase: "Relief workers and NATO officers" gives "NATO officers".
      let opens = name.from;
      while (opens > from && !PHRASE_JOINERS.has(words[opens - 1]!.lower)) opens--;
      const start = words[opens]!.start;
      const nameText = article.text.slice(words[name.from]!.start, words[name.to - 1]!.end);
      const kind = isDemonym(nameText) || sentence.mentions.some((m) => m.type === 'MISC' && m.start < words[name.to - 1]!.end && words[name.from]!.start < m.end);
      return { start, end: headWord.end, text: article.text.slice(start, headWord.end), specific: !kind && !ANONYMOUS_HEADS.has(headWord.lower), person: false };
    }
    const named = speakingFor(fromName(article, sentence, name, !vagueGroup && !field), headWord);
    // "Police in Berovo said": a group word capitalised as the sentence's first word keeps the place that tells it apart.
    const place = name.from === from && name.to === head.to && isGroupNoun(headWord.lower) && !hasMention(sentence, headWord) ? placeAfter(words, head.to, range.to) : undefined;
    return place === undefined ? named : { ...named, end: words[place - 1]!.end, text: article.text.slice(named.start, words[place - 1]!.end) };
  }
  const carrier = SPOKESPERSON_HEADS.has(headWord.lower) || DOCUMENT_NOUNS.has(headWord.lower);
  const after = names.find((n) => n.from >= head.to);
  if (carrier && after && !vagueGroup) return speakingFor(fromName(article, sentence, after, true), headWord);
  const text = article.text.slice(words[from]!.start, headWord.end);
  const base = { start: words[from]!.start, end: headWord.end, text };
  if (vagueGroup || INDEFINITES.has(determiner) || FIELD_SUFFIX.test(headWord.lower)) return { ...wholeVaguePhrase(article, words, from, range.to, base), specific: false };
  if (definite && DOCUMENT_NOUNS.has(headWord.lower) && head.to - from <= 3) return { ...base, specific: true, anaphor: 'document' };
  // "the company said", "the president said": a description of someone named earlier.
  if (determiner === 'the' && head.to - from <= 3 && ORGANIZATION_NOUNS.has(headWord.lower)) return { ...base, specific: true, anaphor: 'organization' };
  if (determiner === 'the' && head.to - from <= 3 && PERSON_ROLE_NOUNS.has(headWord.lower)) return { ...base, specific: true, anaphor: 'person' };
  if (definite || determiner === "'s") return { ...base, specific: true };
  // A bare common noun ("police said", "scientists think") names no one in particular.
  return { ...wholeVaguePhrase(article, words, from, range.to, base), specific: false };
}

/** The opening word takes an object: the reader ("Pull your hair"), or a determiner after a word that is no plural or first name ("Wear all white"; not "Officials all …"). */
function opensWithObject(words: Word[], from: number): boolean {
  const next = words[from + 1]?.lower ?? '';
  if (READER_OBJECTS.has(next)) return true;
  const first = words[from]!;
  // "After the match, …", "In an interview, …": a function word or preposition is no verb.
  return OBJECT_DETERMINERS.has(next) && !/[^s]s$/u.test(first.lower) && !isFirstName(first.text) && !NOT_NAMES.has(first.lower) && !PREPOSITIONS.has(first.lower);
}

/**
 * The name chunk is one word opening the sentence that is no name and no first name, and a lower-case plural noun
 * follows it inside the head: "Observational studies", "Current statistics", "Family members", "Independent experts".
 */
function opensBeforePlural(article: ArticleView, sentence: SentenceView, name: WordRange, head: WordRange, from: number): boolean {
  const words = sentence.words;
  if (name.from !== from || name.to !== from + 1 || from !== firstLetterWord(words) || name.to >= head.to) return false;
  const first = words[from]!;
  const next = words[name.to]!;
  return (!hasMention(sentence, first) || adjectiveNamed(article, first)) && !isFirstName(first.text) && PLURAL_COMMON_NOUN.test(next.text) && !AUXILIARIES.has(next.lower) && !REPORTING_FORMS.has(next.lower) && singularNoun(next.lower) !== next.lower;
}

/**
 * "Independent experts warned": the recogniser took an opening adjective for a name ("The Independent"). A word of an
 * adjective's form that the article never capitalises inside a sentence is the adjective.
 */
function adjectiveNamed(article: ArticleView, word: Word): boolean {
  if (!ADJECTIVE_ENDING.test(word.lower) || !/^[\p{L}-]+$/u.test(word.text)) return false;
  return !new RegExp(`[\\p{L}\\p{N},] ${word.text}(?![\\p{L}\\p{N}])`, 'u').test(article.text);
}

/**
 * "Powerful protests …", "Unsecured claims are …": a lone word of an adjective's form opening the sentence, which
 * names nobody (no recognised name, no noun of a speaker, not "Government" in -ment), makes the -s form after it a
 * plural noun, not a verb whose subject it would be.
 */
export function opensWithAdjective(sentence: SentenceView, index: number): boolean {
  const words = sentence.words;
  if (index !== firstLetterWord(words)) return false;
  const word = words[index]!;
  if (!/^\p{Lu}[\p{Ll}-]+$/u.test(word.text) || word.lower.endsWith('ment') || isSpeakingNoun(word.lower)) return false;
  if (!ADJECTIVE_ENDING.test(word.lower) && !PARTICIPLE_ADJECTIVE.test(word.lower)) return false;
  return !hasMention(sentence, word);
}

/** "Unsecured", "Detailed", "Renewed" (not "Fed", "Speed"). */
const PARTICIPLE_ADJECTIVE = /^\p{L}[\p{L}-]{3,}[^e]ed$/u;

/** A lower-case plural: "studies", "records", "members" (not "is", "was", "says": those are checked apart). */
const PLURAL_COMMON_NOUN = /^\p{Ll}[\p{Ll}-]{2,}s$/u;

function firstLetterWord(words: Word[]): number {
  return words.findIndex((w) => /\p{L}/u.test(w.text));
}

/** "senators", "congressmen", "judges": the plural of a role a person holds names a group ("Republican senators"), not its modifier. */
function isRolePlural(word: string): boolean {
  const singular = singularNoun(word);
  return singular !== word && PERSON_ROLE_NOUNS.has(singular);
}

/**
 * "executives", "soldiers", "prosecutors", "sources": a plural noun of people who can speak. The words that complete an
 * organisation's name ("police", "officials", "researchers": ORG_HEADS) are left to it.
 */
function isPeoplePlural(word: string): boolean {
  return word !== singularNoun(word) && !ORG_HEADS.has(word) && (VAGUE_HEADS.has(word) || LONG_AGENT_PLURAL.test(word) || isRolePlural(word) || isSpeakingNoun(singularNoun(word)));
}


/** A body named for the one person who speaks for it ("a spokesperson for UCEA said") is marked so. */
function speakingFor(source: SourceRef, head: Word): SourceRef {
  return !source.person && SPEAKING_FOR_HEADS.has(head.lower) ? { ...source, spokesperson: true } : source;
}

/** A vague source this short keeps its complement: "officials familiar with the matter" is one phrase. */
const GROUP_QUALIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed']);
const MAX_VAGUE_PHRASE_WORDS = 8;

function wholeVaguePhrase(article: ArticleView, words: Word[], from: number, to: number, head: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const last = words[to - 1]!;
  // Only a group qualified by what it knows: "officials familiar with …", "sources close to …".
  const next = words.findIndex((w) => w.start >= head.end);
  const place = next > 0 ? placeAfter(words, next, to) : undefined;
  if (place !== undefined) return { start: head.start, end: words[place - 1]!.end, text: article.text.slice(head.start, words[place - 1]!.end) };
  if (next <= 0 || !(GROUP_QUALIFIERS.has(words[next]!.lower) || GROUP_QUALIFIERS.has(words[next - 1]!.lower))) return head;
  if (to - from > MAX_VAGUE_PHRASE_WORDS || last.end <= head.end || !isLetterWord(last) || words.slice(from, to).some((w) => w.quoted || w.text === ',')) return head;
  return { start: head.start, end: last.end, text: article.text.slice(head.start, last.end) };
}

/** "Police in Berovo", "officials at the Pentagon", "residents of Flint": a group is told apart by where it is. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'of', 'from']);

/** The end of a place named right after a group, "in" + a name, within `to`: the group's phrase runs to it. */
function placeAfter(words: Word[], k: number, to: number): number | undefined {
  if (!PLACE_PREPOSITIONS.has(words[k]!.lower)) return undefined;
  let j = words[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  const first = j;
  while (j < to && isPlaceWord(words[j]!)) {
    j++;
    if (j + 1 < to && NAME_CONNECTORS.has(words[j]!.lower) && isPlaceWord(words[j + 1]!)) j++;
  }
  // The name must end the phrase: "a source in the Russian command", "workers at Serbia's arms factory" name no place.
  const after = words[j];
  const ends = j >= to || !after || !(/^\p{Ll}/u.test(after.text) || POSSESSIVES.has(after.lower)) || PREPOSITIONS.has(after.lower);
  return j > first && ends ? j : undefined;
}

/** A capitalised word of a place's or body's name, not a date: "Kabul", "Mount Sinai Hospital", not "Monday". */
function isPlaceWord(w: Word): boolean {
  return isCapitalised(w) && isLetterWord(w) && !isDateWord(w) && !w.quoted;
}

/**
 * "a new report released on Monday by Stanford University's Center on Poverty",
 * "data from the Census Bureau", "an invitation obtained by The Washington Post": the document's author, or the
 * outlet that holds it, is the source.
 */
function documentAgent(article: ArticleView, sentence: SentenceView, range: WordRange): SourceRef | undefined {
  const words = sentence.words;
  // Any text the outlet holds is one: "an invitation obtained by The Washington Post", "emails seen by Reuters".
  const noun = words.findIndex((w, i) => i >= range.from && i < range.to && (DOCUMENT_NOUNS.has(w.lower) || (OBTAINED_PARTICIPLES.has(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'by')));
  if (noun === -1) return undefined;
  for (let j = noun + 1; j < Math.min(range.to, noun + 7); j++) {
    const w = words[j]!;
    if (w.text === ',' || RELATIVES.has(w.lower)) return undefined;
    if (w.lower !== 'by' && w.lower !== 'from') continue;
    const chunks = nameChunks(sentence, { from: j + 1, to: range.to });
    let first = chunks[0];
    if (!first || first.from > j + 2) return undefined;
    for (const next of chunks.slice(1)) {
      if (words[first.to]?.lower === "'s" && next.from === first.to + 1) first = { from: first.from, to: next.to };
    }
    return { ...fromName(article, sentence, first, true), document: true };
  }
  return undefined;
}

function hasMention(sentence: SentenceView, word: Word): boolean {
  return sentence.mentions.some((m) => m.start <= word.start && word.end <= m.end);
}

/** The phrase's head: up to a relative pronoun, comma or a preposition after the head noun. */
function headRange(words: Word[], range: WordRange): WordRange {
  for (let i = range.from + 1; i < range.to; i++) {
    const w = words[i]!;
    if (RELATIVES.has(w.lower) || w.text === ',') return { from: range.from, to: i };
    if (!PREPOSITIONS.has(w.lower)) continue;
    if (w.lower === 'of' && isQuantifierBefore(words, range.from, i)) continue;
    // "Center on Poverty" is one name; "The tweet from Vulture" ends at "from", and so does "Police in Berovo", a group opening the phrase.
    const group = i - 1 === range.from && isGroupNoun(words[i - 1]!.lower);
    // "Bank of England" is one name; "Center on Poverty", "Council for Economic Development" are, after a body's word;
    // "Lukas Stefanko with ESET", "Republicans in Western North Carolina", "The Briar in Douglas" are a name and another.
    const joins = w.lower === 'of' || ((w.lower === 'on' || w.lower === 'for') && ORG_WORDS.test(words[i - 1]!.text));
    if (isCapitalised(words[i - 1]!) && isCapitalised(words[i + 1] ?? w) && !group && joins) continue;
    return { from: range.from, to: i };
  }
  return range;
}

/**
 * The name is a possessor and a few lower-case words after its "'s" end the head: "Pessina's lawyer", "Canada's largest
 * grain handling firm". Not a clause swept in ("Smith's death included her husband"): no determiner, pronoun or auxiliary.
 */
function ownsHead(words: Word[], name: WordRange, head: WordRange): boolean {
  if (!POSSESSIVES.has(words[name.to]?.lower ?? '') || name.to + 1 >= head.to || head.to - name.to - 1 > MAX_OWNED_WORDS) return false;
  return words.slice(name.to + 1, head.to).every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !DETERMINERS.has(w.lower) && !INDEFINITES.has(w.lower) && !PERSONAL_PRONOUNS.has(w.lower) && !AUXILIARIES.has(w.lower) && !SPEAKING_FOR_HEADS.has(w.lower));
}

/** How many words the possessed head may take: "Canada's largest grain handling firm". */
const MAX_OWNED_WORDS = 5;

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/** People or a body spoken of as a group: "police", "officials", "residents", "investigators". */
function isGroupNoun(word: string): boolean {
  return VAGUE_HEADS.has(word) || COLLECTIVE_SPEAKERS.has(word) || LONG_AGENT_PLURAL.test(word);
}

function isQuantifierBefore(words: Word[], from: number, of: number): boolean {
  const before = words[of - 1]!;
  return QUANTITY_NOUNS.has(before.lower) || (INDEFINITES.has(before.lower) && of - 1 === from);
}

function isQuantified(words: Word[], from: number, to: number): boolean {
  const first = words[from]!.lower;
  if (first === 'many' || first === 'some' || first === 'most' || first === 'several' || first === 'few' || first === 'numerous') return true;
  for (let i = from; i < to; i++) if (QUANTITY_NOUNS.has(words[i]!.lower) && words[i + 1]?.lower === 'of') return true;
  return false;
}

function startsWith(words: Word[], range: WordRange, set: Set<string>): boolean {
  return set.has(words[range.from]?.lower ?? '');
}

/** A part made only of a name: capitalised words, initials and name connectors ("Cres Eastman", "Jean de la Fontaine"), no date. */
export function isPureName(words: Word[], range: WordRange): boolean {
  // "Prof Gavin Yamey", "Mrs Smith": a title before a capitalised word belongs to the name.
  const titled = range.to - range.from > 1 && NAME_TITLES.has(words[range.from]!.lower) && isCapitalised(words[range.from]!) && isCapitalised(words[range.from + 1]!);
  if (!(titled || startsWithName(words, range)) || isDateWord(words[range.from]!) || PREPOSITIONS.has(words[range.from]!.lower)) return false;
  for (let i = range.from; i < range.to; i++) {
    const w = words[i]!;
    if (w.quoted || isDateWord(w)) return false;
    if (!(isCapitalised(w) || w.text === '.' || (NAME_CONNECTORS.has(w.lower) && i > range.from && i < range.to - 1))) return false;
  }
  return true;
}

/** A capitalised part that is a title ("Chief Executive", "Health Minister") or a lone indefinite ("Another"), not a name. */
function isTitleOrIndefinite(words: Word[], part: WordRange): boolean {
  const last = words[part.to - 1]!.lower;
  if (part.to - part.from === 1 && INDEFINITES.has(last)) return true;
  return part.to - part.from > 1 && (PERSON_ROLE_NOUNS.has(last) || SPEAKING_FOR_HEADS.has(last) || TITLE_ENDS.has(last));
}

/**
 * The person's name after a capitalised title that follows its body's or office's name: "Microsoft President Brad
 * Smith", "Transport Secretary Grant Shapps", "Acme Chief Executive Padraig Cribben". The name must be one: a person the recogniser
 * names, or two or more capitalised words opening with a known first name ("General Motors" keeps its "General").
 */
function personAfterTitle(sentence: SentenceView, name: WordRange): WordRange | undefined {
  const words = sentence.words;
  // A title opening the name belongs to it ("Senator Mark Warner", "Professor Cres Eastman"); one after its body's name does not.
  for (let k = name.to - 2; k > name.from; k--) {
    const w = words[k]!;
    if (!isCapitalised(w) || !(PERSON_ROLE_NOUNS.has(w.lower) || SPEAKING_FOR_HEADS.has(w.lower) || TITLE_ENDS.has(w.lower))) continue;
    // "the Arts and Humanities Citation Index Professor Chomsky" is two names run together, not a body and its officer.
    if (k - name.from > MAX_TITLE_BODY_WORDS || words.slice(name.from, k).some((x) => x.lower === 'and' || x.text === '&')) return undefined;
    const tail = { from: k + 1, to: name.to };
    if (!words.slice(tail.from, tail.to).every((x) => isCapitalised(x) || x.text === '.')) return undefined;
    const first = words[tail.from]!;
    const recognised = sentence.mentions.some((m) => m.type === 'PER' && m.start === first.start);
    return recognised || (tail.to - tail.from > 1 && isFirstName(first.text)) ? tail : undefined;
  }
  return undefined;
}

/** How long the body before a title may be: "Bank of England Governor", "Acting U.S. Attorney". */
const MAX_TITLE_BODY_WORDS = 4;

/** Heads of titles that are not in the role lists: "Chief Executive Officer", "Foreign Secretary", "Managing Partner". */
const TITLE_ENDS = new Set(['officer', 'secretary', 'chief', 'partner', 'commissioner', 'superintendent', 'inspector', 'chair']);

function startsWithName(words: Word[], range: WordRange): boolean {
  const w = words[range.from];
  return !!w && isCapitalised(w) && !NOT_NAMES.has(w.lower) && !DETERMINERS.has(w.lower);
}

/**
 * Runs of capitalised words in a range, joined by "of", "and", "&" or initials,
 * split at possessives ("Stanford University's Center …" gives the Center).
 * Recogniser mentions that overlap a run widen it; mentions alone also count.
 */
export function nameChunks(sentence: SentenceView, range: WordRange): WordRange[] {
  const words = sentence.words;
  const chunks: WordRange[] = [];
  let i = range.from;
  while (i < range.to) {
    if (!isNameWord(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < range.to) {
      const w = words[j]!;
      if (isNameWord(words, j)) j++;
      else if (w.text === '.' && /^\p{Lu}\p{Ll}?$/u.test(words[j - 1]!.text)) j++;
      else if (NAME_CONNECTORS.has(w.lower) && j + 1 < range.to && isNameWord(words, j + 1) && !/^\p{Lu}+$/u.test(words[j + 1]!.text.slice(0, 2))) j += 2;
      else break;
    }
    if (!participleOpening(sentence, { from: i, to: j })) chunks.push({ from: i, to: j });
    i = j;
  }
  // Only mentions inside the range, and their first word by binary search: a long sentence asks this for every verb.
  const rangeStart = words[range.from]?.start ?? 0;
  const rangeEnd = words[range.to - 1]?.end ?? 0;
  for (const mention of sentence.mentions) {
    if (mention.type === 'MISC' || mention.type === 'LOC' || mention.end <= rangeStart || mention.start >= rangeEnd) continue;
    const from = firstStartingAt(words, mention.start);
    if (from >= words.length || words[from]!.end > mention.end || from < range.from || from >= range.to) continue;
    let to = from;
    while (to < range.to && words[to]!.end <= mention.end) to++;
    if (!chunks.some((c) => c.from < to && from < c.to)) chunks.push({ from, to });
  }
  return chunks.sort((a, b) => a.from - b.from);
}

/**
 * "Speaking to reporters, the minister said": a participle capitalised only because it opens the sentence,
 * which the recogniser did not take for a name ("Askar has released …" stays a name).
 */
function participleOpening(sentence: SentenceView, chunk: WordRange): boolean {
  const first = sentence.words[chunk.from]!;
  if (chunk.to - chunk.from !== 1 || !first.lower.endsWith('ing') || sentence.mentions.some((m) => m.start <= first.start && first.end <= m.end)) return false;
  return sentence.words.slice(0, chunk.from).every((w) => !/\p{L}/u.test(w.text));
}

function isNameWord(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (w.quoted || !isLetterWord(w) || !isCapitalised(w)) return false;
  if (w.lower === 'i' || isDateWord(w)) return false;
  const previous = words[i - 1];
  const initial = !previous || CLAUSE_EDGES.has(previous.text);
  // An acronym is a name even where its letters spell a common word: "WHO say …".
  return !initial || /^\p{Lu}{2,}$/u.test(w.text) || !(NOT_NAMES.has(w.lower) || VAGUE_HEADS.has(w.lower) || isCounting(w.lower));
}

/** "Nearly half of respondents", "Fifty-two percent of voters": a count opening the sentence is no name. */
function isCounting(word: string): boolean {
  return APPROXIMATORS.has(word) || NUMBER_WORDS.has(word) || TENS_HYPHENATED.test(word);
}

const TENS_HYPHENATED = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\p{Ll}+$/u;

/** "Sept", "Monday": dates, not names ("May" may be either, and stays a name). */
/**
 * Where a time phrase that closes a subject starts ("this week", "last month", "on Monday", "earlier today"),
 * or `to` when none does or nothing would be left before it.
 */
function beforeTrailingTime(words: Word[], from: number, to: number): number {
  // Written in lower case, as a time is ("USA Today", "The Morning Star", "This Week" are names); a weekday after "on".
  const lower = (k: number) => (words[k] && /^\p{Ll}+$/u.test(words[k]!.text) ? words[k]!.text : '');
  const last = lower(to - 1);
  const before = lower(to - 2);
  let start = to;
  if (LONE_TIME_WORDS.has(last)) start = to - 1;
  else if (TIME_UNITS.has(last) && TIME_DEICTICS.has(before)) start = to - 2;
  else if (WEEKDAYS.has(words[to - 1]!.lower) && before === 'on') start = to - 2;
  else return to;
  if (lower(start - 1) === 'earlier' || lower(start - 1) === 'later') start--;
  return start > from ? start : to;
}

/**
 * "On Wednesday a bookseller in Ramallah said", "Earlier on Friday some of the students … said", "Last week the
 * ministry said": a time opening the sentence without a comma is not the subject's. The index after it, when a
 * determiner or a capitalised word follows (else `from`).
 */
function afterOpeningTime(words: Word[], from: number, to: number): number {
  let k = from;
  if (words[k]?.lower === 'earlier' || words[k]?.lower === 'later') k++;
  const word = words[k]?.lower ?? '';
  if (LONE_TIME_WORDS.has(word)) k++;
  else if (TIME_DEICTICS.has(word) && TIME_UNITS.has(words[k + 1]?.lower ?? '')) k += 2;
  else if (word === 'on' && WEEKDAYS.has(words[k + 1]?.lower ?? '')) k += 2;
  else return from;
  if (TIME_UNITS.has(words[k]?.lower ?? '') && /^\p{Ll}/u.test(words[k]!.text)) k++; // "on Monday night"
  const next = words[k];
  if (k >= to || !next || !(DETERMINERS.has(next.lower) || INDEFINITES.has(next.lower) || /^\p{Lu}/u.test(next.text))) return from;
  return k;
}

function isDateWord(w: Word): boolean {
  return MONTHS.has(w.lower) && w.lower !== 'may';
}

function fromName(article: ArticleView, sentence: SentenceView, whole: WordRange, specific: boolean): SourceRef {
  const words = sentence.words;
  // "Microsoft President Brad Smith said": the person the title belongs to speaks, not the title with its body.
  const name = personAfterTitle(sentence, whole) ?? whole;
  let to = name.to;
  // "West Mercia police", "New York magazine": a lower-case head completes an organisation's name.
  if (to < words.length && ORG_HEADS.has(words[to]!.lower)) to++;
  const start = words[name.from]!.start;
  const end = words[to - 1]!.end;
  const mention = sentence.mentions.find((m) => m.start < end && start < m.end);
  // A recognised mention may complete the name ("The Epoch Times"), but only with capitalised words, and not with a
  // connective the recogniser swallowed at the sentence's start ("Afterwards Penny said" → Penny).
  const completes = mention && [article.text.slice(mention.start, start), article.text.slice(end, mention.end)].every((extra) => extra.split(/\s+/u).every((w) => w === '' || (/^[\p{Lu}\p{N}&’'.-]/u.test(w) && !LEADING_CONNECTIVES.has(w.toLowerCase()))));
  const span = mention && completes ? { start: Math.min(start, mention.start), end: Math.max(end, mention.end) } : { start, end };
  const nameWords = words.slice(name.from, name.to);
  const person = mention ? mention.type === 'PER' : !nameWords.some((w) => ORG_WORDS.test(w.text)) && to === name.to && !/^\p{Lu}{2,}$/u.test(nameWords[0]!.text);
  return { ...span, text: article.text.slice(span.start, span.end), specific, person };
}
