import type { ArticleKind, PageMeta } from '../../shared/schema';
import { OPINION_SECTION, OPINION_TYPES, REVIEW_SECTION, REVIEW_TYPES } from './data/article-kinds';
import { ARGUING_PROBABILITY } from './data/opinion-weights';

/** What the text says about its kind: how much the author speaks for themselves. */
export interface VoiceMeasure {
  /** Unquoted "I", "me", "my" … per unquoted word. */
  firstPerson: number;
  /** Mean probability, over the claims, that the author's own wording is subjective. */
  subjective: number;
  /** Share of the claims the detectors attribute to someone. */
  attributed: number;
}

/** Share of first-person words at which a text reads as an essay or review rather than a report. */
const ESSAY_FIRST_PERSON = 0.006;
/** A text that attributes fewer of its claims than this and whose wording is on average at least `ARGUING_PROBABILITY` subjective argues rather than reports. */
const FEW_SOURCES = 0.3;
/**
 * Width (logistic scale) of the ramp over which such a text's mean subjectivity turns it from report to argument
 * for the decision layer: a hard step flipped every sentence of an article whose mean lay a hair from the
 * threshold, and leave-one-article-out macro-F1 swung by 0.046 when the threshold moved ±0.02 (0.013 with the ramp).
 */
const ARGUING_WIDTH = 0.02;

/**
 * The kind of article: the page's own word first (JSON-LD type, section, address),
 * then the author's voice in the text (first person, subjective wording).
 */
export function articleKindOf(meta: PageMeta | undefined, voice: VoiceMeasure, arguing = ARGUING_PROBABILITY): ArticleKind {
  const declared = declaredKind(meta);
  if (declared) return declared;
  if (authorSpeaksAsI(voice.firstPerson) || (voice.attributed < FEW_SOURCES && voice.subjective >= arguing)) return 'opinion';
  return 'news';
}

/**
 * How far the decision layer reads the text as opinion (0 a report, 1 an opinion piece): 1 for a kind the page
 * declares or an author who writes as "I", 0 for a text that attributes many of its claims, and between them a
 * logistic ramp of the mean subjectivity around `arguing`, so that a mean near the threshold weighs both kinds.
 * A lone sentence keeps the hard step of `articleKindOf`: its mean is its own probability, which the layer
 * weighs already. `arguing` is `ARGUING_PROBABILITY` but for the eval's check of how much a shift of it moves the scores.
 */
export function opinionKindWeight(meta: PageMeta | undefined, voice: VoiceMeasure, claims: number, arguing = ARGUING_PROBABILITY): number {
  if (declaredKind(meta) || authorSpeaksAsI(voice.firstPerson)) return 1;
  if (voice.attributed >= FEW_SOURCES) return 0;
  if (claims <= 1) return voice.subjective >= arguing ? 1 : 0;
  return 1 / (1 + Math.exp(-(voice.subjective - arguing) / ARGUING_WIDTH));
}

/** How a language names review and opinion sections and address paths ("/review/", "Kommentar"). */
export interface SectionPatterns {
  review: RegExp;
  opinion: RegExp;
}

const ENGLISH_SECTIONS: SectionPatterns = { review: REVIEW_SECTION, opinion: OPINION_SECTION };

/**
 * The kind the page declares: its JSON-LD type (the same in every language), then its
 * section name or address path in the language's words; undefined when it says nothing.
 */
export function declaredKind(meta: PageMeta | undefined, sections: SectionPatterns = ENGLISH_SECTIONS): ArticleKind | undefined {
  if (!meta) return undefined;
  const types = meta.schemaTypes ?? [];
  if (types.some((t) => REVIEW_TYPES.has(t))) return 'review';
  if (types.some((t) => OPINION_TYPES.has(t))) return 'opinion';
  const labels = [meta.section ?? '', pathOf(meta.url)];
  if (labels.some((l) => sections.review.test(l))) return 'review';
  if (labels.some((l) => sections.opinion.test(l))) return 'opinion';
  return undefined;
}

/** The path of an address, without host, query or fragment (no URL parser: the engine runs without DOM libraries). */
function pathOf(url: string | undefined): string {
  if (!url) return '';
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '');
  return afterScheme.replace(/[?#].*$/su, '');
}

/** The author's voice over the article: `claims` holds each claim's subjectivity and whether it is attributed. */
export function measureVoice(firstPerson: number, claims: ReadonlyArray<{ subjectivity: number; attributed: boolean }>): VoiceMeasure {
  const share = (value: (c: (typeof claims)[number]) => number) => (claims.length === 0 ? 0 : claims.reduce((sum, c) => sum + value(c), 0) / claims.length);
  return { firstPerson, subjective: share((c) => c.subjectivity), attributed: share((c) => (c.attributed ? 1 : 0)) };
}

/** Whether the author writes as "I" throughout: then a first-person paragraph is the author's, not a block quote. */
export function authorSpeaksAsI(firstPersonShare: number): boolean {
  return firstPersonShare >= ESSAY_FIRST_PERSON;
}
