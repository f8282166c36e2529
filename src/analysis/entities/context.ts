import type { Entity, EntityType, Span, TextSpan } from '../../shared/schema';
import { spanIndexAt } from '../spans';
import { EITHER_NOUNS, MORE_ORGANIZATION_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, PLACE_ABBREVIATIONS, PLACE_NOUNS, THING_NOUNS, TITLE_MODIFIERS, TITLE_NOUNS, MESSAGE_NOUNS, VERB_ADVERBS } from './data/titles';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'one', 'another']);
const REPORTING = /\b(?:said|says|told|tells|added|announced|wrote|according)\b/u;
// A finite verb among the first words makes the phrase a clause ("…by the United States, the CCP has replaced …");
// later it is a reduced relative ("Remain Co., the name Yahoo executives are using").
const FINITE = /^(?:\S+\s+){0,2}(?:is|are|was|were|has|have|had|will|would|can|could|should|must|does|did|do)\b/u;
const DEGREE = /^,\s*(?:Ph\.?D|M\.?D|Jr|Sr|MBA|J\.?D)\.?(?=,)/u;
const MAX_WORDS = 16;

/**
 * What the article itself says an entity is. At each mention in reading order,
 * an appositive ("Lei Jun, the founder of Xiaomi,") or a title just before the
 * name ("China expert Li Yanming", "its founder Xu Ming"); failing those, a
 * relative clause ("…, who heads …") or a copular sentence ("He is the director of …").
 * A description stays inside the mention's sentence and line, and its head noun
 * must fit the entity's type (any known type when `typeOpen`): a phrase that
 * names something else ("the greatest frustration of his presidency") is not shown.
 * `names`, the article's name mentions in reading order, give "its" its owner ("its founder" → "founder of Xiaomi").
 */
export function findContext(text: string, entity: Entity, sentences: Span[], typeOpen = false, names: readonly TextSpan[] = []): TextSpan | undefined {
  const fits = (found: TextSpan | undefined): found is TextSpan =>
    found !== undefined && headFits(found.text, entity.type, typeOpen) && !isCutOff(found.text) && !isInCapitals(found.text);
  for (const mention of entity.mentions) {
    const sentence = sentenceOf(sentences, mention.start, text.length);
    const coordinated = isCoordinatedAfterName(text, mention.start);
    const found =
      (coordinated ? undefined : within(appositiveAfter(text, mention.end), sentence)) ??
      (qualifiesTitle(text, mention.end, names) ? undefined : within(titleBefore(text, mention.start, mention.end), sentence)) ??
      within(namedBefore(text, mention.start), sentence);
    if (fits(found) && !isBetweenListedNames(text, found, mention) && !isCommaTitleOfAnother(text, found, mention, names)) {
      return resolvePossessive(text, found, mention.start, sentence, names);
    }
  }
  for (const mention of entity.mentions) {
    const sentence = sentenceOf(sentences, mention.start, text.length);
    const relative = entity.type === 'PER' && !isCoordinatedAfterName(text, mention.start) ? within(relativeClause(text, mention.end), sentence) : undefined;
    if (relative && !isCutOff(relative.text)) return relative;
    const found = copular(text, mention, entity, sentences);
    if (fits(found)) return found;
  }
  return undefined;
}

/**
 * "an upset winner for her role as a TV anchor in": a phrase ending on a preposition, article, conjunction or
 * possessive was cut off mid-phrase ("her" may be an object: "who hired her"; "over" and "after" end verbs).
 */
function isCutOff(description: string): boolean {
  return OPEN_ENDINGS.has(/(\p{L}+)\W*$/u.exec(description)?.[1]!.toLowerCase() ?? '');
}

const OPEN_ENDINGS = new Set(
  'of in on at for with to from by as into onto about between than the a an and or but his its their our my'.split(' '),
);

/** "COLOUR CLUB, MELBOURNE": words set in capitals are a heading or a label, not the article's description of a name. */
function isInCapitals(description: string): boolean {
  return !/\p{Ll}/u.test(description) && /\p{Lu}{4}/u.test(description);
}

/**
 * "Grant, her husband, Ambersley and another woman were travelling": a phrase between two names of a list
 * ("A, B, C and D") may be either's or a third person, so it describes neither.
 */
