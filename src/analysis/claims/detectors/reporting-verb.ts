import { AUXILIARIES, BE_FORMS, CONTENT_COMPLEMENTS, DETERMINERS, DOCUMENT_NOUNS, INDEFINITES, MONTHS, SOMEONE_PRONOUNS, VAGUE_HEADS } from '../data/lexicons';
import { INVERTING_LEMMAS, LIGHT_SPEECH_FORMS, MADE_PLAIN, NAMING_FORMS, PUT_IT_MANNERS, NAMING_WITHOUT_AS, NOUN_LIKE_FORMS, PAST_AS_BARE, REPORTING_FORMS, SPEECH_NOUNS, RESEARCH_HEADS, STATING_FINDINGS, type FormClass } from '../data/reporting-verbs';
import { GROUP_MEMBER_PRONOUNS, IMPERSONAL_PRONOUNS } from '../data/speaker-words';
import { describeSource, isPureName, opensWithAdjective, phraseAfter, subjectBefore, verbGroupStart, type WordRange } from '../noun-phrase';
import type { ArticleView, Attribution, Detector, SentenceView, SourceRef } from '../types';
import { occasionAt } from './speech-occasion';
import type { Word } from '../words';
import { ABOUT_A_TOPIC, BARE_SUBJECT_ENDS, POSSESSIVE_MARKS, ADVERB_AUXILIARIES, APPROXIMATORS, PAST_AUXILIARIES, CAUSATIVE_BELIEFS, CLAUSE_OPENERS, COUNTERFACTUAL_MODALS, DEGREE_BEFORE_PARTICIPLE, DESCRIBING_AFTER_THE, IRREGULAR_PAST, NAMED_OBJECT_OPENERS, NEEDS_CONTENT, NEEDS_PARTICLE, NOT_A_CLAUSE, NOT_AS_PREDICATE, NOT_PREDICATE_NOUNS, NOT_SPEECH_PARTICLES, NOT_SPOKEN_OBJECTS, NOT_TITLE_WORDS, NOUN_MARKERS, NUMBER_WORDS, OBJECT_STARTS, TRAILING_TIME_WORDS, PERFECT_HAVE, RELATIVES, SAYING_WITHOUT_CLAUSE, ADDRESSING_LEMMAS, SHORT_ADJECTIVES, FINITE_AUXILIARIES, NO_BARE_CLAUSE, NOT_CLAUSE_OPENERS, CONDITIONAL_SUBORDINATORS, JUDGING_CHARGES, SUBJECT_PRONOUNS, VERB_GROUP_ADVERBS, CONTEST_OBJECTS, CLAIM_NOUNS, ABSOLUTE_LEADS, OBJECT_RELATIVES, SPEAKER_PREPOSITIONS } from '../data/frame-words';

/** "said chief inspector Jennifer Mattinson from the West Mercia police": longer is a clause, not a subject. */
const MAX_INVERTED_SUBJECT_WORDS = 12;

const INVERTED_EDGES = new Set([',', '“', '”', '"', ':', '—', '–']);

/**
 * "X said / told / announced / wrote / estimated …", in any tense, with the
 * subject before the verb, after it ("…,” said Martin Indyk), or reached through
 * a relative clause ("an article by New York magazine that claimed"), and
 * "was quoted as saying".
 */
export const reportingVerbDetector: Detector = {
  name: 'reporting-verb',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const verb = words[i]!;
      if (!FRAME_WORDS.has(verb.lower)) continue;
      const noun = speechNounAfter(words, i);
      const form = noun === undefined ? (formOf(verb.lower) ?? (goesOnAfterQuote(words, i) ? GOING_ON : undefined)) : { lemma: LIGHT_SPEECH_FORMS.get(verb.lower)!, kind: 'speech' as const };
      if (!form || verb.quoted || isCounterfactual(words, i) || inAskedOpening(words, i)) continue;
      const manner = noun === undefined && form.kind !== 'cognition' ? mainVerbBeforeBy(words, i) : undefined;
      if (manner !== undefined) {
        if (NOT_SPEECH_PARTICLES.get(form.lemma)?.has(words[i + 1]?.lower ?? '')) continue; // "by adding to the costs"
        const source = subjectSource(article, sentence, manner);
        if (source && !isConditional(words, source) && (SAYING_WITHOUT_CLAUSE.has(form.lemma) || clauseFollows(words, i, form.lemma))) found.push({ detector: this.name, source, cues: [{ kind: 'reporting-verb', start: verb.start, end: verb.end }], at: verb.start });
        continue;
      }
      const quotedSpeaker = form.kind === 'speech' ? quotedSpeakerBefore(words, i) : undefined;
      if (quotedSpeaker) {
        const source = describeSource(article, sentence, quotedSpeaker.speaker);
        if (source) found.push({ detector: this.name, source, cues: [{ kind: 'reporting-verb', start: words[quotedSpeaker.verb]!.start, end: verb.end }], at: words[quotedSpeaker.verb]!.start });
        continue;
      }
      if (isNounUse(words, i) || isAdjectivesPlural(sentence, i) || isInfinitive(words, i) || isReducedRelative(words, i) || isJudgedParticiple(words, i, form.lemma)) continue;
      // "…, showing how …": a participle whose subject is a whole clause reports nothing; "…, saying …" and "…, calling it a …" do.
      if (verb.lower.endsWith('ing') && form.kind !== 'speech' && words[i - 1]?.text === ',' && !namesObject(words, i + 1, form.lemma)) continue;
      const quotedAs = quotedAsSaying(words, i);
      if (!quotedAs && isPassive(words, i)) continue;
      // "Consumers are feeling the pinch": a belief verb in the progressive is an activity; "add to", "protest against" are not speech.
      if ((form.kind === 'cognition' && isProgressive(words, i)) || NOT_SPEECH_PARTICLES.get(form.lemma)?.has(words[i + 1]?.lower ?? '')) continue;
      if (NEEDS_PARTICLE.has(form.lemma) && !NEEDS_PARTICLE.get(form.lemma)!.has(words[i + 1]?.lower ?? '')) continue;
      if (noun === undefined && contestObject(words, i + 1, form.lemma)) continue;
      const groupStart = verbGroupStart(words, quotedAs ?? (goesOnTo(words, i) ? i - 3 : i));
      const inverted = invertedSource(article, sentence, groupStart, i);
      const claimSubject = inverted ? undefined : claimObjectSubject(words, groupStart, i);
      const source = inverted ?? (claimSubject ? describeSource(article, sentence, claimSubject) : subjectSource(article, sentence, groupStart));
      if (!source || (!inverted && isConditional(words, source)) || (noun === undefined && !claimSubject && !hasContent(NEEDS_CONTENT.has(form.lemma) ? 'finding' : form.kind, words, i, source, form.lemma))) continue;
      const cueEnd = formOf(verb.lower) || noun === undefined ? verb.end : words[noun]!.end;
      const closing = closesSentence(words, i, groupStart, source);
      found.push({ detector: this.name, source, cues: [{ kind: 'reporting-verb', start: words[quotedAs ?? i]!.start, end: cueEnd }], at: verb.start, ...(closing ? { closing } : {}) });
    }
    return found;
  },
};

/**
 * "Nadal defended his title", "Liverpool conceded two late goals", "The storm claimed 12 lives": the object, past a
 * few modifiers, is something won or lost in a contest, not something said; it must end its phrase ("claimed the
 * title race was over" says something).
 */
