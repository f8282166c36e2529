import { memoPerObject } from '../bounded-memo';
import type { NonClaimKind } from '../../shared/schema';
import type { ArticleView, SentenceView } from './types';

const CALL_TO_ACTION = /^(?:sign up|subscribe|follow (?:us|me)|click|tap|share (?:this|on)|read (?:more|the full)|continue reading|download|join us|watch|listen|advertisement|skip to|back to top|related|see also|more from|recommended)\b/iu;
// `(?<!\w)` and `(?!\w)` for `\b`: under the i and u flags V8 runs `\b` a hundred times slower. A `\b` next to a
// character that is none of a word's (©, a period) asks for a word character on its other side.
const BOILERPLATE = /(?<!\w)(?:will update this (?:post|story|article)|all rights reserved|powered by|terms of (?:use|service)|privacy policy)(?!\w)|©(?<=\w©)(?=\w)/iu;
const CREDIT = /getty images|associated press|(?<!\w)(?:afp|reuters|ap photo|photo(?:graph)?s?|credit|illustration)(?!\w)|(?<!\w)(?:photograph|image):/iu;
const DATELINE = /^(?:(?:first |last )?(?:published|updated|posted)(?!\w)|\S.*(?<!\w)\d{1,2}:\d{2}\s*[ap]\.?m(?:\.(?=\w)|(?!\w)))/iu;
/**
 * A wire dateline the segmenter cut off at the state's abbreviation: "NAPA COUNTY, Calif.", "WASHINGTON (AP) —"; the
 * place in capitals is followed by a state, an agency or a dash (a lone "SUSE" is no dateline).
 */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu} .'’-]*\p{Lu}(?=,|\s*\(|\s*[—–-])(?:, \p{Lu}\p{Ll}*\.?)?(?:\s*\([\p{L} ]+\))?\s*[—–-]*$/u;