function isBetweenListedNames(text: string, found: TextSpan, mention: { start: number; end: number }): boolean {
  if (found.start >= mention.end) return LISTED_NAME_AFTER.test(text.slice(found.end, found.end + 60));
  return text.slice(found.end, mention.start) === ', ' && LISTED_NAME_BEFORE.test(text.slice(Math.max(0, found.start - 40), found.start)) && /^\s+and\s/u.test(text.slice(mention.end, mention.end + 6));
}

/**
 * A title before a comma, then the name: "Yahoo’s chief executive, Marissa Mayer, spoke" is an apposition, but in
 * "If you cannot access the coach, ScotRail will provide …" or "Like a traditional bank, Coinbase offers …" the comma
 * closes an opening clause whose last noun is no title of the subject. Without a possessive to tie the title to its
 * holder, the name must be closed off as an apposition is (a comma, a dash, a bracket, the sentence's end).
 * "Julian Moore, General Manager, Nam Nghi Phu Quoc": a title right after another name and a comma is that name's.
 */
function isCommaTitleOfAnother(text: string, found: TextSpan, mention: { start: number; end: number }, names: readonly TextSpan[]): boolean {
  if (found.start >= mention.end || !text.slice(found.end, mention.start).includes(',')) return false;
  const previous = lastNameBefore(names, found.start, 0);
  if (previous && /^\s*,\s*(?:the\s+)?$/iu.test(text.slice(previous.end, found.start))) return true;
  if (POSSESSIVE_TITLE.test(found.text)) return false;
  return !/^(?:\s*[,;:.!?)\]—–]|\s+[-–—]\s|\s*$|\s*[\n\r])/u.test(text.slice(mention.end, mention.end + 4));
}

/**
 * "her wealthy father, Future Publishing founder Chris Anderson": a name followed by a title and another name
 * qualifies that title; the title before it is the other name's, and the qualifier gets none.
 */
function qualifiesTitle(text: string, end: number, names: readonly TextSpan[]): boolean {
  const after = TITLE_AFTER.exec(text.slice(end, end + 60));
  if (!after) return false;
  const words = after[1]!.trim().split(/\s+/u);
  if (!TITLE_NOUNS.has(words.at(-1)!) || !words.every(isTitleWord)) return false;
  const next = end + after[0].length;
  return names.some((name) => name.start === next);
}

/** Up to three lower-case words after a name, then a capital: " founder Chris", " chief executive Tim". */
const TITLE_AFTER = /^\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})(?=\p{Lu})/u;