function contestObject(words: Word[], from: number, lemma: string): boolean {
  const objects = CONTEST_OBJECTS.get(lemma);
  if (!objects) return false;
  for (let k = from; k < Math.min(words.length, from + 1 + MAX_CONTEST_MODIFIERS); k++) {
    const w = words[k]!;
    if (w.quoted || !/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*$/u.test(w.text) || CONTENT_COMPLEMENTS.has(w.lower) || AUXILIARIES.has(w.lower)) return false;
    const next = words[k + 1];
    if (objects.has(w.lower) && (!next || !/^\p{Ll}/u.test(next.text) || PHRASE_ENDS.has(next.lower))) return true;
  }
  return false;
}

/** Words after a noun that end its phrase: prepositions and conjunctions ("claimed the title on Sunday", "conceded two goals and …"). */
const PHRASE_ENDS = new Set(['in', 'on', 'at', 'with', 'for', 'from', 'by', 'after', 'before', 'during', 'since', 'against', 'across', 'over', 'under', 'to', 'of', 'and', 'but', 'or', 'as', 'when', 'while', 'this', 'last', 'again']);

/** Words between a verb and its contest object: "claimed their sixth straight title". */
const MAX_CONTEST_MODIFIERS = 3;

/** "a Pakistani man accused of belonging to a gang", "diplomats accused of spying": a judging verb's participle with its charge and no object. */
function isJudgedParticiple(words: Word[], i: number, lemma: string): boolean {
  const w = words[i]!.lower;
  return w.endsWith('ed') && JUDGING_CHARGES.get(lemma)?.has(words[i + 1]?.lower ?? '') === true;
}

/** A verb of saying, finding, belief or commitment, or one that names its object ("called", "attacked"). */
function formOf(word: string): { lemma: string; kind: FormClass } | undefined {
  return REPORTING_FORMS.get(word) ?? NAMING_FORMS.get(word);
}

/**
 * "Uber might have suggested that …", "He could've argued …", "She should not have said …": a counterfactual modal
 * perfect tells what was not said. "would later say", "has said", "may have said" stay reports.
 */
function isCounterfactual(words: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && isAdverb(words[k]!.lower)) k--;
  const have = words[k]?.lower ?? '';
  if (have.endsWith("'ve") && COUNTERFACTUAL_MODALS.has(have.slice(0, -3))) return true;
  if (!PERFECT_HAVE.has(have)) return false;
  k--;
  while (k >= 0 && (isAdverb(words[k]!.lower) || words[k]!.lower === 'to')) k--;
  return COUNTERFACTUAL_MODALS.has(words[k]?.lower ?? '');
}

/** "not", "n't", "never" and -ly adverbs inside a verb group: "could not have", "might well have". */
/**
 * "Asked what he thought of the plan, Walter said …", "When asked whether she believed it, Smith told …": the
 * opening participle holds the question put to the speaker, whose answer the main clause reports; a verb in the
 * question is not a report of its own.
 */
function inAskedOpening(words: Word[], i: number): boolean {
  const first = words.findIndex((w) => /\p{L}/u.test(w.text));
  if (first === -1) return false;
  const asked = words[first]!.lower === 'asked' ? first : ASKED_LEADS.has(words[first]!.lower) && words[first + 1]?.lower === 'asked' ? first + 1 : -1;
  if (asked === -1 || i <= asked) return false;
  for (let k = asked + 1; k < i; k++) if (words[k]!.text === ',' || words[k]!.quoted) return false;
  return words.slice(i + 1).some((w) => w.text === ',');
}

const ASKED_LEADS = new Set(['when', 'if', 'once', 'after']);

function isAdverb(word: string): boolean {
  return VERB_GROUP_ADVERBS.has(word) || LY_ADVERB.test(word);
}

/** An adverb in -ly: "publicly", "strenuously". */
const LY_ADVERB = /^\p{Ll}{3,}ly$/u;

/** "whenever the data suggests …", "if they find that …": the subject opens a condition, so its report credits nothing. */
function isConditional(words: Word[], source: SourceRef): boolean {
  const first = words.findIndex((w) => w.start === source.start);
  return first > 0 && CONDITIONAL_SUBORDINATORS.has(words[first - 1]!.lower);
}

/**
 * "Trump responded by saying that …", "tech companies often deflect accusations by arguing that …": a verb of saying
 * after "by" tells how the subject of the main clause acted, so that subject said it. The start of the main verb's
 * group, when one is seen before "by" in the same clause: an auxiliary, a past form, or a present form after a name,
 * a pronoun or "the" + noun ("The minister deflects …").
 */
function mainVerbBeforeBy(words: Word[], i: number): number | undefined {
  let by = i - 1;
  if (LY_ADVERB.test(words[by]?.lower ?? '')) by--; // "by publicly saying"
  if (words[by]?.lower !== 'by' || !words[i]!.lower.endsWith('ing')) return undefined;
  let start = by;
  while (start > 0 && !words[start - 1]!.quoted && !CLAUSE_MARKS.has(words[start - 1]!.text)) start--;
  // A verb opening the clause has its subject before a comma: "Trump, the former president, responded by …".
  const from = start > 0 && words[start - 1]!.text === ',' ? start : start + 1;
  for (let k = from; k < by; k++) if (looksFinite(words, k)) return verbGroupStart(words, k);
  return undefined;
}

const CLAUSE_MARKS = new Set([',', ';', ':', '“', '”', '"', '—', '–', '(', ')']);

