import { LABELS, type ArticleKind, type Cue, type Label, type Sentence, type Source, type Span } from '../../shared/schema';
import { memoPerObject } from '../bounded-memo';
import { runScanner } from '../char-runs';
import { articleKindOf, measureVoice, opinionKindWeight, type VoiceMeasure } from './article-kind';
import { buildArticleView } from './article-view';
import { CLAIM_MODEL } from './data/claim-model';
import { BUSINESS_NOUNS, DETERMINERS, GENERIC_PERSON_NOUNS, INDEFINITES, LAWMAKER_ROLES, NOT_BUSINESS_NAME_WORDS, ORG_HEADS, OUTLET_NAME_WORDS, OUTLET_NOUNS, PERSON_ROLE_NOUNS, ROLE_SYNONYMS, SELF_NAMING_ORGANIZATION_NOUNS, SEXED_PRONOUNS } from './data/lexicons';
import { LONE_ARGUING, OPINION_STACK, OPINION_VECTORS } from './data/opinion-vectors';
import { ARGUING_PROBABILITY, OPINION_THRESHOLD } from './data/opinion-weights';
import { decideLabel, UNATTRIBUTED_LABELS, type ClaimModel } from './decide';
import { DETECTORS } from './detectors';
import { isListItem } from './detectors/colon-list';
import { factCues } from './facts';
import { sentenceFeatures, type ArticleEvidence, type FeatureWriter, type SentenceEvidence } from './features';
import { nonClaimKind } from './non-claims';
import { headWord } from './name-words';
import { describeSource, nameChunks, type WordRange } from './noun-phrase';
import { obligationCue, ownWording, stackedProbability, vectorProbability, type LoneKindModel } from './opinion-model';
import { sexAgrees } from './person-sex';
import { NOT_SPEAKER_WORDS, PLURAL_VERBS } from './data/speaker-words';
import { isSpeaker } from './speaker-check';
import { shownSource } from './source-shape';
import type { ArticleView, Attribution, ClaimContext, Detector, Discourse, OpinionEvidence, SentenceView, SourceRef } from './types';

type Stage<S extends Detector['stage']> = Extract<Detector, { stage: S }>;
const FRAME_DETECTORS = DETECTORS.filter((d): d is Stage<'frame'> => d.stage === 'frame');
const QUOTE_DETECTORS = DETECTORS.filter((d): d is Stage<'quote'> => d.stage === 'quote');
const OPINION_DETECTORS = DETECTORS.filter((d): d is Stage<'opinion'> => d.stage === 'opinion');
const SHIPPED_LONE_KIND: LoneKindModel = { table: OPINION_VECTORS, stack: OPINION_STACK, arguing: LONE_ARGUING };
const NO_OPINION: OpinionEvidence = { probability: 0, cues: [], reported: { probability: 0, cues: [] } };

/** One sentence as the detectors labelled it, with the features the decision layer weighs. */
export interface ClaimRow {
  /** The detectors' sentence: label, source and cues before the decision layer. */
  rule: Sentence;
  evidence: SentenceEvidence;
  /** The features the decision layer weighs, given as they are found (`featureMap` collects them). */
  features: FeatureWriter;
}

/** The detectors' view of a whole article: every sentence's evidence and features, and the article's kind. */
export interface ClaimRows {
  rows: ClaimRow[];
  articleKind: ArticleKind;
}

/**
 * Labels every sentence as sourced, vague, unsourced, opinion, or not a claim, with the
 * cues that decided it: the detectors gather evidence, a trained model decides the label.
 */
export function labelClaims(text: string, spans: Span[], context: ClaimContext, model: ClaimModel = CLAIM_MODEL): { sentences: Sentence[]; articleKind: ArticleKind } {
  const { rows, articleKind } = claimRows(text, spans, context);
  return { sentences: rows.map((row) => decideSentence(row, model)), articleKind };
}

