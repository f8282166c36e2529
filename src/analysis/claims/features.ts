import type { Cue, Label } from '../../shared/schema';
import { boundedMemo } from '../bounded-memo';
import type { VoiceMeasure } from './article-kind';
import { FIRST_PERSON_SINGULAR } from './data/article-kinds';
import { MONTHS } from './data/lexicons';
import { DEGREE_WORDS, FIRST_PERSON_PLURAL, HEDGES, IMPERATIVE_VERBS, MODALS, OBLIGATIONS, OPENERS, PAST_MARKERS, PRESENT_MARKERS, SECOND_PERSON } from './data/voice-words';
import { LEXICON_CATEGORIES, type LexiconCategory, ownWording } from './opinion-model';
import type { Attribution, OpinionEvidence, SentenceView, SourceRef } from './types';
import { isAcronym } from './words';

/** A sentence's features: name → value (1 for a present binary feature). */
export type Features = Map<string, number>;

/** Takes a sentence's features as they are found; a name given twice adds its values. */
export type FeatureSink = (name: string, value: number) => void;

/** Gives a sentence's features to a sink: the decision layer scores them as they come, training collects them. */
export type FeatureWriter = (add: FeatureSink) => void;

/** A sentence's features collected into a map, for training and for explaining a decision. */
export function featureMap(write: FeatureWriter): Features {
  const f: Features = new Map();
  write((name, value) => f.set(name, (f.get(name) ?? 0) + value));
  return f;
}

/** What the detectors found in one sentence, before the decision layer weighs it. */
export interface SentenceEvidence {
  /** The label the detectors alone would give (null: not a claim). */
  ruleLabel: Label | null;
  /** The attribution the rules chose, with its source resolved. */
  chosen?: { attribution: Attribution; source: SourceRef };
  /** Every attribution any detector produced for the sentence. */
  candidates: Attribution[];
  /** Candidates whose source is a fragment, not something that can speak: evidence, never a label. */
  notSpeakers: Attribution[];
  opinion: OpinionEvidence;
  /** Numbers, amounts and dates: the cues of an unsourced claim. */
  facts: Cue[];
}

/** Evidence about the whole article that every sentence's decision shares. */
export interface ArticleEvidence {
  /** How far the article reads as opinion (0 a report, 1 an opinion piece or review): `opinionKindWeight`. */
  opinionKind: number;
  voice: VoiceMeasure;
}

const MAX_COUNT = 3;
/**
 * Value of one of the author's own words: words are many and sparse, so each counts
 * less than a detector's cue (under the same L2 this shrinks them more); chosen by
 * leave-one-article-out macro-F1 among 1, 0.5, 0.35 and 0.25.
 */
const WORD_VALUE = 0.35;

/**
 * Gives the features of one sentence for the decision layer to `add`: which detectors fired and
 * what they found, the quotation state, the author's voice (person, modality,
 * tense, evaluative words), shape and position, the article's kind, and the
 * neighbours' opinion probabilities and whether the previous sentence was attributed.
 */
export function sentenceFeatures(
  sentence: SentenceView,
  evidence: SentenceEvidence,
  article: ArticleEvidence,
  neighbours: {
    previous?: SentenceEvidence;
    next?: SentenceEvidence;
    opensParagraph: boolean;
    first: boolean;
    /** Mean own-voice opinion probability of the other claims in the sentence's paragraph (0 when alone). */
    paragraphOpinion: number;
  },
  add: FeatureSink,
): void {
  const set = (name: string, value = 1) => {
    if (value !== 0) add(name, value);
  };
  set('bias');
  const rule = evidence.ruleLabel ?? 'none';
  set(`rule=${rule}`);
  // A review is the author's verdict, as a column is; only a page's own metadata calls a text a review, and the
  // labelled articles the layer learns from are plain text, so a `kind=review` weight would never be trained.
  // The kind's features carry its weight: an article between report and argument has some of each.
  const kinds = [
    ['opinion', article.opinionKind],
    ['news', 1 - article.opinionKind],
  ] as const;
  for (const [kind, share] of kinds) {
    set(`kind=${kind}`, share);
    set(`kind=${kind}&rule=${rule}`, share);
  }
  set('article.first-person', Math.min(1, article.voice.firstPerson * 50));
  set('article.subjective', article.voice.subjective);
  set('article.attributed', article.voice.attributed);

  attributionFeatures(evidence, set);
  voiceFeatures(sentence, evidence, set);

  // Opinion runs in paragraphs, and an arguing article lowers the bar for the author's voice.
  set('paragraph.opinion', neighbours.paragraphOpinion);
  for (const [kind, share] of kinds) set(`kind=${kind}&opinion.own`, share * evidence.opinion.probability);
  set('article.subjective&opinion.own', article.voice.subjective * evidence.opinion.probability);
  set('previous.opinion', neighbours.previous?.opinion.probability ?? 0);
  set('next.opinion', neighbours.next?.opinion.probability ?? 0);
  if (neighbours.previous?.chosen && rule !== 'sourced' && rule !== 'vague') set('previous-attributed&unattributed');
  if (neighbours.opensParagraph) set('opens-paragraph');
  if (neighbours.first) set('first-sentence');
}

function attributionFeatures(evidence: SentenceEvidence, set: (name: string, value?: number) => void): void {
  for (const c of evidence.candidates) set(`detector=${c.detector}${c.weak ? '.weak' : ''}${evidence.notSpeakers.includes(c) ? '.not-speaker' : ''}`);
  const chosen = evidence.chosen;
  if (!chosen) return;
  const { attribution, source } = chosen;
  set(`chosen=${attribution.detector}`);
  set(source.specific ? 'source.specific' : 'source.vague');
  if (source.person) set('source.person');
  if (source.document) set('source.document');
  if (source.href) set('source.link');
  if (source.anaphor) set(`source.anaphor=${source.anaphor}`);
  if (attribution.weak) set('chosen.weak');
}