/** A word that reads as the clause's own verb, not a word of its subject: "responded", "has", "hit", "deflects". */
function looksFinite(words: Word[], k: number): boolean {
  const w = words[k]!;
  if (!/^\p{Ll}+$/u.test(w.text)) return false;
  const previous = words[k - 1];
  if (previous && (DETERMINERS.has(previous.lower) || INDEFINITES.has(previous.lower) || previous.lower === "'s")) return false;
  if (AUXILIARIES.has(w.lower)) return !ADVERB_AUXILIARIES.has(w.lower) || /^\p{Ll}+$/u.test(words[k + 1]?.text ?? '');
  if (IRREGULAR_PAST.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ed'))) return true;
  // "The minister deflects", "Apple counters", "she responds": a present form after a name, pronoun or "the" + noun.
  if (!/[^su]s$/u.test(w.lower) || !previous) return false;
  return /^\p{Lu}/u.test(previous.text) || SUBJECT_PRONOUNS.has(previous.lower) || previous.lower === 'it' || (!previous.lower.endsWith('s') && words[k - 2]?.lower === 'the');
}

/** How many words the one addressed may take: "by warning the company's investors that …". */
const MAX_ADDRESSEE_WORDS = 4;

/**
 * A reported clause ("that", "whether", a colon) right after the verb, past only quoted words, dashes, "out" and
 * adverbs ("by arguing “consent” — that they …", "by pointing out that …"), or the one addressed: not a relative
 * clause after an object ("by writing software that clients need").
 */
function clauseFollows(words: Word[], i: number, lemma: string): boolean {
  let k = i + 1;
  for (;;) {
    const w = words[k];
    if (w && (w.quoted || /^[—–,-]$/u.test(w.text) || w.lower === 'out' || LY_ADVERB.test(w.lower))) k++;
    else if (w && /^[“"]$/u.test(w.text) && afterScareQuote(words, k) !== undefined) k = afterScareQuote(words, k)!; // "arguing “consent” — that"
    else break;
  }
  if (ADDRESSING_LEMMAS.has(lemma)) {
    const from = k;
    while (k < words.length && k - from < MAX_ADDRESSEE_WORDS && /^[\p{L}'’]+$/u.test(words[k]!.text) && !CONTENT_COMPLEMENTS.has(words[k]!.lower)) k++;
  }
  const w = words[k];
  return !!w && (w.text === ':' || (CONTENT_COMPLEMENTS.has(w.lower) && w.lower !== 'which' && w.lower !== 'who'));
}

/** A short scare quote opens at `open`: the index after its closing mark, if it closes soon. */
function afterScareQuote(words: Word[], open: number): number | undefined {
  for (let k = open + 1; k < Math.min(words.length, open + 2 + MAX_SCARE_QUOTE_WORDS); k++) if (/^[”"]$/u.test(words[k]!.text)) return k + 1;
  return undefined;
}

const MAX_SCARE_QUOTE_WORDS = 3;

/**
 * "issued a plea", "expressed deep concern", "made the remarks": a light verb whose object, a few words on, is a
 * noun of speech reports as a verb of saying does. The index of that noun, if any.
 */
function speechNounAfter(words: Word[], i: number): number | undefined {
  const lemma = LIGHT_SPEECH_FORMS.get(words[i]!.lower);
  if (!lemma || words[i]!.quoted) return undefined;
  if (lemma === 'make') {
    const plain = madePlain(words, i);
    if (plain !== undefined) return plain;
  }
  if (lemma === 'put') return putIt(words, i);
  for (let k = i + 1; k < Math.min(words.length, i + 1 + SPEECH_NOUN_REACH); k++) {
    const w = words[k]!;
    if (w.quoted || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) return undefined;
    // Only a determiner or a modifier comes between: "given the goals they claim" is no "gave a claim".
    if (!SPEECH_NOUNS.has(w.lower) && !isNounModifier(w.lower)) return undefined;
    // "raised hopes of a deal", "gave support to the rebels", "made a point of": the noun is not what was said.
    if (SPEECH_NOUNS.has(w.lower)) return NOT_SPOKEN_OBJECTS.get(lemma)?.has(w.lower) || (w.lower === 'point' && words[k + 1]?.lower === 'of') ? undefined : k;
  }
  return undefined;
}

/**
 * "Kasich made clear that he would stay", "She made it plain to reporters that …": "make" with "clear", "plain" or
 * "known" and a reported clause states it. The index of "clear", which ends the cue.
 */
function madePlain(words: Word[], i: number): number | undefined {
  const k = words[i + 1]?.lower === 'it' ? i + 2 : i + 1;
  if (!MADE_PLAIN.has(words[k]?.lower ?? '') || words[k]!.quoted) return undefined;
  // "made it clear to reporters that": the one told, a few words after "to", may come before the clause.
  let next = k + 1;
  if (words[next]?.lower === 'to') while (next < Math.min(words.length, k + 2 + MAX_ADDRESSEE_WORDS) && !CONTENT_COMPLEMENTS.has(words[next]!.lower) && !CLAUSE_MARKS.has(words[next]!.text)) next++;
  const w = words[next];
  // "made it clear it will appeal": an adjective takes no object, so a subject pronoun after it opens a clause.
  return w && (w.text === ':' || SUBJECT_PRONOUNS.has(w.lower) || w.lower === 'it' || (CONTENT_COMPLEMENTS.has(w.lower) && w.lower !== 'which' && w.lower !== 'who')) ? k : undefined;
}

/**
 * "As one senator put it, …", "Pelosi put it this way: …", "He put it bluntly.": "put it" with a manner or closing
 * its clause reports speech (not "put it on the table"). The index of "it", which ends the cue.
 */
function putIt(words: Word[], i: number): number | undefined {
  if (words[i + 1]?.lower !== 'it' || words[i + 1]!.quoted) return undefined;
  const next = words[i + 2];
  return !next || /^[,:.;—–]$/u.test(next.text) || PUT_IT_MANNERS.has(next.lower) ? i + 1 : undefined;
}

/** A determiner, possessive or adjective-like word before a noun: "a", "their", "deep", "convincing", "renewed". */
function isNounModifier(word: string): boolean {
  return DETERMINERS.has(word) || INDEFINITES.has(word) || SHORT_ADJECTIVES.has(word) || /(?:ly|al|ous|ful|ive|ic|ed|ing|ent|ant|ble|ary|est|er)$/u.test(word);
}



/** How far the noun of speech may stand after its light verb: "expressed their deep concern". */
const SPEECH_NOUN_REACH = 4;

/**
 * A word written with a capital inside its sentence, past a comma or a word other than a determiner (not a quotation
 * mark, colon or bracket that may open a clause, nor "the New …").
 */
function surnameAt(words: Word[], k: number): boolean {
  const before = words[k - 1];
  if (!before || words[k]!.quoted || !/^\p{Lu}\p{Ll}+$/u.test(words[k]!.text)) return false;
  if (DETERMINERS.has(before.lower) || INDEFINITES.has(before.lower) || before.lower === "'s") return false;
  return before.text === ',' || /^[\p{L}\p{N}]/u.test(before.text);
}

/**
 * "the report", "a statement", "United States", "a Palestinian state": a noun or
 * a name, not a verb. Forms that are often nouns count as verbs only before
 * what a reporting verb takes: "that", a colon or comma, a quote, an object.
 */
function isNounUse(words: Word[], i: number): boolean {
  const w = words[i]!;
  if (i > 0 && /^\p{Lu}/u.test(w.text)) return true;
  const previous = words[i - 1];
  // "People close to her said", "those who know her told": after "her" a past form is a verb, "her" its object.
  if (previous?.lower === 'her' && isPastForm(w.lower)) return false;
  // "Another said", "One, who …, told", "Some claimed that": an indefinite standing for members of a group is the subject.
  // Not "No one knows what …", "the one said to …": the pronoun stands alone, and the verb is one of saying.
  if (GROUP_MEMBER_PRONOUNS.has(previous?.lower ?? '') && !quantifies(words[i - 2]) && REPORTING_FORMS.get(w.lower)?.kind === 'speech' && (isPastForm(w.lower) || CONTENT_COMPLEMENTS.has(words[i + 1]?.lower ?? ''))) return false;
  // "Some believe the deal is off", "Many say the war is lost": opening its clause, such a pronoun is the subject of any
  // verb of saying or belief ("have some say" needs a verb before it); not the impersonal "one" ("One might think"),
  // nor a form that is also a noun ("Some state legislators", "Many reports").
  if (GROUP_MEMBER_PRONOUNS.has(previous?.lower ?? '') && !IMPERSONAL_PRONOUNS.has(previous!.lower) && opensClause(words, i - 1) && isSayingOrBelief(w.lower) && !NOUN_LIKE_FORMS.has(w.lower)) return false;
  // "the first report" is a noun, "Reuters first reported" a verb: an adverb marks a noun only before a noun-like form.
  const marksNoun = (marker: string) => NOUN_MARKERS.has(marker) && !(ADVERB_AUXILIARIES.has(marker) && !NOUN_LIKE_FORMS.has(w.lower));
  // "At the time, Best said", "Little told reporters": a marker or degree word capitalised inside the sentence is a surname.
  if (previous && (NOUN_MARKERS.has(previous.lower) || DEGREE_BEFORE_PARTICIPLE.has(previous.lower)) && surnameAt(words, i - 1)) return false;
  if (previous && (DETERMINERS.has(previous.lower) || INDEFINITES.has(previous.lower) || marksNoun(previous.lower) || previous.lower === "'s")) return true;
  // "the 2014 protests", "the most well known effects": a number or degree word makes it a noun or adjective.
  if (previous && (/^\p{N}/u.test(previous.text) || NUMBER_WORDS.has(previous.lower) || DEGREE_BEFORE_PARTICIPLE.has(previous.lower))) return true;
  if (!NOUN_LIKE_FORMS.has(w.lower)) return false;
  const next = words[i + 1];
  if (trailingReport(words, i)) return false;
  if (!next) return true;
  return !(CONTENT_COMPLEMENTS.has(next.lower) || OBJECT_STARTS.has(next.lower) || next.quoted || /^[,:“"]$/u.test(next.text) || /^\p{Lu}/u.test(next.text));
}

/**
 * "Powerful protests for racial justice are leading …": after an opening adjective the -s form is its plural noun,
 * unless what a reporting verb takes follows it ("Tribunal says the ban is lawful": "that", an object, a quote, a name).
 */
function isAdjectivesPlural(sentence: SentenceView, i: number): boolean {
  const words = sentence.words;
  const w = words[i]!;
  const next = words[i + 1];
  if (next && (CONTENT_COMPLEMENTS.has(next.lower) || OBJECT_STARTS.has(next.lower) || next.quoted || /^[:“"]$/u.test(next.text) || /^\p{Lu}/u.test(next.text))) return false;
  return i > 0 && /^\p{Ll}+s$/u.test(w.text) && !w.lower.endsWith('ss') && opensWithAdjective(sentence, i - 1);
}

/** The word at `k` opens its sentence or a clause after a comma, semicolon or coordinator. */
function opensClause(words: Word[], k: number): boolean {
  const before = words[k - 1];
  return !before || before.text === ',' || before.text === ';' || COORDINATORS.has(before.lower) || (k === 1 && !/\p{L}/u.test(before.text));
}

function isSayingOrBelief(word: string): boolean {
  const kind = REPORTING_FORMS.get(word)?.kind;
  return kind === 'speech' || kind === 'cognition';
}

/** A determiner or quantifier before an indefinite pronoun: "no one", "the one", "every one". */
function quantifies(word: Word | undefined): boolean {
  return word !== undefined && (DETERMINERS.has(word.lower) || INDEFINITES.has(word.lower) || SOMEONE_PRONOUNS.has(word.lower) || word.lower === 'every' || word.lower === 'each');
}

/** An irregular past of a verb of saying, never a noun or an adjective: "said", "told", "wrote" (not "her stated goal", "her written statement"). */
function isPastForm(word: string): boolean {
  const form = formOf(word);
  return form?.kind === 'speech' && word !== form.lemma && !NOUN_LIKE_FORMS.has(word) && !/(?:s|ing|ed|en)$/u.test(word);
}

/** "asked to say", "declined to comment": the verb is not the sentence's report. */
function isInfinitive(words: Word[], i: number): boolean {
  // "went on to say that …" reports as "said" does.
  return words[i - 1]?.lower === 'to' && !goesOnTo(words, i);
}

function goesOnTo(words: Word[], i: number): boolean {
  return words[i - 1]?.lower === 'to' && words[i - 2]?.lower === 'on' && GO_ON.has(words[i - 3]?.lower ?? '');
}

const GO_ON = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** The words that can open a frame, as a verb of saying or naming, a light verb before a noun of speech, or "go on": one look-up skips the rest. */
const FRAME_WORDS: ReadonlySet<string> = new Set([...REPORTING_FORMS.keys(), ...NAMING_FORMS.keys(), ...LIGHT_SPEECH_FORMS.keys(), ...GO_ON]);

/** "went on" closing a quotation's sentence says the speaker continued. */
const GOING_ON = { lemma: 'continue', kind: 'speech' as const };

/**
 * "“I am shocked,” she went on.": "go on" closing the sentence, a quotation's closing mark a few words before it,
 * continues speaking ("The war went on." does not).
 */
function goesOnAfterQuote(words: Word[], i: number): boolean {
  if (!GO_ON.has(words[i]!.lower) || words[i + 1]?.lower !== 'on') return false;
  const after = words[i + 2];
  if (after && !FINAL_STOPS.has(after.text)) return false;
  for (let k = i - 1; k >= Math.max(0, i - MAX_TRAILING_SUBJECT_WORDS - 2); k--) if (words[k]!.quoted || CLOSING_MARKS.has(words[k]!.text)) return true;
  return false;
}

/** "a format known as", "the technique called “mental chronometry”": a participle after a common noun names, not reports. */
function isReducedRelative(words: Word[], i: number): boolean {
  const previous = words[i - 1];
  if (!previous || !/^\p{Ll}/u.test(previous.text) || SUBJECT_PRONOUNS.has(previous.lower) || BE_FORMS.has(previous.lower)) return false;
  const next = words[i + 1];
  return next?.lower === 'as' || (words[i]!.lower === 'called' && !!next && (/^\p{Lu}/u.test(next.text) || /^[“"‘']$/u.test(next.text)));
}

/** "was told", "were twice denied": a form of "be" before the participle, past auxiliaries and one adverb. */
function isPassive(words: Word[], i: number): boolean {
  const start = verbGroupStart(words, i);
  // "Republicans are grumbling that …", "we're saying": "be" right before an -ing form is the progressive, active.
  if (beInGroup(words, start, i)) return !words[i]!.lower.endsWith('ing');

  // "were twice denied"; but after "'s" a lower-case word is the possessed noun: "The report's authors say".
  const beforeAdverb = words[start - 2];
  if (!beforeAdverb || !BE_FORMS.has(beforeAdverb.lower) || !/^\p{Ll}+$/u.test(words[start - 1]!.text)) return false;
  return beforeAdverb.lower !== "'s" || words[start - 1]!.lower.endsWith('ly');
}

/** "are feeling", "we're thinking": an -ing form after "be" in its verb group. */
function isProgressive(words: Word[], i: number): boolean {
  return words[i]!.lower.endsWith('ing') && beInGroup(words, verbGroupStart(words, i), i);
}

/** A form of "be" in the verb group before word `i`, or fused to the word before it: "was told", "we're told", "it's said". */
function beInGroup(words: Word[], start: number, i: number): boolean {
  for (let j = start; j < i; j++) if (BE_FORMS.has(words[j]!.lower)) return true;
  return /'(?:re|s|m)$/u.test(words[start - 1]?.lower ?? '');
}

/** "was quoted as saying": the frame starts at "quoted". */
function quotedAsSaying(words: Word[], i: number): number | undefined {
  if (words[i - 1]?.lower !== 'as') return undefined;
  const participle = words[i - 2]?.lower;
  return participle === 'quoted' || participle === 'cited' ? i - 2 : undefined;
}

/**
 * "Interfax quoted Yastrezhembsky as saying …", "the newspaper quoted a police commander as saying …", "State media
 * quoted China's top negotiator with Taipei, Tang Shubei, as telling …": the one quoted, between "quoted" (or
 * "cited") and "as", said it; the outlet only passes it on. A name set off after the description is the speaker.
 */
function quotedSpeakerBefore(words: Word[], i: number): { verb: number; speaker: WordRange } | undefined {
  if (words[i - 1]?.lower !== 'as' || !words[i]!.lower.endsWith('ing')) return undefined;
  for (let k = i - 3; k >= Math.max(0, i - 2 - MAX_QUOTED_SPEAKER_WORDS); k--) {
    const w = words[k]!;
    if (w.quoted || CLAUSE_MARKS.has(w.text) && w.text !== ',') return undefined;
    if (w.lower !== 'quoted' && w.lower !== 'cited') continue;
    if (BE_FORMS.has(words[k - 1]?.lower ?? '')) return undefined; // "was quoted by the paper as saying": the passive's own reading
    let to = i - 1;
    if (words[to - 1]?.text === ',') to--;
    const comma = words.findIndex((x, n) => n > k + 1 && n < to && x.text === ',');
    const named = comma === -1 ? undefined : { from: comma + 1, to };
    return { verb: k, speaker: named && isPureName(words, named) ? named : { from: k + 1, to: comma === -1 ? to : comma } };
  }
  return undefined;
}

/** How many words the one quoted may take: "China's top negotiator with Taipei, Tang Shubei,". */
const MAX_QUOTED_SPEAKER_WORDS = 14;

/** "…,” said Martin Indyk", "…, say the researchers": the verb comes first, its subject after. */
function invertedSource(article: ArticleView, sentence: SentenceView, groupStart: number, verb: number): SourceRef | undefined {
  const words = sentence.words;
  const before = words[groupStart - 1];
  if (before && !before.quoted && !INVERTED_EDGES.has(before.text)) return undefined;
  // "Observe another strange alliance.": a bare verb opening the sentence is an imperative, not "Said the minister".
  if (!before && formOf(words[verb]!.lower)?.lemma === words[verb]!.lower) return undefined;
  // Right after a quotation any speech verb inverts ("…,” instructed Milton Velez); after the author's
  // own comma only "said", "added" and their like do: ", criticised the bill" is a verb with its object.
  const afterQuote = before && (before.quoted || /^[”"’]$/u.test(before.text) || (before.text === ',' && (words[groupStart - 2]?.quoted || /^[”"’]$/u.test(words[groupStart - 2]?.text ?? ''))));
  if (!afterQuote && !INVERTING_LEMMAS.has(REPORTING_FORMS.get(words[verb]!.lower)?.lemma ?? '')) return undefined;
  if (participleAsideBefore(words, groupStart) !== undefined) return undefined;
  const phrase = phraseAfter(words, verb + 1);
  if (!phrase || phrase.to - phrase.from > MAX_INVERTED_SUBJECT_WORDS) return undefined;
  const first = words[phrase.from]!;
  // "…, say economists, …" names a group; other lower-case words after the verb start its object.
  const group = VAGUE_HEADS.has(words[phrase.to - 1]!.lower) || INDEFINITES.has(first.lower) || SOMEONE_PRONOUNS.has(first.lower);
  if (CONTENT_COMPLEMENTS.has(first.lower) || (first.lower !== 'the' && /^\p{Ll}/u.test(first.text) && !DETERMINERS.has(first.lower) && !group && !titledPerson(sentence, phrase))) return undefined;
  const end = words[phrase.to];
  // "…, said a man who was at the meeting": a relative clause about a person may close the speaker's phrase, and
  // one about the object of a preposition in it ("said Bolden to the crowd which contained …", "said the organisers
  // of a conference that opened on Friday").
  if (end && end.text !== ',' && end.text !== '.' && !end.quoted && !PERSON_RELATIVES.has(end.lower) && !(OBJECT_RELATIVES.has(end.lower) && hasPrepositionalObject(words, phrase))) return undefined;
  // "…, said her intention was to help": a clause with its own verb is what was said, not who said it.
  for (let k = phrase.from; k < phrase.to; k++) if (AUXILIARIES.has(words[k]!.lower) && !ADVERB_AUXILIARIES.has(words[k]!.lower)) return undefined;
  return describeSource(article, sentence, phrase);
}

/**
 * "Le Matin newspaper, quoting witnesses, said …", "Peres, calling Lahd “a great patriot”, said …": the comma before
 * the verb group at `groupStart` closes an aside opened by a participle after an earlier comma, so the subject is
 * before the aside and the verb is not inverted. The index of that earlier comma.
 */
function participleAsideBefore(words: Word[], groupStart: number): number | undefined {
  const comma = groupStart - 1;
  if (words[comma]?.text !== ',') return undefined;
  for (let k = comma - 1; k > 0 && comma - k <= MAX_ASIDE_WORDS; k--) {
    if (words[k]!.text !== ',' || words[k]!.quoted) continue;
    const opener = words[k + 1]!;
    return !opener.quoted && /^\p{Ll}+ing$/u.test(opener.text) && k + 1 < comma - 1 && isBareSubject(words, k) ? k : undefined;
  }
  return undefined;
}

/** The words before `end` are one noun phrase opening the sentence: no comma, quotation, condition or verb of their own. */
function isBareSubject(words: Word[], end: number): boolean {
  for (let k = 0; k < end; k++) {
    const w = words[k]!;
    // "But Le Matin newspaper, quoting …": a conjunction may open the sentence.
    const opener = CLAUSE_OPENERS.has(w.lower) && !(k === 0 && COORDINATORS.has(w.lower));
    if (w.quoted || CLAUSE_MARKS.has(w.text) || CONDITIONAL_SUBORDINATORS.has(w.lower) || opener || looksFinite(words, k)) return false;
  }
  return end > 0;
}

/** How long a participle's aside may be: ", calling Lahd “a great Lebanese patriot”,". */
const MAX_ASIDE_WORDS = 12;

/**
 * "…,” said chief inspector Jennifer Mattinson from the West Mercia police", "said senior adviser Kim Lee": a few
 * lower-case title words (an acronym among them), then a person the recogniser names, is who spoke.
 */
function titledPerson(sentence: SentenceView, phrase: WordRange): boolean {
  const words = sentence.words;
  let k = phrase.from;
  // "said state GOP chairman Steve Pearce", "former FBI director James Comey": an acronym may sit inside the title.
  const titleWord = (w: Word) => (/^\p{Ll}+$/u.test(w.text) && !NOT_TITLE_WORDS.has(w.lower)) || (k > phrase.from && /^\p{Lu}{2,}$/u.test(w.text));
  while (k < phrase.to && k - phrase.from < MAX_TITLE_WORDS && titleWord(words[k]!)) k++;
  const name = words[k];
  return k > phrase.from && k < phrase.to && name !== undefined && sentence.mentions.some((m) => m.type === 'PER' && m.start === name.start);
}

const PERSON_RELATIVES = new Set(['who', 'whose']);

/** A preposition after the phrase's first two words, with an object after it: "Bolden to the crowd", "the organisers of a conference". */
function hasPrepositionalObject(words: Word[], phrase: WordRange): boolean {
  for (let k = phrase.from + 1; k < phrase.to - 1; k++) if (SPEAKER_PREPOSITIONS.has(words[k]!.lower)) return true;
  return false;
}

/** Lower-case title words before a name: "chief inspector", "senior policy adviser". */
const MAX_TITLE_WORDS = 4;

function subjectSource(article: ArticleView, sentence: SentenceView, groupStart: number): SourceRef | undefined {
  const words = sentence.words;
  // "the fixes that I recommended": a pronoun right before the verb is its subject.
  const pronoun = words[groupStart - 1];
  // "a treaty, which it said would contribute …": "it" after a relative pronoun is the subject of the verb.
  const relativeIt = pronoun?.lower === 'it' && RELATIVES.has(words[groupStart - 2]?.lower ?? '');
  const aside = participleAsideBefore(words, groupStart);
  const found = pronoun && (SUBJECT_PRONOUNS.has(pronoun.lower) || relativeIt) ? { from: groupStart - 1, to: groupStart } : (sharedSubject(words, groupStart) ?? subjectBefore(words, aside ?? groupStart));
  if (!found) return undefined;
  const participle = words[groupStart]!.lower.endsWith('ing');
  // "…, with some analysts saying …": the preposition of an absolute construction leads the participle's own subject
  // (not a commitment: "with companies promising to restock …" tells what they will do).
  const absolute = participle && REPORTING_FORMS.get(words[groupStart]!.lower)?.kind !== 'commitment' && ABSOLUTE_LEADS.has(words[found.from]!.lower) && found.to - found.from > 1 ? { from: found.from + 1, to: found.to } : undefined;
  const subject = absolute ?? (participle && words[groupStart - 1]?.text === ',' ? beforeMainVerb(words, found) : found);
  // "anyone who votes against the deal and thinks …": the verb belongs to a relative clause.
  const coordinated = words[groupStart - 1]?.lower === 'and' || words[groupStart - 1]?.lower === 'or';
  if (coordinated && words.slice(subject.from, subject.to - 1).some((w) => w.lower === 'who')) return undefined;
  const source = describeSource(article, sentence, throughRelative(words, subject));
  // "who said" is a relative clause left unresolved; "WHO said" is the World Health Organization.
  return source && !(RELATIVES.has(source.text.toLowerCase()) && source.text !== source.text.toUpperCase()) ? source : undefined;
}

/**
 * "The governor vetoed the bill on Friday, arguing that …": a participle after a comma has the main clause's subject,
 * which ends where that clause's verb group starts (not "The governor vetoed the bill").
 */
function beforeMainVerb(words: Word[], clause: WordRange): WordRange {
  for (let k = clause.from + 1; k < clause.to; k++) {
    if (!looksFinite(words, k)) continue;
    const start = verbGroupStart(words, k);
    return start > clause.from ? { from: clause.from, to: start } : clause;
  }
  return clause;
}

/**
 * "Mexico will pay for the wall, a claim Trump has repeated …", "an allegation which the ministry rejected": a noun of
 * saying is the verb's object, put before its subject, so the subject (between the noun and the verb, with no verb of
 * its own) reported what the noun stands for.
 */
function claimObjectSubject(words: Word[], groupStart: number, verb: number): WordRange | undefined {
  // The verb's object is the noun before, so none follows it ("gave them hope they could find the net" has one).
  const next = words[verb + 1];
  const gap = !next || !/^[\p{L}\p{N}]/u.test(next.text) || PHRASE_ENDS.has(next.lower) || LY_ADVERB.test(next.lower) || words.slice(verb + 1, verb + 4).some((w) => w.lower === 'times');
  if (!gap) return undefined;
  for (let k = groupStart - 1; k > 0 && groupStart - k <= MAX_CLAIM_SUBJECT_WORDS + 1; k--) {
    const w = words[k]!;
    if (w.quoted || CLAUSE_MARKS.has(w.text)) return undefined;
    if (!CLAIM_NOUNS.has(w.lower) && !SPEECH_NOUNS.has(w.lower)) continue;
    const before = words[k - 1]!.lower;
    if (!(DETERMINERS.has(before) || INDEFINITES.has(before) || isNounModifier(before))) return undefined;
    const from = words[k + 1]?.lower === 'which' ? k + 2 : k + 1;
    // "the point when they felt": a relative of time or place, not the verb's object; "the threat and vowed": no subject.
    if (from >= groupStart || CONTENT_COMPLEMENTS.has(words[from]!.lower) || CLAUSE_OPENERS.has(words[from]!.lower)) return undefined;
    for (let n = from; n < groupStart; n++) if (looksFinite(words, n) || RELATIVES.has(words[n]!.lower)) return undefined;
    return { from, to: groupStart };
  }
  return undefined;
}

/** How long the subject between the noun of saying and its verb may be: "a claim the former secretary of state has …". */
const MAX_CLAIM_SUBJECT_WORDS = 6;

/**
 * "Mihailović remains defiant, and says that …", "Sakai officials agreed with the assessment, but said …": a verb
 * right after "and" or "but" shares the subject of the sentence's first verb, when nothing but its own clause is
 * between (no quotation, relative or second subject).
 */
function sharedSubject(words: Word[], groupStart: number): WordRange | undefined {
  // "killing the trees – and threatening the giant": an -ing form after "and" joins another participle, not the main verb.
  if (!COORDINATORS.has(words[groupStart - 1]?.lower ?? '') || words[groupStart]!.lower.endsWith('ing')) return undefined;
  for (let k = 1; k < groupStart - 1; k++) {
    const w = words[k]!;
    if (w.quoted || RELATIVES.has(w.lower) || CLAUSE_MARKS.has(w.text) || COORDINATORS.has(w.lower)) return undefined;
    if (looksFinite(words, k)) {
      // "uses now being made, and proposed to be made": a participle, not a finite verb, is no clause to share.
      if (w.lower.endsWith('ing')) return undefined;
      // The first clause ends where the comma or conjunction before our verb is: it has no second verb or subject.
      // "were encouraged to submit designs and suggest what …": a bare form after an infinitive is another infinitive.
      const bare = formOf(words[groupStart]!.lower)?.lemma === words[groupStart]!.lower;
      if (bare && words.slice(k + 1, groupStart - 1).some((x) => x.lower === 'to')) return undefined;
      for (let n = k + 1; n < groupStart - 1; n++) {
        if (CONTENT_COMPLEMENTS.has(words[n]!.lower) && tenseJoin(words, k, n, groupStart)) break;
        if (words[n]!.quoted || RELATIVES.has(words[n]!.lower) || CONTENT_COMPLEMENTS.has(words[n]!.lower) || (CLAUSE_MARKS.has(words[n]!.text) && n < groupStart - 2)) return undefined;
      }
      return subjectBefore(words, verbGroupStart(words, k));
    }
  }
  return undefined;
}

const COORDINATORS = new Set(['and', 'but']);

/**
 * "The article did not spell out how the sea lions manage to tag the whales but said …", "Green accepts that
 * universities face very real risks, but says …": a reported clause (from `complement`) lies between the first verb
 * and the coordinated one; the coordinated verb joins the first when both are past, or both present in -s, and no verb
 * of the reported clause has that tense (a past form anywhere, a present one where it reads as a verb), nor is anything
 * in it quoted.
 */
function tenseJoin(words: Word[], first: number, complement: number, coordinated: number): boolean {
  const tense = tenseOf(words[first]!.lower);
  if (!tense || tenseOf(words[coordinated]!.lower) !== tense) return false;
  for (let n = complement + 1; n < coordinated - 1; n++) {
    if (words[n]!.quoted) return false;
    if (tense === 'past' ? isPast(words[n]!.lower) : looksFinite(words, n) && tenseOf(words[n]!.lower) === 'present') return false;
  }
  return true;
}

function tenseOf(word: string): 'past' | 'present' | undefined {
  if (isPast(word)) return 'past';
  return /[^su]s$/u.test(word) ? 'present' : undefined;
}

/** A past form: an auxiliary, an irregular past, "-ed", or the past of a verb of saying ("said", "told"). */
function isPast(word: string): boolean {
  if (PAST_AUXILIARIES.has(word) || IRREGULAR_PAST.has(word) || /^\p{Ll}{3,}ed$/u.test(word)) return true;
  const form = formOf(word);
  return form !== undefined && form.lemma !== word && !/(?:ing|s)$/u.test(word);
}

/** "an article by New York magazine that claimed" → the phrase the relative pronoun stands for. */
function throughRelative(words: Word[], subject: WordRange): WordRange {
  const last = words[subject.to - 1]!;
  if (subject.to - subject.from > 1 && RELATIVES.has(last.lower)) {
    // "Senator James Lankford, an Oklahoma Republican who warned": the appositive stands for the name before it.
    if (words[subject.from - 1]?.text === ',') {
      let from = subject.from - 1;
      while (from > 0 && subject.from - 1 - from < MAX_APPOSED_NAME_WORDS && words[from - 1]!.text !== ',' && !words[from - 1]!.quoted) from--;
      const name = { from, to: subject.from - 1 };
      const complete = from === 0 || words[from - 1]!.text === ',' || words[from - 1]!.quoted;
      if (complete && name.to > name.from && isPureName(words, name)) return name;
    }
    return { from: subject.from, to: subject.to - 1 };
  }
  if (subject.to - subject.from === 1 && RELATIVES.has(last.lower)) {
    let from = subject.from;
    while (from > 0 && !words[from - 1]!.quoted && words[from - 1]!.text !== ',' && words[from - 1]!.text !== ':') from--;
    if (from < subject.from) return { from, to: subject.from };
  }
  return subject;
}

/** Finding verbs report only with content ("that …", a quote, a colon) or a document as subject; belief verbs take a clause or "as". */
function hasContent(kind: FormClass, words: Word[], i: number, source: SourceRef, lemma: string): boolean {
  if (kind === 'naming' || NAMING_WITHOUT_AS.has(lemma)) {
    if (namesObject(words, i + 1, lemma)) return true;
    if (kind === 'naming') return false;
  }
  if (kind === 'speech' || kind === 'commitment') return true;
  let j = i + 1;
  while (j < words.length && (words[j]!.lower === 'out' || words[j]!.lower === 'up' || /ly$/u.test(words[j]!.lower))) j++;
  const next = words[j];
  if (!next || trailingReport(words, i)) return true;
  if (CONTENT_COMPLEMENTS.has(next.lower) || next.quoted || next.text === ':' || next.text === ',' || next.text === '“' || next.text === '"') return true;
  // "The company noted in a statement that …", "noted in a letter to lawmakers: …": an occasion of speaking between the verb and its content.
  if (next.lower === 'in' && contentAfterOccasion(words, occasionAt(words, j + 1)?.end)) return true;
  // "14 percent of teachers reported being attacked", "reported having trouble paying rent": a clause as a gerund.
  if (next.lower === 'being' || next.lower === 'having') return true;
  // "called the debt and deficit “the transcendent issue of our time”": a quotation after the object.
  if (lemma === 'call' && quotationWithin(words, j, OBJECT_BEFORE_QUOTE)) return true;
  // "has called for spending $1 trillion": a demand, which reports what its subject wants done.
  if (lemma === 'call' && next.lower === 'for' && words[j + 1] !== undefined && !/^[.,;:]$/u.test(words[j + 1]!.text)) return true;
  // "called on the government to resign": an appeal to someone named between "on" and "to".
  if (lemma === 'call' && next.lower === 'on' && appealTo(words, j + 1)) return true;
  // "has asked government officials how …": a reported question after the person asked.
  if (lemma === 'ask' && words.slice(j, j + ASKED_BEFORE_QUESTION).some((w) => !w.quoted && CONTENT_COMPLEMENTS.has(w.lower) && w.lower !== 'that')) return true;
  // "Her lawyer maintains she is innocent", "police found they had been drinking": a clause without "that", opened by a
  // pronoun only a subject takes, after an inflected verb (a bare or noun-like form may be a noun: "the points they made").
  if (kind === 'finding' && SUBJECT_PRONOUNS.has(next.lower) && words[i]!.lower !== lemma && !NOUN_LIKE_FORMS.has(words[i]!.lower)) return true;
  // After a past or present form only: "creating and maintaining production-quality software are treated …" is a
  // gerund's subject, "must make you realize you have …" an infinitive's.
  const inflected = words[i]!.lower === lemma ? PAST_AS_BARE.has(lemma) : !words[i]!.lower.endsWith('ing');
  if (kind === 'finding' && !NO_BARE_CLAUSE.has(lemma) && inflected && bareClause(words, j)) return true;
  if (kind === 'cognition' && CAUSATIVE_BELIEFS.has(lemma) && /^\p{Lu}/u.test(next.text)) return false;
  if (kind === 'cognition' && roundedCount(words, j) && !ABOUT_A_TOPIC.has(lemma)) return true;
  if (kind === 'cognition') return !NOT_A_CLAUSE.has(next.lower) || words.slice(j, j + 10).some((w) => w.lower === 'as');
  const head = source.text.toLowerCase().split(/\s+/).pop() ?? '';
  // "The Independent reported self-medicating ants": a named body reports what it publishes.
  const namedReporter = lemma === 'report' && source.specific && !source.anaphor && /^\p{Lu}/u.test(source.text);
  // "Heald noted the findings show …", "the researchers found levels fell": who notes or finds reports it.
  const stated = !NEEDS_CONTENT.has(lemma) && ((STATING_FINDINGS.has(lemma) && (source.person || source.anaphor === 'person')) || RESEARCH_HEADS.has(head));
  return namedReporter || stated || source.anaphor === 'document' || source.document === true || DOCUMENT_NOUNS.has(head);
}

/** What a reporting verb takes ("that", a quotation, a colon) within a few words after an occasion that ends at `end`. */
function contentAfterOccasion(words: Word[], end: number | undefined): boolean {
  if (end === undefined) return false;
  for (let k = end; k < Math.min(words.length, end + MAX_OCCASION_TAIL); k++) {
    const w = words[k]!;
    if (CONTENT_COMPLEMENTS.has(w.lower) || w.quoted || w.text === ':' || w.text === '“' || w.text === '"') return true;
    if (/^[,.;!?()—–]$/u.test(w.text)) return false;
  }
  return false;
}

/** Words after the occasion before its content: "in a letter to the committee's ranking members that". */
const MAX_OCCASION_TAIL = 6;

/** "about 20%", "about two-thirds of the participants": a rounded count, which opens a noun phrase, not a preposition's object. */
function roundedCount(words: Word[], j: number): boolean {
  const count = words[j + 1];
  if (!APPROXIMATORS.has(words[j]!.lower) || !count) return false;
  return /^[\p{N}$]/u.test(count.text) || NUMBER_WORDS.has(count.lower.split('-')[0]!);
}

/**
 * "The agency also reported Canada's real GDP rose 0.3 percent", "USDA forecast U.S. exports in 1997 would decline":
 * a clause without "that", whose subject is a short noun phrase (no punctuation, quote or relative between) and whose
 * verb is finite: an auxiliary or modal, or a past form before a number ("rose 0.3 percent"). "reported a loss of
 * $33 million", "noted the lack of stocks traded at …" take an object.
 */
function bareClause(words: Word[], from: number): boolean {
  const first = words[from];
  if (!first || first.quoted || !/^[\p{L}\p{N}$]/u.test(first.text) || NOT_CLAUSE_OPENERS.has(first.lower) || BARE_SUBJECT_ENDS.has(first.lower) || FINITE_AUXILIARIES.has(first.lower) || CONTENT_COMPLEMENTS.has(first.lower)) return false;
  for (let k = from + 1; k < Math.min(words.length, from + 1 + MAX_BARE_SUBJECT_WORDS); k++) {
    const w = words[k]!;
    // "found his brother he had …": a subject pronoun opens a clause of its own, the phrase before it an object.
    if (w.quoted || CONTENT_COMPLEMENTS.has(w.lower) || RELATIVES.has(w.lower) || BARE_SUBJECT_ENDS.has(w.lower) || SUBJECT_PRONOUNS.has(w.lower)) return false;
    if (!/^[\p{L}\p{N}$]/u.test(w.text)) {
      if (POSSESSIVE_MARKS.has(w.lower)) continue;
      return false;
    }
    // "found it necessary to …", "found it tranquil but …": "it" is a clause's subject only right before its verb.
    if (first.lower === 'it' || first.lower === 'her') return FINITE_AUXILIARIES.has(w.lower) && k === from + 1 && /^\p{Ll}/u.test(words[k + 1]?.text ?? '');
    const next = words[k + 1];
    if (FINITE_AUXILIARIES.has(w.lower)) return !!next && /^\p{Ll}/u.test(next.text);
    if ((IRREGULAR_PAST.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text)) && next !== undefined && (/^[\p{N}$]/u.test(next.text) || NUMBER_WORDS.has(next.lower))) return true;
  }
  return false;
}

/** How many words the subject of a clause without "that" may take: "U.S. agricultural exports in fiscal year 1997". */
const MAX_BARE_SUBJECT_WORDS = 8;



/**
 * "called the program a success", "labeled him a liar", "attacked the plan as a giveaway to insurers", "rejected the
 * offer as “insulting”": an object (a pronoun, a name or a determined phrase) and then what the subject calls it,
 * after "as" or, for call, label, brand and dub, after "a"/"an". Not "called the police a second time", "attacked
 * the convoy as it passed", "rejected the bill as written".
 */
function namesObject(words: Word[], from: number, lemma: string): boolean {
  const first = words[from];
  if (!first || first.quoted || !(NAMED_OBJECT_OPENERS.has(first.lower) || /^\p{Lu}/u.test(first.text))) return false;
  for (let k = from + 1; k < Math.min(words.length, from + 1 + MAX_NAMED_OBJECT_WORDS); k++) {
    const w = words[k]!;
    if (w.quoted || CLAUSE_MARKS.has(w.text) || FINAL_STOPS.has(w.text) || CONTENT_COMPLEMENTS.has(w.lower) || AUXILIARIES.has(w.lower)) return false;
    if (w.lower === 'as') return describes(words, k + 1);
    if ((w.lower === 'a' || w.lower === 'an') && NAMING_WITHOUT_AS.has(lemma)) return !NOT_PREDICATE_NOUNS.has(words[k + 1]?.lower ?? '');
  }
  return false;
}

/** "on the government to resign": the one appealed to, then "to" and a verb, within a few words. */
function appealTo(words: Word[], from: number): boolean {
  // "called on Monday to check": a date after "on" is when, not whom.
  if (MONTHS.has(words[from]?.lower ?? '') || /^\p{N}/u.test(words[from]?.text ?? '')) return false;
  for (let k = from; k < Math.min(words.length, from + MAX_APPEALED_WORDS + 1); k++) {
    const w = words[k]!;
    if (w.quoted || CLAUSE_MARKS.has(w.text) || FINAL_STOPS.has(w.text)) return false;
    if (w.lower === 'to') return k > from && /^\p{Ll}+$/u.test(words[k + 1]?.text ?? '');
  }
  return false;
}

/** How many words the one appealed to may take: "called on the federal government to …". */
const MAX_APPEALED_WORDS = 6;

/** What follows "as" describes the object: "as a giveaway", "as “insulting”", "as the worst …", "as unconstitutional". */
function describes(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (w.quoted || /^[“"‘]$/u.test(w.text)) return true;
  if (w.lower === 'a' || w.lower === 'an') return !NOT_PREDICATE_NOUNS.has(words[k + 1]?.lower ?? '');
  if (w.lower === 'the') return DESCRIBING_AFTER_THE.test(words[k + 1]?.lower ?? '');
  return /^\p{Ll}[\p{Ll}-]*$/u.test(w.text) && !NOT_AS_PREDICATE.has(w.lower) && !AUXILIARIES.has(w.lower);
}

/** How many words the object of a naming verb may take: "attacked the Republican tax plan as …". */
const MAX_NAMED_OBJECT_WORDS = 8;

/**
 * "…, de Miranda notes.", "…, the researchers found.": a short subject and its verb closing the sentence after
 * a comma report the clause before them (the verb has no object of its own).
 */
function trailingReport(words: Word[], i: number): boolean {
  // "…, the national news agency reported on Friday.": a short time after the verb still closes the sentence.
  let end = i + 1;
  while (end < words.length && end - i <= MAX_TRAILING_TIME_WORDS && isTimeWord(words[end]!)) end++;
  const after = words[end];
  if (after && !(FINAL_STOPS.has(after.text) && (end + 1 === words.length || words.slice(end + 1).every((w) => CLOSING_MARKS.has(w.text))))) return false;
  // The clause reported ends at a comma or a quotation: "…, de Miranda notes.", "“…,” he continued."
  let edge = i - 1;
  while (edge >= 0 && words[edge]!.text !== ',' && !words[edge]!.quoted && !CLOSING_MARKS.has(words[edge]!.text)) edge--;
  if (edge < 1 || i - edge - 1 > MAX_TRAILING_SUBJECT_WORDS) return false;
  const subject = words.slice(edge + 1, i);
  return subject.length > 0 && !CLAUSE_OPENERS.has(subject[0]!.lower) && subject.every((w) => /^[\p{L}’'.-]+$/u.test(w.text) && !AUXILIARIES.has(w.lower));
}

/**
 * "…, the report says.", "…, scientists said on Monday.": a finite report closing the sentence whose subject is all
 * the words between the comma and its verb (not "…, said one person during public comment", where "comment" is a noun).
 */
function closesSentence(words: Word[], i: number, groupStart: number, source: SourceRef): boolean {
  if (words[i]!.lower.endsWith('ing') || !trailingReport(words, i)) return false;
  const after = words[groupStart - 1];
  let edge = groupStart - 1;
  while (edge >= 0 && words[edge]!.text !== ',' && !words[edge]!.quoted && !CLOSING_MARKS.has(words[edge]!.text)) edge--;
  return edge + 1 < groupStart && source.start === words[edge + 1]!.start && source.end === after!.end;
}

/** A word of a short time phrase after a closing verb: "on Friday", "late on Tuesday night", "yesterday", "on Aug. 12". */
function isTimeWord(w: Word): boolean {
  return TRAILING_TIME_WORDS.has(w.lower) || MONTHS.has(w.lower.replace(/\.$/u, '')) || /^\p{N}{1,4}$/u.test(w.text);
}

/** How long that time phrase may be: "late on Tuesday night". */
const MAX_TRAILING_TIME_WORDS = 4;

const FINAL_STOPS = new Set(['.', '!', '?']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", ')']);
/** "…, Kenneth Rogoff, a Harvard economist, notes": the apposition stops the walk back; a bare subject is short. */
const MAX_TRAILING_SUBJECT_WORDS = 5;

/** A name before an apposition is at most this long ("Senator James Lankford"); the walk back stops there. */
const MAX_APPOSED_NAME_WORDS = 8;
/** How many words the person asked may take before the reported question: "asked government officials how". */
const ASKED_BEFORE_QUESTION = 5;
/** How many words an object may take between "called" and the quotation that names it. */
const OBJECT_BEFORE_QUOTE = 8;

function quotationWithin(words: Word[], from: number, span: number): boolean {
  for (let k = from; k < Math.min(words.length, from + span); k++) {
    const w = words[k]!;
    // A short quotation may read as scare quotes, so an opening mark counts too: called it “a disaster.”
    if (w.quoted || w.text === '“' || w.text === '"') return true;
    if (w.text === ',' || w.text === '.' || w.text === ';' || w.lower === 'to') return false;
  }
  return false;
}