const DATE_ONLY = /^[\p{N}\s,./:-]*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?[\p{N}\s,./:-]*)+$/iu;
const BIO_VERBS = 'covers|writes about|reports on';
const BIO_ROLES = 'reporter|correspondent|writer|editor|columnist|journalist|contributor|author|producer';
const BIO = new RegExp(String.raw`^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}.'’-]*){1,3} (?:${BIO_VERBS}|(?:is|was) (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:${BIO_ROLES}))\b`, 'u');
// BIO compiles to 150 KB of bytecode (its letter classes, repeated): a sentence without its verb or role skips it.
const BIO_WORD = new RegExp(`${BIO_VERBS}|${BIO_ROLES}`, 'u');
/** A wire story's staff credit: "Additional reporting by …; Editing by …", "Writing by …". */
const STAFF_CREDIT = /^(?:additional )?(?:reporting|writing|editing|research|compiled|produced)(?: and (?:reporting|writing|editing))? by \p{Lu}/iu;
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}.'’-]*|of|de|van|von)){0,4}(?:, (?:Ph\.?D\.?|M\.?D\.?|Jr\.|Sr\.))?[,.]?$/u;
const LIST_MARKER = /^(?:\p{N}{1,3}[.)]|[•·*–-])\s/u;
const QUESTION_OPENING = /^(?:(?:so|but|and|then|now|yet),?\s+)?(?:who|what|when|where|why|how|which|whose|is|are|was|were|do|does|did|can|could|will|would|should|shall|has|have|had|may|might|must|aren['’]t|isn['’]t|don['’]t|doesn['’]t|didn['’]t|won['’]t|wouldn['’]t|can['’]t|couldn['’]t|shouldn['’]t)\b/iu;
/** Picture captions point at the picture: "Clockwise from top: …", "Above, the skull of …", "Pictured: …". */
const CAPTION_OPENING = /^(?:clockwise from (?:top|left)|from (?:left|top)\b|pictured\b|(?:above|below|top|bottom|left|right)(?: (?:left|right))?[,:] )/iu;
const TERMINAL = /[.!?…:;]["”’')\]]*$/u;
/** A line without final punctuation and up to this many words reads as a heading; longer, as a caption. */
const HEADING_MAX_WORDS = 12;
/** A picture's caption runs to a few sentences; a longer paragraph without a final full stop is prose cut short or left unpunctuated. */
const CAPTION_MAX_SENTENCES = 4;

/**
 * Why a sentence is not a claim, or undefined if it is one: headings, bylines,
 * captions and credits, datelines, questions, calls to action and boilerplate.
 * `attributed` says whether a frame attributes the sentence ("X asked: …?" is a claim).
 */
export function nonClaimKind(sentence: SentenceView, article: ArticleView, attributed: boolean): NonClaimKind | undefined {
  const block = sentence.block?.kind;
  // Some sites set a story's opening sentences as headings; a long, punctuated sentence is prose whatever its tag.
  if (block === 'heading' && !(words(sentence.text) > HEADING_MAX_WORDS && TERMINAL.test(sentence.text.trim()))) return 'heading';
  if (block === 'caption') return 'caption';
  const text = sentence.text.trim();
  const alone = isAloneOnLine(sentence, article);
  if (CALL_TO_ACTION.test(text) || (alone && BOILERPLATE.test(text))) return 'boilerplate';
  // A time of day dates a line only when the line is short: "Paris claims she worked from 6:00am to midnight" is a claim.
  if (alone && ((DATELINE.test(text) && words(text) <= HEADING_MAX_WORDS) || DATE_ONLY.test(text))) return 'dateline';
  if (DATELINE_PLACE.test(text) && paragraphFacts(article).firstOfParagraph[sentence.index] === sentence.index) return 'dateline';
  if (alone && /^\(.*\)$/u.test(text) && CREDIT.test(text)) return 'caption';
  if (alone && CREDIT.test(text) && !/\s\p{Ll}{3,}\s\p{Ll}{3,}\s/u.test(text)) return 'caption';
  if (CAPTION_OPENING.test(text)) return 'caption';
  if (isBio(text) || isAfterBio(sentence, article) || (alone && STAFF_CREDIT.test(text))) return 'byline';
  if (isQuestion(text, sentence, article, attributed)) return 'question';
  if (!alone) return endsUnpunctuated(sentence, article) ? 'caption' : undefined;
  if (isShouting(text)) return 'boilerplate';
  if (NAME_LINE.test(text) && words(text) <= 5 && !TERMINAL.test(text.replace(/\b(?:Ph|M)\.D\.$|\b(?:Jr|Sr)\.$/u, ''))) return 'byline';
  if (TERMINAL.test(text)) return undefined;
  if (LIST_MARKER.test(text)) return 'fragment';
  if (words(text) <= HEADING_MAX_WORDS) return 'heading';
  return isReportedProse(sentence, article) ? undefined : 'caption';
}

/** A short paragraph whose last sentence has no final punctuation is a caption, whatever its first sentences say. */
function endsUnpunctuated(sentence: SentenceView, article: ArticleView): boolean {
  const { firstOfParagraph, lastOfParagraph } = paragraphFacts(article);
  const lastIndex = lastOfParagraph[sentence.index]!;
  if (lastIndex - firstOfParagraph[sentence.index]! + 1 > CAPTION_MAX_SENTENCES) return false;
  const last = article.sentences[lastIndex]!;
  return !TERMINAL.test(last.text.trim()) && !LIST_MARKER.test(last.text) && !isReportedProse(last, article);
}

/**
 * "“Parasite” director Bong Joon Ho said backstage that no-one could predict …" without its final stop: a line
 * longer than a heading in which someone is reported by a finite verb is prose left unpunctuated, not a caption
 * (captions describe the picture: "Bong Joon Ho at the Dolby Theatre in Los Angeles on Sunday").
 */
function isReportedProse(sentence: SentenceView, article: ArticleView): boolean {
  return words(sentence.text) > HEADING_MAX_WORDS && article.frames(sentence.index).some((f) => f.detector === 'reporting-verb' && !f.weak);
}

interface ParagraphFacts {
  /** Index of the first sentence of each sentence's paragraph. */
  firstOfParagraph: Uint32Array;
  /** Index of the last sentence of each sentence's paragraph. */
  lastOfParagraph: Uint32Array;
  /** An earlier sentence of the same paragraph is a bio line. */
  afterBio: Uint8Array;
}

/** Facts about each sentence's paragraph, found in two passes so that one huge paragraph stays linear. */
const paragraphFacts = memoPerObject((article: ArticleView): ParagraphFacts => {
  const { sentences } = article;
  const firstOfParagraph = new Uint32Array(sentences.length);
  const lastOfParagraph = new Uint32Array(sentences.length);
  const afterBio = new Uint8Array(sentences.length);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const next = sentences[i + 1];
    lastOfParagraph[i] = next && next.paragraph === sentences[i]!.paragraph ? lastOfParagraph[i + 1]! : i;
  }
  let bioSeen = false;
  for (let i = 0; i < sentences.length; i++) {
    const opensParagraph = i === 0 || sentences[i - 1]!.paragraph !== sentences[i]!.paragraph;
    firstOfParagraph[i] = opensParagraph ? i : firstOfParagraph[i - 1]!;
    if (opensParagraph) bioSeen = false;
    afterBio[i] = bioSeen ? 1 : 0;
    if (!bioSeen && isBio(sentences[i]!.text)) bioSeen = true;
  }
  return { firstOfParagraph, lastOfParagraph, afterBio };
});

/**
 * A question asks rather than claims, unless someone is reported asking it ("X asked: “…?”")
 * or a claim comes first ("Neuroscience tells us that …, but when does it occur?").
 */
function isQuestion(text: string, sentence: SentenceView, article: ArticleView, attributed: boolean): boolean {
  if (!/\?["”’')\]]*$/u.test(text)) return false;
  if (!attributed) return true;
  const mark = sentence.start + text.lastIndexOf('?');
  return !article.quotations.at(mark) && QUESTION_OPENING.test(text);
}

function isAloneOnLine(sentence: SentenceView, article: ArticleView): boolean {
  const before = article.sentences[sentence.index - 1];
  const after = article.sentences[sentence.index + 1];
  return before?.paragraph !== sentence.paragraph && after?.paragraph !== sentence.paragraph;
}

/** "Jane Smith covers science", "John Doe is a freelance writer": a contributor's bio. */
function isBio(text: string): boolean {
  return BIO_WORD.test(text) && BIO.test(text);
}

/** "Since joining The Post, he has covered …": the rest of a bio paragraph. */
function isAfterBio(sentence: SentenceView, article: ArticleView): boolean {
  return paragraphFacts(article).afterBio[sentence.index] === 1;
}

function isShouting(text: string): boolean {
  // One ASCII lower-case letter settles it, as in nearly every line of prose, without building the line's letters.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