/** The detectors' evidence for every sentence, and each sentence's features (for labelling and for training). */
export function claimRows(text: string, spans: Span[], context: ClaimContext): ClaimRows {
  const article = buildArticleView(text, spans, context, FRAME_DETECTORS);
  const discourse: Discourse = { chainSpeakers: new Map(), organizations: [], people: [] };
  const labelled = article.sentences.map((sentence) => labelSentence(sentence, article, discourse));
  const claims = labelled.filter((l) => l.rule.label !== null);
  const voice = measureVoice(
    article.firstPersonShare,
    claims.map((l) => ({ subjectivity: l.evidence.opinion.probability, attributed: l.evidence.chosen !== undefined })),
  );
  const lone = claims.length === 1 && context.loneKind !== null ? claims[0]! : undefined;
  const { kindVoice, arguing } = lone
    ? loneKindEvidence(article.sentences[labelled.indexOf(lone)]!, lone.evidence, voice, context)
    : { kindVoice: voice, arguing: context.arguingProbability };
  const articleKind = articleKindOf(context.meta, kindVoice, arguing);
  const shared: ArticleEvidence = { opinionKind: opinionKindWeight(context.meta, kindVoice, claims.length, arguing), voice };
  const paragraphOpinion = new Map<number, { sum: number; count: number }>();
  labelled.forEach(({ rule, evidence }, i) => {
    if (rule.label === null) return;
    const paragraph = article.sentences[i]!.paragraph;
    const total = paragraphOpinion.get(paragraph) ?? { sum: 0, count: 0 };
    paragraphOpinion.set(paragraph, { sum: total.sum + evidence.opinion.probability, count: total.count + 1 });
  });
  const rows = labelled.map(({ rule, evidence }, i) => {
    const sentence = article.sentences[i]!;
    const total = paragraphOpinion.get(sentence.paragraph) ?? { sum: 0, count: 0 };
    const self = rule.label === null ? 0 : 1;
    const others = total.count - self;
    const neighbours = {
      previous: labelled[i - 1]?.evidence,
      next: labelled[i + 1]?.evidence,
      opensParagraph: article.sentences[i - 1]?.paragraph !== sentence.paragraph,
      first: i === 0,
      paragraphOpinion: others > 0 ? (total.sum - self * evidence.opinion.probability) / others : 0,
    };
    const features: FeatureWriter = (add) => sentenceFeatures(sentence, evidence, shared, neighbours, add);
    return { rule, evidence, features };
  });
  return { rows, articleKind };
}

/**
 * A text of one claim has no article around it: its kind is that sentence's own subjectivity, and that kind is
 * what decides it (MODEL.md, "Where the lone-sentence figure comes from"). So it reads the best sentence model,
 * the words-only probability stacked with the word-vector table's and the obligation cue, against `LONE_ARGUING`, the same quantile of
 * NewsSD-ENG's out-of-fold probabilities as `ARGUING_PROBABILITY` on the words-only scale. An article's kind, a mean
 * over many sentences, keeps the words-only scale its threshold was set on.
 */
function loneKindEvidence(sentence: SentenceView, evidence: SentenceEvidence, voice: VoiceMeasure, context: ClaimContext): { kindVoice: VoiceMeasure; arguing: number } {
  const { table, stack, arguing } = context.loneKind ?? SHIPPED_LONE_KIND;
  const own = ownWording(sentence).tokens;
  const subjective = stackedProbability(evidence.opinion.probability, vectorProbability(own, table), obligationCue(own), stack);
  const shift = (context.arguingProbability ?? ARGUING_PROBABILITY) - ARGUING_PROBABILITY;
  return { kindVoice: { ...voice, subjective }, arguing: arguing + shift };
}

/**
 * The model's label for a sentence the detectors call a claim. Sourced and vague need an
 * attribution to show; without one the choice is the author's: unsourced or opinion.
 */
export function decideSentence(row: ClaimRow, model: ClaimModel): Sentence {
  const { rule, evidence } = row;
  if (rule.label === null) return rule;
  const label = decideLabel(row.features, model, evidence.chosen ? LABELS : UNATTRIBUTED_LABELS);
  return relabel(rule, evidence, label);
}

/** The sentence with another label, carrying the cues and source that label shows. */
function relabel(rule: Sentence, evidence: SentenceEvidence, label: Label): Sentence {
  if (label === rule.label) return rule;
  const { source: _source, ...base } = rule;
  if (label === 'opinion') return { ...base, label, cues: evidence.opinion.cues };
  if (label === 'unsourced') return { ...base, label, cues: evidence.facts };
  return { ...rule, label };
}