const POSSESSIVE_TITLE = /^(?:its|his|her|their|our|my)\s|['’]s\s/iu;

const LISTED_NAME_AFTER = /^,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+and\s/u;
const LISTED_NAME_BEFORE = /\p{Lu}[\p{L}'’-]*,\s+$/u;

/**
 * "Biden and Sanders, the two frontrunners", "Max L. Balter and Alvin I. Chen, who both graduated": the phrase after
 * the last of names joined by "and" or "or" describes them all, not the last alone.
 */
function isCoordinatedAfterName(text: string, start: number): boolean {
  return COORDINATED_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

const COORDINATED_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+(?:and|or|&)\s+$/u;

function sentenceOf(sentences: Span[], offset: number, length: number): Span {
  return sentences[sentenceAt(sentences, offset)] ?? { start: 0, end: length };
}

const inOrder = new WeakMap<Span[], boolean>();

/**
 * The index of the first sentence holding the offset, or -1. Every mention of
 * every entity asks, so sentences in reading order that do not overlap (as the
 * segmenter gives them) are searched by halves, checked once per array.
 */
function sentenceAt(sentences: Span[], offset: number): number {
  if (!isInOrder(sentences)) return sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return spanIndexAt(sentences, offset);
}

/** The index of the first sentence holding all of [start, end), or -1: in ordered sentences, the one holding its start. */
function sentenceHolding(sentences: Span[], start: number, end: number): number {
  if (!isInOrder(sentences) || end <= start) return sentences.findIndex((s) => s.start <= start && end <= s.end);
  const index = sentenceAt(sentences, start);
  return index >= 0 && end <= sentences[index]!.end ? index : -1;
}

function isInOrder(sentences: Span[]): boolean {
  let ordered = inOrder.get(sentences);
  if (ordered === undefined) {
    ordered = sentences.every((s, i) => s.start <= s.end && (i === 0 || sentences[i - 1]!.end <= s.start));
    inOrder.set(sentences, ordered);
  }
  return ordered;
}

/** A description that leaves the mention's sentence or line is a fragment of something else. */
function within(found: TextSpan | undefined, sentence: Span): TextSpan | undefined {
  if (!found || found.start < sentence.start || found.end > sentence.end || /[\n\r]/u.test(found.text)) return undefined;
  return found;
}

// "a pact among nations to limit …": any preposition ends the head's phrase.
const AFTER_HEAD = new Set([
  ...['of', 'at', 'in', 'for', 'with', 'who', 'that', 'which', 'from', 'on', 'to', 'and', 'based', 'since', 'by', 'herself', 'himself', 'itself'],
  ...['among', 'amid', 'between', 'across', 'under', 'over', 'into', 'during', 'through', 'throughout', 'within', 'without', 'against', 'toward', 'towards', 'about', 'near', 'via', 'upon', 'beyond', 'along', 'around'],
]);

/** The noun a description is about: the last word before its first preposition or clause ("founder" in "the founder of Xiaomi"). */
export function descriptionHead(description: string): string | undefined {
  const written = description.split(/\s+/u);
  const words = written.map((w) => w.toLowerCase());
  // "Department of Correction spokesman": an "of" between capitals is inside a name, before the head.
  const insideName = (i: number) =>
    words[i] === 'of' && isOfInsideName(written[i - 1] ?? '', written[i + 1] ?? '') && i + 2 < words.length && !/^\p{Lu}/u.test(written.at(-1)!) && !words.slice(i + 1).some((w) => AFTER_HEAD.has(w));
  // A preposition, a clause or a participle ("a Metro reporter covering news") follows the head.
  // "a research and advocacy organization": an "and" between two modifiers of one head is no cut.
  const joinsModifiers = (i: number) => words[i] === 'and' && i + 2 < words.length && !/^(?:a|an|the|his|her|its|their)$/u.test(words[i + 1]!) && !AFTER_HEAD.has(words[i + 2]!);
  const cut = words.findIndex((w, i) => (i > 0 && AFTER_HEAD.has(w) && !joinsModifiers(i) && !insideName(i)) || (i > 1 && /^\p{Ll}{3,}ing$/u.test(w)));
  const before = (cut < 0 ? words : words.slice(0, cut)).filter((w, i, all) => !(w === 'elect' && i === all.length - 1 && i > 0));
  return before.at(-1)?.replace(/['’]s$|[^\p{L}-]/gu, '') || undefined;
}

/** "Department of Correction", "University of Houston": an institution's or place's noun, "of" and a capital make a name. */
function isOfInsideName(before: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(before) || !/^\p{Lu}/u.test(after)) return false;
  const noun = before.toLowerCase();
  return ORGANIZATION_NOUNS.has(noun) || MORE_ORGANIZATION_NOUNS.has(noun) || PLACE_NOUNS.has(noun);
}

const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|man|woman|ee|ive|an|at|ic)s?$/u;

/** The types a description's head noun fits; `byEnding` also guesses a person from a role's ending ("physicist"). */
export function typesOfHead(head: string, byEnding = true): Set<EntityType> {
  const singular = head.replace(/(?<=[^s])s$/u, '');
  const has = (set: Set<string>) => set.has(head) || set.has(singular) || head.split('-').some((part) => set.has(part));
  const types = new Set<EntityType>();
  if (has(PERSON_NOUNS) || has(EITHER_NOUNS)) types.add('PER');
  if (has(ORGANIZATION_NOUNS) || has(MORE_ORGANIZATION_NOUNS) || has(EITHER_NOUNS)) types.add('ORG');
  if (has(PLACE_NOUNS)) types.add('LOC');
  if (has(THING_NOUNS)) types.add('MISC');
  // "veteran", "physicist", "historian": a person's role by its ending, when no other list claims the word.
  if (byEnding && types.size === 0 && PERSON_ENDING.test(singular) && singular.length > 4) types.add('PER');
  return types;
}

function headFits(description: string, type: EntityType, typeOpen: boolean): boolean {
  // "Michael Shadlen, Ph.D., of Columbia University": an affiliation after a degree describes a person.
  if (/^of\s/u.test(description)) return type === 'PER';
  const head = descriptionHead(description);
  if (!head) return false;
  // Another type only by the word lists, never by a guess from the ending: build.ts retypes the entity by the lists.
  return typesOfHead(head).has(type) || (typeOpen && typesOfHead(head, false).size > 0);
}

/** The phrase after ", " up to the next comma, semicolon, quote or sentence end; skipping a degree (", Ph.D."). */
function appositiveAfter(text: string, end: number): TextSpan | undefined {
  let from = end;
  const degree = DEGREE.exec(text.slice(from, from + 12));
  if (degree) from += degree[0].length;
  const opening = /^,\s+/u.exec(text.slice(from, from + 4));
  if (!opening) return undefined;
  const start = from + opening[0].length;
  const clause = throughCoordinatedName(text, clauseEnd(text, start));
  // An appositive closes with a comma, a dash, a bracket or the sentence; one cut off by a quote or colon is a fragment.
  if (clause < text.length && !/[,;.!?)\n—–]/u.test(text[clause]!) && !/^ [—–-]/u.test(text.slice(clause, clause + 2))) return undefined;
  // "a fellow at the Urban Institute and a co-founder of …": a long pair of descriptions keeps its first.
  const pair = /\s+and\s+(?:a|an|the)\s/u.exec(text.slice(start, clause));
  const message = messageAdjunct(text.slice(start, clause));
  const phraseEnd = message >= 0 ? start + message : text.slice(start, clause).split(/\s+/u).length > MAX_WORDS && pair ? start + pair.index : clause;
  const phrase = text.slice(start, phraseEnd);
  const words = phrase.split(/\s+/u);
  if (words.length > MAX_WORDS || REPORTING.test(phrase) || FINITE.test(phrase)) return undefined;
  if (hasClauseAfterName(phrase)) return undefined;
  const first = words[0]!;
  // "Lorenz, his secretary, his programmer and his students": a list of people, not an apposition.
  const next = /^,\s+(the|a|an|his|her|its|their|our|my)\s/iu.exec(text.slice(phraseEnd, phraseEnd + 8));
  if (next && first.toLowerCase() === next[1]!.toLowerCase()) return undefined;
  const descriptive =
    DETERMINERS.has(first.toLowerCase()) ||
    isTitleWord(first) ||
    /^\p{Lu}[\p{L}.&-]*['’]s$/u.test(first) ||
    (degree !== null && first === 'of');
  // A description has a common noun: not a list of names ("Xiaomi, Huawei, and Apple"); "of" after a degree is an affiliation.
  // "a Virginia Democrat": a party member is a person's description, though capitalised.
  // "(Six are with Biden, one with Michael Bloomberg,) another with Buttigieg": a preposition is no noun; "the Paul and
  // Mary Monroe Endowed Chair": a title in capitals is one.
  const hasNoun =
    words.some((w) => (/^\p{Ll}[\p{Ll}-]{2,}/u.test(w) && !DETERMINERS.has(w) && !STOP_BEFORE.has(w)) || (/^\p{Lu}/u.test(w) && TITLE_NOUNS.has(w.replace(/\P{L}+$/u, '').toLowerCase()))) ||
    PARTY_MEMBER.test(words.at(-1)!);
  if (!descriptive || !(hasNoun || first === 'of')) return undefined;
  return { start, end: phraseEnd, text: phrase };
}

/** "an investigator with Nashi Groshi in an email to me": where an adjunct about the saying starts, or -1. */
function messageAdjunct(phrase: string): number {
  for (const match of phrase.matchAll(MESSAGE_ADJUNCT)) {
    if (match[1]!.toLowerCase().split(/\s+/u).some((word) => MESSAGE_NOUNS.has(word))) return match.index!;
  }
  return -1;
}

const MESSAGE_ADJUNCT = /\s+(?:in|during)\s+(?:a|an|the|his|her|their)\s+((?:[\p{L}-]+\s+)?[\p{L}-]+)/gu;

/**
 * "the department head for MIT’s Science, Technology and Society program": a comma
 * between capitalised words that go on to "and" and another capitalised word is
 * inside a coordinated name, so the phrase runs on to the comma after it.
 */
function throughCoordinatedName(text: string, clause: number): number {
  if (text[clause] !== ',') return clause;
  const before = text.slice(Math.max(0, clause - 40), clause);
  if (/\p{Lu}[\p{L}\p{N}]*$/u.test(before)) return COORDINATED_NAME_REST.test(text.slice(clause, clause + 120)) ? clauseEnd(text, clause + 1) : clause;
  // "chairman of the Commons' environment, food and rural affairs committee", "senior vice president of fleet, finances
  // and alliances": a field after a preposition, then a comma and more fields joined by "and", is one coordination.
  const rest = COORDINATED_FIELDS_REST.exec(text.slice(clause, clause + 120));
  if (!rest || !/\b(?:of|for)\s+(?:\S+\s+){0,3}\p{Ll}[\p{Ll}'’-]*$/u.test(before) || rest[0].split(/[\s,]+/u).some((w) => STOP_BEFORE.has(w) && w !== 'and')) return clause;
  return clauseEnd(text, clause + 1);
}

/** ", food and rural", ", finances and alliances": lower-case fields, the last after "and". */
const COORDINATED_FIELDS_REST = /^,\s+\p{Ll}[\p{Ll}-]*(?:,\s+\p{Ll}[\p{Ll}-]*)*,?\s+and\s+\p{Ll}[\p{Ll}-]*/u;

/** ", Technology and Society", ", Arts, and Humanities": the rest of a coordinated name after its first comma. */
const COORDINATED_NAME_REST = /^,\s+\p{Lu}[\p{L}\p{N}]*(?:,\s+\p{Lu}[\p{L}\p{N}]*)*,?\s+(?:and|&)\s+\p{Lu}/u;

const PARTY_MEMBER = /^(?:Democrat|Republican|Independent|Conservative|Liberal|Libertarian|Socialist)s?$/u;

/** "the philosopher Luis de Miranda weaves a history": a name followed by a verb makes the phrase a clause. */
function hasClauseAfterName(phrase: string): boolean {
  for (const match of phrase.matchAll(/\p{Lu}\p{L}+\s+(\p{Ll}{3,}(?:s|ed))\b/gu)) {
    if (typesOfHead(match[1]!).size === 0) return true;
  }
  return false;
}

/** Where a clause ends: a comma, semicolon, colon, quote, bracket or a sentence-final period. */
function clauseEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + 200);
  for (let i = start; i < limit; i++) {
    const char = text[i]!;
    if (',;:“”"()\n'.includes(char)) return i;
    // "Lucy Evans, an artist – were not present": a dash (an en dash or hyphen only when spaced) closes the phrase as a comma does.
    if (char === '—' || ((char === '–' || char === '-') && text[i - 1] === ' ' && text[i + 1] === ' ')) return text[i - 1] === ' ' ? i - 1 : i;
    // "(named after Gordon Moore, cofounder of Intel.)": a period before a closing bracket or quote ends the sentence too.
    if ((char === '.' || char === '!' || char === '?') && (i + 1 >= text.length || /[\s)”’"]/u.test(text[i + 1]!))) {
      // "U.S." or "H.W." inside a phrase: an initial's period does not end it.
      if (char === '.' && /(?:^|[\s.])\p{Lu}$/u.test(text.slice(i - 2, i))) continue;
      return i;
    }
  }
  return limit;
}

const NUMBER_COMPOUND = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand)-/iu;

function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_NOUNS.has(lower) || TITLE_MODIFIERS.has(lower) || lower.split('-').some((part) => TITLE_NOUNS.has(part));
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** Prepositions and demonstratives that open a clause's introductory phrase ("Through this platform, …"). */
const OPENING_WORDS = new Set(
  `in on at to for from with by after before since during under over into onto via per about against between through
  throughout within without across among amid despite toward towards upon behind beyond along around near this these those`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Where a title's words stop, read backwards: the opening words above, and articles, conjunctions and verbs. */
const STOP_BEFORE = new Set([
  ...OPENING_WORDS,
  ...`the a an and or but of as than that which who when where while said says told tells according is was are were be been
  being has have had will would can could should may might not also like including`
    .split(/\s+/u)
    .filter(Boolean),
]);

/**
 * A title right before a name, read backwards from the name: title nouns and
 * modifiers, capitalised qualifiers ("Israeli", "White House", "Xiaomi’s") and
 * other lower-case nouns ("whale rescue group"), ending in a title noun.
 */
function titleBefore(text: string, start: number, end: number): TextSpan | undefined {
  // Most mentions have no title before them: look at the last word alone before tokenising the stretch.
  const lastWord = lastWordBefore(text, start)?.toLowerCase();
  if (!lastWord || !(TITLE_NOUNS.has(lastWord) || lastWord === 'elect' || isHyphenatedTitle(lastWord))) return undefined;
  const window = text.slice(Math.max(0, start - 120), start);
  // Never across a line break: the line before may be a headline.
  const before = window.slice(window.search(/[\n\r][^\n\r]*$/u) + 1);
  const offset = start - before.length;
  // Dotted acronyms ("U.S.") and a place's abbreviation before a capital ("St. Louis Park Mayor") are words; any other period ends the walk.
  const tokens = [...before.matchAll(TITLE_TOKENS)];
  let k = tokens.length - 1;
  // "Yahoo’s chief executive, Marissa Mayer": a comma may stand between title and name.
  const comma = tokens[k]?.[0] === ',';
  if (comma) k--;
  const last = tokens[k]?.[0];
  if (!last || !(TITLE_NOUNS.has(last.toLowerCase()) || last.toLowerCase() === 'elect' || isHyphenatedTitle(last))) return undefined;
  let first = k;
  let hasPossessive = false;
  for (let j = k - 1; j >= 0 && k - j < 6; j--) {
    const word = tokens[j]![0];
    const lower = word.toLowerCase();
    if (/^[^\p{L}\p{N}]$/u.test(word) || QUOTE_EDGE.test(word)) break;
    if (['its', 'his', 'her', 'their'].includes(lower)) {
      first = j;
      hasPossessive = true;
      break;
    }
    // "flexibility he provides head coach Nick Nurse": after a subject pronoun the words are its verb and object.
    if (SUBJECT_PRONOUNS.has(lower)) return undefined;
    // "and now runs organisation TED": a lower-case word that is no title after such an adverb is its verb.
    if (VERB_ADVERBS.has(lower)) {
      if (/^\p{Ll}/u.test(tokens[j + 1]![0]) && !isTitleWord(tokens[j + 1]![0])) return undefined;
      break;
    }
    // "Department of Correction spokesman", "University of Houston political scientist": "of" between capitals is inside a name.
    const insideName = lower === 'of' && j > 0 && isOfInsideName(tokens[j - 1]![0], tokens[j + 1]![0]);
    if (STOP_BEFORE.has(lower) && !insideName && !(lower === 'and' && j > 0 && isTitleWord(tokens[j - 1]![0]))) break;
    if (/^\p{Ll}/u.test(word) && !isTitleWord(word) && /(?:ed|ly|ing)$/u.test(lower)) break;
    first = j;
  }
  while (first < k && tokens[first]![0].toLowerCase() === 'and') first++;
  // "Through this platform, Shabka …", "With the new chief executive, the board …": a phrase that a preposition or a
  // demonstrative opens, then a comma, is the clause's opening, not the name's title. "to stick with Yahoo’s chief
  // executive, Marissa Mayer, and vote …": a title that says whose, with the name closed off by a comma, is an apposition.
  const owned = tokens.slice(first, k).some((t) => /\p{L}['’]s$/u.test(t[0])) && /^\s*[,;:.!?)]/u.test(text.slice(end, end + 3));
  if (comma && !hasPossessive && !owned) {
    let opener = first - 1;
    while (opener >= 0 && ARTICLES.has(tokens[opener]![0].toLowerCase())) opener--;
    if (opener >= 0 && OPENING_WORDS.has(tokens[opener]![0].toLowerCase())) return undefined;
  }
  // "to mediate Zimbabwe President", "on stage Apple founder": a lower-case word that is no title, with no article
  // or possessive before it, is the verb or noun of the clause around the title, not part of it.
  if (!hasPossessive) {
    // "of" is left in the phrase only inside a name ("Department of Correction").
    const isLowerOther = (j: number) => /^\p{Ll}/u.test(tokens[j]![0]) && !isTitleWord(tokens[j]![0]) && tokens[j]![0] !== 'of';
    // "to mediate Zimbabwe President", but not "according to whale rescue group Project Jonah".
    const infinitive = tokens[first - 1]?.[0].toLowerCase() === 'to' && !['according', 'due', 'next', 'close', 'prior', 'thanks'].includes(tokens[first - 2]?.[0].toLowerCase() ?? '');
    if (infinitive) while (first < k && isLowerOther(first)) first++;
    const capital = tokens.findIndex((t, j) => j > first && j <= k && /^\p{Lu}/u.test(t[0]));
    if (capital > 0 && tokens.slice(first, capital).some((_, j) => isLowerOther(first + j))) first = capital;
    // "NFU president Minette Batters met Cabinet Office Minister Michael Gove": a name, then a word that is no title,
    // is a clause's subject and verb; the title starts after them.
    for (let j = k - 1; j > first; j--) {
      if (isLowerOther(j) && /^\p{Lu}/u.test(tokens[j - 1]![0]) && /^\p{Lu}/u.test(tokens[j + 1]![0])) {
        first = j + 1;
        break;
      }
    }
  }
  const from = offset + tokens[first]!.index!;
  const to = offset + tokens[k]!.index! + tokens[k]![0].length;
  if (isLabelLine(text, from, end)) return undefined;
  if (!hasPossessive && first === k && !/^\p{Lu}/u.test(tokens[k]![0]) && TITLE_MODIFIERS.has(tokens[k]![0].toLowerCase())) return undefined;
  return { start: from, end: to, text: text.slice(from, to) };
}

/**
 * "Single Player Camera", "85. King Diamond", "Group Ten-Heart Event": a line that is only a capitalised word and a
 * name, with no sentence around them, is a menu item, a list entry or a label; its first word is no title.
 * A caption of a title and a name alone ("President Barack Obama") is lost with them: when unsure, none.
 */
function isLabelLine(text: string, from: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
  const after = text.slice(end, end + 80);
  const lineEnd = after.search(/[\n\r]/u);
  if (lineEnd < 0 && end + after.length < text.length) return false;
  const rest = after.slice(0, lineEnd < 0 ? after.length : lineEnd).trim();
  if (/[.!?:;,"“”]/u.test(rest)) return false;
  const lineBefore = text.slice(lineStart, from);
  // "Locked to Player Camera": a short line with no sentence punctuation at all is a menu item or a caption too.
  if (!/[.!?:;,"“”]/u.test(lineBefore) && text.slice(lineStart, end).split(/\s+/u).length + wordCount(rest) <= 5) return true;
  return LIST_MARKER.test(lineBefore) && wordCount(rest) <= 2;
}

const wordCount = (words: string) => (words === '' ? 0 : words.split(/\s+/u).length);

const LIST_MARKER = /^\s*(?:\d{1,3}[.)]|[-•*·–—])?\s*$/u;

const TITLE_TOKENS = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}|\b(?:${[...PLACE_ABBREVIATIONS].join('|')})\.(?=\s+\p{Lu})|[\p{L}\p{N}](?:[\p{L}\p{N}\u00ad'’&-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]`,
  'gu',
);

const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they']);

/** A word that a quotation mark opens or closes: "frustration'" in "…biggest frustration' President". */
const QUOTE_EDGE = /^['’‘"“”]|['’‘"“”]$/u;

const LAST_WORD = /([\p{L}\p{N}][\p{L}\p{N}\u00ad'’&-]*)[\s,]*$/u;

/**
 * `LAST_WORD`'s word in the 40 characters before `start`, read backwards: the expression, anchored at the
 * end, tries every start in the window, and every mention asks. Plain ASCII is read here; a window
 * with other characters where it matters goes to the expression.
 */
function lastWordBefore(text: string, start: number): string | undefined {
  const from = Math.max(0, start - 40);
  let end = start;
  let code = 0;
  while (end > from && isAsciiSpaceOrComma((code = text.charCodeAt(end - 1)))) end--;
  let first = end;
  while (first > from && isAsciiWordPart((code = text.charCodeAt(first - 1)))) first--;
  if (first > from && code >= 128) return LAST_WORD.exec(text.slice(from, start))?.[1];
  // The word starts at its first letter or digit, after any leading apostrophes, ampersands and hyphens.
  while (first < end && !isAsciiLetterOrDigit(text.charCodeAt(first))) first++;
  return first < end ? text.slice(first, end) : undefined;
}

function isAsciiSpaceOrComma(c: number): boolean {
  return c === 32 || c === 44 || (c >= 9 && c <= 13);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

function isAsciiWordPart(c: number): boolean {
  return isAsciiLetterOrDigit(c) || c === 39 || c === 38 || c === 45;
}

function isHyphenatedTitle(word: string): boolean {
  // "the 51-member Congressional Black Caucus": a number's compound is a modifier, no title.
  return word.includes('-') && !NUMBER_COMPOUND.test(word) && word.toLowerCase().split('-').some((part) => TITLE_NOUNS.has(part));
}

/**
 * "its founder" says whose: the nearest organisation named before it, as
 * "founder of Galaxy Space". Other possessives are kept as written ("her mother").
 */
function resolvePossessive(text: string, found: TextSpan, mentionStart: number, sentence: Span, names: readonly TextSpan[]): TextSpan {
  const match = /^its\s+(.+)$/u.exec(found.text);
  if (!match || mentionStart - found.end > 2) return found;
  // The owner is the last name the article has before the phrase in its sentence ("After the merger, Acme named its
  // chief executive, …"); a capitalised word that is no name ("After", "Tuesday") or one from another sentence is none.
  const owner = lastNameBefore(names, found.start, sentence.start);
  return owner ? { ...found, text: `${match[1]} of ${owner.text}` } : found;
}

/** The last of `names` (in reading order) that lies within [from, before). */
function lastNameBefore(names: readonly TextSpan[], before: number, from: number): TextSpan | undefined {
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (names[middle]!.end <= before) low = middle + 1;
    else high = middle;
  }
  const last = names[low - 1];
  return last && last.start >= from ? last : undefined;
}

const NAMED = /^((?:a|an|the|his|her|its|their)\s+[\p{Ll}\p{Lu}’'-]+(?:\s+[\p{Ll}’'-]+){0,5})\s+(?:named|called)\s+$/u;

/** "a colleague named Barry Saltzman", "a startup called Leadleo": the noun phrase before "named". */
function namedBefore(text: string, start: number): TextSpan | undefined {
  const windowStart = Math.max(0, start - 80);
  const window = text.slice(windowStart, start);
  // NAMED ends in "named" or "called" and spaces: most windows do not, and need no look at their determiners.
  const trimmed = window.trimEnd();
  if (trimmed.length === window.length || !(trimmed.endsWith('named') || trimmed.endsWith('called'))) return undefined;
  // The phrase nearest the name: "the office of a meteorologist named X" is "a meteorologist".
  let found: TextSpan | undefined;
  for (const opening of window.matchAll(DETERMINER_START)) {
    const match = NAMED.exec(window.slice(opening.index! + opening[0].length - opening[1]!.length));
    if (!match) continue;
    const from = windowStart + opening.index! + opening[0].length - opening[1]!.length;
    found = { start: from, end: from + match[1]!.length, text: match[1]! };
  }
  return found;
}

const DETERMINER_START = /(?:^|[\s,(])((?:a|an|the|his|her|its|their)\s)/gu;

/** "…, who heads the agency," → "who heads the agency". */
function relativeClause(text: string, end: number): TextSpan | undefined {
  const match = /^,\s+(who\s)/u.exec(text.slice(end, end + 8));
  if (!match) return undefined;
  const start = end + match[0].length - match[1]!.length;
  const phraseEnd = clauseEnd(text, start);
  const phrase = text.slice(start, phraseEnd);
  if (phrase.split(/\s+/u).length > MAX_WORDS || REPORTING.test(phrase) || isQuestion(phrase)) return undefined;
  return { start, end: phraseEnd, text: phrase };
}

/** "Um, who are you?", "Oh, who am I kidding": a question, not a relative clause about the word before it. */
function isQuestion(phrase: string): boolean {
  return phrase.includes('?') || /^who\s+(?:am|are|is|was|were|do|does|did)\s+(?:I|you|we|they|he|she|it)\b/u.test(phrase);
}

const COPULA = /^\s+(?:is|was)\s+((?:the|a|an)\s[^.;:!?]{3,120})/u;
const PRONOUN_COPULA = /^\s*(?:He|She|It)\s+(?:is|was)\s+((?:the|a|an)\s[^.;:!?]{3,120})/u;

/** "X is the director of …", or "He is the director of …" opening the sentence after a mention. */
function copular(text: string, mention: Entity['mentions'][number], entity: Entity, sentences: Span[]): TextSpan | undefined {
  const direct = COPULA.exec(text.slice(mention.end, mention.end + 140));
  if (direct) {
    const start = mention.end + direct[0].length - direct[1]!.length;
    const end = clauseEnd(text, start);
    return { start, end, text: text.slice(start, end) };
  }
  if (entity.type !== 'PER' && entity.type !== 'ORG') return undefined;
  const index = sentenceHolding(sentences, mention.start, mention.end);
  const next = sentences[index + 1];
  if (index < 0 || !next) return undefined;
  const pronoun = PRONOUN_COPULA.exec(text.slice(next.start, next.start + 140));
  const expected = entity.type === 'PER' ? /^\s*(?:He|She)/u : /^\s*It/u;
  if (!pronoun || !expected.test(pronoun[0])) return undefined;
  const start = next.start + pronoun[0].length - pronoun[1]!.length;
  const end = clauseEnd(text, start);
  return { start, end, text: text.slice(start, end) };
}