function voiceFeatures(sentence: SentenceView, evidence: SentenceEvidence, set: (name: string, value?: number) => void): void {
  set('quoted-share', sentence.quotedShare);
  if (sentence.quotedShare > 0.5) set('mostly-quoted');
  set('opinion.own', evidence.opinion.probability);
  set('opinion.reported', evidence.opinion.reported.probability);

  let firstSingular = 0;
  let firstPlural = 0;
  let second = 0;
  let obligation = 0;
  let degree = 0;
  let past = 0;
  let present = 0;
  let modal = 0;
  let hedge = 0;
  let comparative = 0;
  let numbers = 0;
  let dates = 0;
  let letters = 0;
  let opener: string | undefined;
  let imperative = false;
  /** Unquoted tokens so far, punctuation included. */
  let own = 0;
  /** The distinct words' "word=…" features, in first-use order. */
  const words = new Set<string>();
  for (const w of sentence.words) {
    if (w.quoted) continue;
    const lower = w.lower;
    own++;
    const kind = charKind(w.text);
    if (kind === 'other') continue;
    const voice = voiceWord(lower);
    if (letters === 0) {
      opener = lower;
      imperative = voice.imperative && own === 1;
    }
    letters++;
    if (kind === 'digit') {
      numbers++;
      continue;
    }
    words.add(voice.feature);
    if (voice.person === 'first-singular') firstSingular++;
    else if (voice.person === 'first-plural' && !isAcronym(w)) firstPlural++;
    else if (voice.person === 'second') second++;
    if (voice.obligation) obligation++;
    if (voice.degree || (kind === 'lower' && lower.length >= 6 && lower.endsWith('est'))) degree++;
    if (voice.past || (kind === 'lower' && lower.length >= 5 && lower.endsWith('ed'))) past++;
    else if (voice.present) present++;
    if (voice.modal) modal++;
    if (voice.hedge) hedge++;
    // "bigger than", "more … than": a comparison is a judgement unless a number backs it.
    if (lower === 'than' && own >= 2) comparative++;
    if (kind === 'upper' && voice.month) dates++;
  }
  for (const m of ownWording(sentence).matches) set(LEXICON_FEATURE[m.category], 1 / MAX_COUNT);
  const count = (name: string, n: number) => set(name, Math.min(n, MAX_COUNT) / MAX_COUNT);
  count('person=first-singular', firstSingular);
  count('person=first-plural', firstPlural);
  count('person=second', second);
  count('obligation', obligation);
  count('degree', degree);
  count('past', past);
  count('present', present);
  count('modal', modal);
  count('hedge', hedge);
  count('comparative', comparative);
  count('numbers', numbers);
  count('dates', dates);
  // The author's own words; training keeps only those used across several articles.
  for (const feature of words) set(feature, WORD_VALUE);

  set(`opener=${opener && OPENERS.has(opener) ? opener : 'other'}`);
  if (imperative) set('imperative-opener');
  set(`length=${letters <= 5 ? 'short' : letters <= 12 ? 'medium' : letters <= 30 ? 'long' : 'very-long'}`);
  const end = sentence.text.trimEnd();
  if (end.endsWith('!')) set('exclamation');
  if (/[—–:;]/u.test(sentence.text)) set('dash-or-colon');
  if (sentence.text.includes('(') || sentence.text.includes(')')) set('parenthesis');
}

const LEXICON_FEATURE = Object.fromEntries(LEXICON_CATEGORIES.map((c) => [c, `lexicon=${c}`])) as Record<LexiconCategory, string>;

/** What the voice features read of one lower-case word: the word lists it is in, and its "word=…" feature. */
interface VoiceWord {
  feature: string;
  /** The first of first-person singular, first-person plural and second person the word is. */
  person: 'first-singular' | 'first-plural' | 'second' | undefined;
  imperative: boolean;
  obligation: boolean;
  degree: boolean;
  /** A past marker, else a present one. */
  past: boolean;
  present: boolean;
  modal: boolean;
  hedge: boolean;
  month: boolean;
}

/**
 * A word's lists, looked up once per word (articles repeat their words) instead of a dozen sets for every
 * token; a feature name built once keeps its hash, so the feature map and the weight lookup do not hash a
 * fresh string for every sentence.
 */
const voiceWord = boundedMemo(
  (lower: string): VoiceWord => ({
    feature: `word=${lower}`,
    person: FIRST_PERSON_SINGULAR.has(lower) ? 'first-singular' : FIRST_PERSON_PLURAL.has(lower) ? 'first-plural' : SECOND_PERSON.has(lower) ? 'second' : undefined,
    imperative: IMPERATIVE_VERBS.has(lower),
    obligation: OBLIGATIONS.has(lower),
    degree: DEGREE_WORDS.has(lower),
    past: PAST_MARKERS.has(lower),
    present: PRESENT_MARKERS.has(lower),
    modal: MODALS.has(lower),
    hedge: HEDGES.has(lower),
    month: MONTHS.has(lower),
  }),
  50_000,
);

/** What a word starts with: a lower-case or capital letter, a digit or currency sign, or anything else. */
function charKind(word: string): 'lower' | 'upper' | 'digit' | 'other' {
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return 'lower';
  if (c >= 65 && c <= 90) return 'upper';
  if ((c >= 48 && c <= 57) || c === 36 || c === 0x20ac || c === 0xa3 || c === 37) return 'digit';
  if (c < 128) return 'other';
  if (LOWER.test(word)) return 'lower';
  if (UPPER.test(word)) return 'upper';
  return DIGIT.test(word) ? 'digit' : 'other';
}

const LOWER = /^\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