function labelSentence(sentence: SentenceView, article: ArticleView, discourse: Discourse): { rule: Sentence; evidence: SentenceEvidence } {
  const opinion = weighOpinion(sentence, article);
  const frames = article.frames(sentence.index);
  // Plain loops: this runs for every sentence, and the array built-ins' closures and copies were a share of the stage.
  const candidates = frames.slice();
  for (const d of QUOTE_DETECTORS) candidates.push(...guarded(() => d.detect(sentence, article, discourse), []));
  const speakers: Attribution[] = [];
  const notSpeakers: Attribution[] = [];
  for (const c of candidates) (isSpeaker(c, sentence) ? speakers : notSpeakers).push(c);
  const chosen = choose(speakers);
  // An attributed claim is subjective by its speaker's words; an unattributed one by the author's.
  const wording = chosen ? opinion.reported : opinion;
  const subjective = wording.probability >= OPINION_THRESHOLD;
  const base = { start: sentence.start, end: sentence.end, text: sentence.text, subjective };
  const facts = factCues(sentence);
  const evidence: SentenceEvidence = { ruleLabel: null, candidates, notSpeakers, opinion, facts };
  // A quotation credited after a dash ("“…” — The Canadian Press, August 15, 2008") is a claim though it lacks a final stop.
  const credited = frames.some((f) => f.detector === 'dash-credit') && sentence.block?.kind !== 'heading';
  const nonClaim = credited ? undefined : nonClaimKind(sentence, article, frames.some((f) => !f.weak));
  if (nonClaim) {
    // A question is prose, not a heading or a byline: the people it names are who a later "he" or "she" means.
    if (nonClaim === 'question') {
      rememberPerson(sentence, article, discourse);
      rememberOrganization(sentence, article, discourse);
    }
    return { rule: { ...base, label: null, nonClaim, cues: [] }, evidence };
  }
  if (!chosen) {
    rememberPerson(sentence, article, discourse);
    rememberOrganization(sentence, article, discourse);
    const label = subjective ? 'opinion' : 'unsourced';
    return { rule: { ...base, label, cues: subjective ? opinion.cues : facts }, evidence: { ...evidence, ruleLabel: label } };
  }
  const source = resolve(chosen.source, discourse, sentence, article);
  remember(sentence, article, discourse, chosen, source);
  rememberOrganization(sentence, article, discourse);
  // A link beside a named source is evidence too, though the name is what the note shows.
  const linkCues = frames.filter((f) => f.detector === 'link' && f !== chosen).flatMap((f) => f.cues);
  const cues: Cue[] = [...chosen.cues, ...linkCues, ...quoteCues(sentence, article, chosen.cues), ...(subjective ? wording.cues : [])];
  const label = source.specific ? 'sourced' : 'vague';
  const shown = shownSource(source, chosen.detector, sentence, article);
  return {
    rule: { ...base, label, ...(shown ? { source: toSource(shown) } : {}), cues },
    evidence: { ...evidence, ruleLabel: label, chosen: { attribution: chosen, source } },
  };
}

/** A detector that throws loses its own evidence, not the article's labels. */
function guarded<T>(detect: () => T, fallback: T): T {
  try {
    return detect();
  } catch {
    return fallback;
  }
}

/**
 * A named frame beats an agentless or side one, and the words of the text beat
 * a link's host ("a report by Stanford's Center …" over stanford.edu); a report
 * closing the sentence ("Air pollution threatens …, the report says.") is its
 * main clause, and a verb before it belongs to what it reports; else, of
 * equals, the earliest belongs to the main clause.
 */
function choose(attributions: Attribution[]): Attribution | undefined {
  const strong = attributions.filter((a) => !a.weak);
  const inText = strong.filter((a) => a.detector !== 'link');
  const closing = inText.filter((a) => a.closing);
  const pool = closing.length > 0 ? closing : inText.length > 0 ? inText : strong.length > 0 ? strong : attributions;
  return pool.reduce<Attribution | undefined>((best, a) => (!best || a.at < best.at ? a : best), undefined);
}

function weighOpinion(sentence: SentenceView, article: ArticleView): OpinionEvidence {
  // The strongest probability and all the cues of the opinion detectors, in plain loops (this runs for every sentence).
  const own = { probability: 0, cues: [] as Cue[] };
  const reported = { probability: 0, cues: [] as Cue[] };
  for (const d of OPINION_DETECTORS) {
    const e = guarded(() => d.detect(sentence, article), NO_OPINION);
    own.probability = Math.max(own.probability, e.probability);
    own.cues.push(...e.cues);
    reported.probability = Math.max(reported.probability, e.reported.probability);
    reported.cues.push(...e.reported.cues);
  }
  return { ...own, reported };
}

