import { AGENT_PLURAL, AUXILIARIES, DETERMINERS, FIRST_PERSON, INDEFINITES, PERSONAL_PRONOUNS, PERSON_ROLE_NOUNS, QUANTITY_NOUNS, singularNoun, VAGUE_HEADS } from './data/lexicons';
import { COLLECTIVE_SPEAKERS, GENERIC_VOICE_SUBJECTS, GROUP_MEMBER_PRONOUNS, NOT_SPEAKER_WORDS, PREPOSITIONS } from './data/speaker-words';
import { REPORTING_FORMS } from './data/reporting-verbs';
import type { Attribution, SentenceView } from './types';

/** Detectors whose source is the cue phrase itself, by design. */
const CUE_AS_SOURCE = new Set(['agentless', 'vague-source']);

/** A source longer than this many words is a clause the detector swallowed, not a name. */
const MAX_SOURCE_WORDS = 10;

/**
 * Whether an attribution's source is a noun phrase that can say or publish something
 * (a person, organization, document, outlet, group) rather than a fragment of the
 * sentence ("Just plug", "Lawmakers might", "I’d", "Using"). The author is never a
 * source, and only people and bodies think or feel ("it feels" is the author's verdict).
 */
export function isSpeaker(attribution: Attribution, sentence: SentenceView): boolean {
  const { source } = attribution;
  // Links name their host; agentless and vague frames name their own cue phrase ("has long been heralded", "we are told").
  if (source.href || CUE_AS_SOURCE.has(attribution.detector)) return true;
  const tokens = [...source.text.replace(/’/gu, "'").matchAll(/[\p{L}\p{N}'.-]+/gu)].filter((m) => /\p{L}/u.test(m[0]));
  const words = tokens.map((m) => m[0].toLowerCase());
  if (words.length === 0 || words.length > MAX_SOURCE_WORDS) return false;
  // "First Union", "Long Island Rail Road", "Den Norske Stats Oljeselskap AS", "al-Ingaz al-Watani": a word of a
  // recognised name is no adverb of the verb group nor a preposition, and the name's lower-case particle opens a name.
  const named = tokens.map((m) => isNamed(source.start + m.index, sentence));
  const auxiliary = (w: string, k: number) => AUXILIARIES.has(w) && !source.document && !named[k];
  if (words.every((w) => FIRST_PERSON.has(w))) return false;
  // "officials familiar with the matter", "sources close to the talks", "police in Kabul": the group's complement may hold any word.
  const complement = words.findIndex((w, k) => k > 0 && GROUP_COMPLEMENT_OPENERS.has(w) && (VAGUE_HEADS.has(words[k - 1]!) || COLLECTIVE_SPEAKERS.has(words[k - 1]!) || AGENT_PLURAL.test(words[k - 1]!) || GROUP_QUALIFIERS.has(words[k - 1]!)));
  const core = complement > 0 ? words.slice(0, complement) : words;
  if (core.some((w, k) => NOT_SPEAKER_WORDS.has(w) || auxiliary(w, k))) return false;
  const first = words[0]!;
  if (PREPOSITIONS.has(first) && !named[0]) return false;
  // "millions left homeless and": a phrase that stops at a conjunction or preposition is cut, not named.
  if (words.length > 1 && !named[words.length - 1] && (DANGLING_ENDS.has(words[words.length - 1]!) || PREPOSITIONS.has(words[words.length - 1]!))) return false;
  const capitalised = /^\p{Lu}/u.test(source.text) || named[0]!;
  if (!capitalised && !opensNounPhrase(first) && !isBareGroup(words)) return false;
  if (thinksOrFeels(attribution, sentence) && !canThink(source, words, sentence)) return false;
  // One capitalised word opening the sentence, that the recogniser does not call a name: "Using", "Deficit" (an acronym such as "WHO" is one);
  // but "Police said", "Faulding said" name who spoke.
  if (words.length === 1 && capitalised && !/^\p{Lu}{2,}$/u.test(source.text) && source.start === firstLetter(sentence) && !source.person && !isNamed(source.start, sentence) && !VAGUE_HEADS.has(first) && !PERSONAL_PRONOUNS.has(first) && !namesOpeningSpeaker(first, attribution, sentence)) return false;
  return true;
}

/**
 * "Police said", "Faulding said": a bare collective that does not think or feel ("Police fearing violence" is no
 * report), or a word right before a verb of saying other than a determiner or a generic voice ("This may explain",
 * "You mentioned", "One could argue"). "One, who asked not to be named, said": a member of a group told something
 * in the past.
 */
function namesOpeningSpeaker(word: string, attribution: Attribution, sentence: SentenceView): boolean {
  if (COLLECTIVE_SPEAKERS.has(word)) return !thinksOrFeels(attribution, sentence);
  if (GROUP_MEMBER_PRONOUNS.has(word) && toldInPast(attribution, sentence)) return true;
  return !DETERMINERS.has(word) && !GENERIC_VOICE_SUBJECTS.has(word) && saysNext(attribution.source.end, sentence);
}

/** A verb of saying follows the word that ends at `offset`, past auxiliaries and adverbs: "Faulding said", "Reuters has reported". */
function saysNext(offset: number, sentence: SentenceView): boolean {
  const words = sentence.words;
  let k = words.findIndex((w) => w.start >= offset);
  if (k === -1) return false;
  for (let skipped = 0; skipped < MAX_WORDS_BEFORE_VERB && (AUXILIARIES.has(words[k]!.lower) || /^\p{Ll}{3,}ly$/u.test(words[k]!.text)) && k + 1 < words.length; skipped++) k++;
  const form = REPORTING_FORMS.get(words[k]?.lower ?? '');
  return form?.kind === 'speech' && /^\p{Ll}/u.test(words[k]!.text);
}

/** The attribution's verb is a past form of saying: "said", "told", "added" (not "say", "saying", "could argue"). */
function toldInPast(attribution: Attribution, sentence: SentenceView): boolean {
  return attribution.cues.some((c) => {
    if (c.kind !== 'reporting-verb') return false;
    const verb = sentence.words.find((w) => w.start === c.start);
    const form = verb && REPORTING_FORMS.get(verb.lower);
    return form?.kind === 'speech' && verb!.lower !== form.lemma && !/(?:ing|s)$/u.test(verb!.lower) && !AUXILIARIES.has(sentence.words[sentence.words.indexOf(verb!) - 1]?.lower ?? '');
  });
}

/** Auxiliaries and adverbs between a subject and its verb of saying: "has repeatedly said". */
const MAX_WORDS_BEFORE_VERB = 2;

function opensNounPhrase(word: string): boolean {
  return DETERMINERS.has(word) || INDEFINITES.has(word) || PERSONAL_PRONOUNS.has(word) || QUANTITY_NOUNS.has(word) || VAGUE_HEADS.has(word) || COLLECTIVE_SPEAKERS.has(word) || word === 'we' || /s$/u.test(word);
}

/**
 * "agency officials", "party strategists", "company executives": a short bare noun phrase whose head is
 * a group of people who speak, though it opens without a determiner (mid-sentence, after a comma).
 */
function isBareGroup(words: string[]): boolean {
  if (words.length > MAX_BARE_GROUP_WORDS) return false;
  const head = words[words.length - 1]!;
  return VAGUE_HEADS.has(head) || COLLECTIVE_SPEAKERS.has(head) || (head !== singularNoun(head) && PERSON_ROLE_NOUNS.has(singularNoun(head))) || AGENT_PLURAL.test(head);
}


/** "state health department officials": longer bare phrases are rarely one group. */
const MAX_BARE_GROUP_WORDS = 4;

function thinksOrFeels(attribution: Attribution, sentence: SentenceView): boolean {
  return attribution.cues.some((c) => {
    if (c.kind !== 'reporting-verb') return false;
    const verb = sentence.words.find((w) => w.start === c.start);
    return verb !== undefined && REPORTING_FORMS.get(verb.lower)?.kind === 'cognition';
  });
}

/** People, bodies and peoples think; "it", "this" and products (MISC names) do not. */
function canThink(source: Attribution['source'], words: string[], sentence: SentenceView): boolean {
  if (source.person || source.anaphor === 'person') return true;
  if (words.length <= 2 && INANIMATE.has(words[0]!)) return false;
  const named = sentence.mentions.filter((m) => m.start < source.end && source.start < m.end);
  return !(named.length > 0 && named.every((m) => m.type === 'MISC'));
}

const INANIMATE = new Set(['it', 'this', 'that', 'there', 'which']);
const GROUP_COMPLEMENT_OPENERS = new Set(['with', 'in', 'to', 'of', 'on', 'at', 'from', 'inside', 'within', 'close']);
const GROUP_QUALIFIERS = new Set(['familiar', 'close', 'knowledgeable', 'briefed', 'involved', 'speaking']);
const DANGLING_ENDS = new Set(['and', 'or', 'but', 'nor', 'of', 'the', 'a', 'an', 'to']);

function firstLetter(sentence: SentenceView): number {
  return sentence.words.find((w) => /\p{L}/u.test(w.text))?.start ?? sentence.start;
}

function isNamed(offset: number, sentence: SentenceView): boolean {
  return sentence.mentions.some((m) => m.start <= offset && offset < m.end);
}