/**
 * Pronouns and descriptions stand for the nearest compatible name: "he" and "the president" for a person
 * named earlier in the sentence or the last person, "the company" for the last organization, "the report"
 * for the last document; with none, the description itself is the source.
 */
function resolve(source: SourceRef, discourse: Discourse, sentence: SentenceView, article: ArticleView): SourceRef {
  if (source.anaphor === 'organization') return organizationFor(source, sentence, article, discourse) ?? source;
  if (source.anaphor === 'person') {
    const sexed = SEXED_PRONOUNS.has(source.text.toLowerCase());
    const opening = source.start > sentence.start ? openingRolePerson(sentence, article, discourse) : undefined;
    const candidates = [opening, personBefore(sentence, article, source.start), discourse.lastPerson, discourse.lastSpeaker?.source];
    // An unresolved "they" or "the judge" that spoke last is no one for a later "she" to stand for.
    // "she" is one identifiable person: never a vague group such as "People close to her" that spoke last.
    const fits = (c: SourceRef | undefined): c is SourceRef => c !== undefined && !c.anaphor && roleFits(source, c, article) && sexAgrees(source, c, article.sexOf) && !(sexed && (isNamedThing(c, article) || !c.specific));
    const found = candidates.find(fits);
    if (found) return found;
    // "“…,” she said" after a man was named: the last woman named; "the judge" after others: the last judge named;
    // else the pronoun or description itself rather than a wrong name.
    const known = (c: SourceRef) => (sexed ? article.sexOf(c) !== undefined : PERSON_ROLE_NOUNS.has(headWord(source.text)));
    return [...discourse.people].reverse().find((c) => fits(c) && known(c)) ?? source;
  }
  if (source.anaphor === 'document') return discourse.lastDocument ?? source;
  if (source.anaphor === 'thing') {
    // "they" is no one person and "it" no person at all: the last speaker only when it is a body, group or document;
    // "Lorenz and Fetter plotted … They found …": "they" may be the people last named together, if named since.
    // "Britain welcomed the treaty, which it said would …": "it" is the body or country that opens its own sentence.
    const opening = source.text.toLowerCase() === 'it' ? bodyBefore(sentence, article, source.start) : undefined;
    if (opening) return opening;
    const speaker = discourse.lastSpeaker?.source;
    const pair = discourse.lastPair;
    if (source.text.toLowerCase() === 'they' && pair && pair.sentence >= (discourse.lastSpeaker?.sentence ?? -1)) return pair.source;
    if (speaker && !(speaker.person && !speaker.spokesperson)) return speaker;
    if (speaker && source.text.toLowerCase() === 'it') return discourse.organizations.at(-1) ?? discourse.lastDocument ?? source;
    return speaker ? source : (discourse.lastDocument ?? source);
  }
  return source;
}

/** A body, place or product the recogniser named, or a document: never "he" or "she" (a body's spokesperson is). */
function isNamedThing(candidate: SourceRef, article: ArticleView): boolean {
  if (candidate.spokesperson) return false;
  return candidate.document === true || thingSpansOf(article).has(spanKey(article.text, candidate));
}

/** The spans of the article's mentions that are no person's, gathered once an article: a pronoun asks for each candidate. */
const thingSpansOf = memoPerObject(
  (article: ArticleView): Set<number> => new Set(article.context.mentions.filter((m) => m.type !== 'PER').map((m) => spanKey(article.text, m))),
);

/** One number for a span of the text (offsets run from 0 to the text's length). */
function spanKey(text: string, span: { start: number; end: number }): number {
  return span.start * (text.length + 1) + span.end;
}

/**
 * "the senator" is not "President Joe Biden", and "the judge" no one the article never calls a judge: a role
 * stands for a person the article gives that role, by a title before a name, in it, or in an apposition after it.
 */
function roleFits(description: SourceRef, person: SourceRef, article: ArticleView): boolean {
  const word = headWord(description.text);
  if (!PERSON_ROLE_NOUNS.has(word)) return true;
  // A role stands for a person, never for "experts", "Investigators" or a company that spoke last.
  if (!person.person || !person.specific) return false;
  if (GENERIC_PERSON_NOUNS.has(word)) return true;
  const role = ROLE_SYNONYMS.get(word) ?? word;
  const roles = article.rolesOf(person);
  return roles.has(role) || (role === 'lawmaker' && [...roles].some((r) => LAWMAKER_ROLES.has(r)));
}

/**
 * "The four-term congressman will depart the House for a role with President Donald Trump, a decision he
 * disclosed …": a sentence whose subject is a role ("the congressman") resolving to a person is about that
 * person, not about a name later in its object.
 */
function openingRolePerson(sentence: SentenceView, article: ArticleView, discourse: Discourse): SourceRef | undefined {
  const words = sentence.words;
  const role = words.findIndex((w, i) => i < OPENING_ROLE_WORDS && PERSON_ROLE_NOUNS.has(w.lower));
  // "The congressman's deputy", "the director of the FBI": the role only modifies or is completed by the subject.
  if (role === -1 || words[role]!.quoted || ["'s", "'", 'of'].includes(words[role + 1]?.lower ?? '')) return undefined;
  const description = describeSource(article, sentence, { from: 0, to: role + 1 });
  if (description?.anaphor !== 'person') return undefined;
  return [discourse.lastPerson, discourse.lastSpeaker?.source].find((c) => c?.person && roleFits(description, c, article));
}

/** A subject role opens the sentence: "The four-term congressman", "But the former president". */
const OPENING_ROLE_WORDS = 5;

/** "Askar has released code he said …": the person named before the pronoun, in the same sentence. */
function personBefore(sentence: SentenceView, article: ArticleView, offset: number): SourceRef | undefined {
  // "the Obama administration", "the Trump campaign": a name that modifies a body is not the person who speaks.
  const modifier = (m: { end: number }) => ORG_HEADS.has(/^\s+(\p{L}+)/u.exec(article.text.slice(m.end, m.end + 20))?.[1]?.toLowerCase() ?? '');
  const person = sentence.mentions.filter((m) => m.type === 'PER' && m.end <= offset && !article.quotations.at(m.start) && !modifier(m)).pop();
  if (person) return { start: person.start, end: person.end, text: person.text, specific: true, person: true };
  const before = sentence.words.findIndex((w) => w.start >= offset);
  // "Asked where that report came from, he said", "Emails were sent …, she added": a lone capitalised word opening
  // the sentence, that the recogniser does not name, is a common word capitalised by its place when it takes a plural
  // verb, is no speaker's word or the article also writes it in lower case; not so "Askar has released code he said …".
  const opening = sentence.words.findIndex((w) => /\p{L}/u.test(w.text));
  const unnamedOpener = (chunk: WordRange) => {
    const word = sentence.words[chunk.from]!;
    if (chunk.from !== opening || chunk.to - chunk.from !== 1 || sentence.mentions.some((m) => m.start <= word.start && word.start < m.end)) return false;
    // "Emails were sent": a subject that takes a plural verb is not one person; "Any small hospital, he said, …": nor a determiner.
    if (PLURAL_VERBS.has(sentence.words[chunk.from + 1]?.lower ?? '') || INDEFINITES.has(word.lower) || DETERMINERS.has(word.lower)) return true;
    return NOT_SPEAKER_WORDS.has(word.lower) || lowerCaseWords(article).has(word.lower);
  };
  const name = nameChunks(sentence, { from: 0, to: before === -1 ? sentence.words.length : before })
    .filter((chunk) => !sentence.words[chunk.from]!.quoted && !ORG_HEADS.has(sentence.words[chunk.to]?.lower ?? '') && !unnamedOpener(chunk))
    .pop();
  const source = name && describeSource(article, sentence, name);
  return source?.person ? source : undefined;
}

/**
 * The words the article writes in lower case somewhere (runs of letters and digits that open with a small letter),
 * gathered once per article (the check runs per pronoun) in one pass over the text's words, slicing only those runs.
 */
const lowerCaseWords = memoPerObject((article: ArticleView): Set<string> => {
  const words = new Set<string>();
  const text = article.text;
  forEachWord(text, (start, end) => {
    const c = text.charCodeAt(start);
    if (c < 128 ? c >= 97 && c <= 122 : SMALL_LETTER_START.test(text.slice(start, end))) words.add(text.slice(start, end));
  });
  return words;
});

const forEachWord = runScanner(/[\p{L}\p{N}]/u);
const SMALL_LETTER_START = /^\p{Ll}/u;

/** Frames of indirect speech, and the continuation that carries one on. */
const INDIRECT_SPEECH_DETECTORS = new Set(['reporting-verb', 'according-to', 'reported-continuation']);

function remember(sentence: SentenceView, article: ArticleView, discourse: Discourse, chosen: Attribution, source: SourceRef): void {
  const quotes = article.quotations.within(sentence);
  const blockQuote = chosen.detector === 'block-quote';
  // "He said:" opens a list of what he said; each item given to him keeps it open for the next, as does an item that
  // names him again ("The Commission released: - …: Commission approves …, - …: Commission finds … does not …").
  const previous = discourse.lastSpeaker;
  const namesListSpeaker = previous?.opensList === true && previous.sentence === sentence.index - 1 && isListItem(sentence) && previous.source.text.toLowerCase() === source.text.toLowerCase();
  const opensList = /:["”’)\]]*\s*$/u.test(sentence.text) || chosen.detector === 'colon-list' || namesListSpeaker;
  const quoted = quotes.length > 0 || chosen.detector === 'quote-speaker' || blockQuote;
  // "X says (that) …" without quotation marks: the next sentence may go on reporting X ("For example, …").
  const reported = !quoted && !opensList && INDIRECT_SPEECH_DETECTORS.has(chosen.detector);
  discourse.lastSpeaker = { source, sentence: sentence.index, quoted, blockQuote, opensList, labelled: chosen.detector === 'speaker-label', reported };
  // The spokesperson of a body is a person who speaks: a later "he" is that speaker, not someone named before.
  if (source.person || source.spokesperson) {
    discourse.lastPerson = source;
    rememberPeople(discourse, [source]);
  }
  if (chosen.introduces) discourse.lastDocument = chosen.introduces;
  else if (source.document && !source.anaphor) discourse.lastDocument = source;
  for (const quote of quotes) if (!discourse.chainSpeakers.has(quote.chain)) discourse.chainSpeakers.set(quote.chain, source);
}

/** The organization or place named first in the sentence, before `offset` and outside quotations, if it opens the sentence's subject. */
function bodyBefore(sentence: SentenceView, article: ArticleView, offset: number): SourceRef | undefined {
  const first = sentence.mentions.find((m) => m.end <= offset && !article.quotations.at(m.start));
  if (!first || (first.type !== 'ORG' && first.type !== 'LOC')) return undefined;
  const opening = sentence.words.find((w) => /\p{L}/u.test(w.text) && !LEADING_WORDS.has(w.lower));
  return opening && opening.start >= first.start && opening.start < first.end ? { start: first.start, end: first.end, text: first.text, specific: true } : undefined;
}

/** Words that may stand before a sentence's subject: "The", "But", "Meanwhile". */
const LEADING_WORDS = new Set(['the', 'but', 'and', 'meanwhile', 'however', 'still', 'yet', 'so']);

function organizationBefore(sentence: SentenceView, article: ArticleView, offset: number): SourceRef | undefined {
  const org = sentence.mentions.filter((m) => m.type === 'ORG' && m.end <= offset && !article.quotations.at(m.start)).pop();
  return org && { start: org.start, end: org.end, text: org.text, specific: true };
}

/** The organizations a sentence names outside quotations, in order, are what a later "the company" may mean, the latest first. */
function rememberOrganization(sentence: SentenceView, article: ArticleView, discourse: Discourse): void {
  // Every one, in order: "Acme sells to Democrats, and the Justice Department opened an inquiry" leaves Acme for "the company".
  for (const m of sentence.mentions) {
    if (m.type === 'ORG' && !article.quotations.at(m.start)) discourse.organizations.push({ start: m.start, end: m.end, text: m.text, specific: true });
  }
  keepLatest(discourse.organizations, REMEMBERED_ORGANIZATIONS);
}

/** How many recent organizations a description may reach back to. */
const REMEMBERED_ORGANIZATIONS = 8;

/**
 * The organization a description stands for: the nearest one named before it ("the company" → the last
 * organization), but "the police" or "the court" only for one whose name says so; none when nothing fits.
 */
function organizationFor(source: SourceRef, sentence: SentenceView, article: ArticleView, discourse: Discourse): SourceRef | undefined {
  const head = headWord(source.text);
  // "the company" is no party, ministry or court: a business description fits no name that says otherwise.
  const fits = (org: SourceRef) => {
    const words = org.text.toLowerCase().split(/[^\p{L}]+/u);
    if (BUSINESS_NOUNS.has(head) && words.some((w) => NOT_BUSINESS_NAME_WORDS.has(w))) return false;
    if (OUTLET_NOUNS.has(head) && !isOutlet(org, words, article.text)) return false;
    return !SELF_NAMING_ORGANIZATION_NOUNS.has(head) || words.includes(head);
  };
  const inSentence = organizationBefore(sentence, article, source.start);
  if (inSentence && fits(inSentence)) return inSentence;
  for (let i = discourse.organizations.length - 1; i >= 0; i--) if (fits(discourse.organizations[i]!)) return discourse.organizations[i];
  return undefined;
}

/**
 * An organization the text calls a news outlet: by its name ("China Daily", "The Wall Street Journal") or by the word right beside it
 * ("the daily Le Monde", "Yedioth Ahronoth newspaper", "Brazil's O Globo newspaper").
 */
function isOutlet(org: SourceRef, words: string[], text: string): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, org.start - OUTLET_WORD_REACH), org.start))?.[1];
  const after = /^(?:['’]s)?\s+(\p{L}+)/u.exec(text.slice(org.end, org.end + OUTLET_WORD_REACH))?.[1];
  return words.some((w) => OUTLET_NAME_WORDS.has(w)) || [...words, before, after].some((w) => w !== undefined && OUTLET_NOUNS.has(w.toLowerCase()));
}

/** Characters around a name searched for the outlet noun beside it (one word). */
const OUTLET_WORD_REACH = 20;

/**
 * Outside attributions, the person a role opening the sentence stands for, else the first person named (and
 * not quoted), is who "he" or "she" will mean; a name in
 * the possessive ("Meadows' plans were kept so secret that Wayne King …") only when no other person is named.
 */
function rememberPerson(sentence: SentenceView, article: ArticleView, discourse: Discourse): void {
  const subject = openingRolePerson(sentence, article, discourse);
  if (subject) {
    discourse.lastPerson = subject;
    return;
  }
  const people = sentence.mentions.filter((m) => m.type === 'PER' && !article.quotations.at(m.start));
  rememberPeople(discourse, people.map((m) => ({ start: m.start, end: m.end, text: m.text, specific: true, person: true })));
  const joined = people.findIndex((m, k) => k > 0 && /^\s+and\s+$/u.test(article.text.slice(people[k - 1]!.end, m.start)));
  if (joined > 0) {
    const [first, second] = [people[joined - 1]!, people[joined]!];
    discourse.lastPair = { sentence: sentence.index, source: { start: first.start, end: second.end, text: article.text.slice(first.start, second.end), specific: true } };
  }
  const person = people.find((m) => !POSSESSIVE_MODIFIER.test(article.text.slice(m.end, m.end + 4))) ?? people[0];
  if (person) discourse.lastPerson = { start: person.start, end: person.end, text: person.text, specific: true, person: true };
}

function rememberPeople(discourse: Discourse, people: SourceRef[]): void {
  discourse.people.push(...people);
  keepLatest(discourse.people, REMEMBERED_PEOPLE);
}

/** Drops all but the last `count` entries of a list kept latest last. */
function keepLatest<T>(list: T[], count: number): void {
  if (list.length > count) list.splice(0, list.length - count);
}

/** How many recent people a "she" or "he" may reach back to when the nearest disagrees. */
const REMEMBERED_PEOPLE = 12;

/** "Meadows' plans", "Lorenz’s delight": a possessive that modifies the noun after it, not the clause's subject. */
const POSSESSIVE_MODIFIER = /^['’]s?\s+\p{L}/u;

function quoteCues(sentence: SentenceView, article: ArticleView, present: Cue[]): Cue[] {
  if (present.some((c) => c.kind === 'quote' || c.kind === 'quote-continuation')) return [];
  return article.quotations.within(sentence).map((q) => ({ kind: 'quote' as const, start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) }));
}

function toSource(ref: SourceRef): Source {
  return { start: ref.start, end: ref.end, text: ref.text, ...(ref.href ? { href: ref.href } : {}) };
}
