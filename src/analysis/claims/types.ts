import type { BlockSpan, Cue, LinkSpan, PageMeta, Span } from '../../shared/schema';
import type { Mention } from '../entities/types';
import type { LoneKindModel, OpinionWeights } from './opinion-model';
import type { RolesOf } from './person-roles';
import type { SexOf } from './person-sex';
import type { QuotationIndex } from './quotations';
import type { Word } from './words';

/** What the rest of the engine passes to claim labelling. */
export interface ClaimContext {
  mentions: Mention[];
  links: LinkSpan[];
  blocks: BlockSpan[];
  /** What the page says about itself (section, address, JSON-LD type): a prior on the kind of article. */
  meta?: PageMeta;
  /** The opinion model that weighs the author's wording (default: the shipped one); cross-validation passes one that never saw the text. */
  opinionModel?: OpinionWeights;
  /** The mean subjectivity at which a text argues (default `ARGUING_PROBABILITY`); the eval shifts it to see how much the scores hang on it. */
  arguingProbability?: number;
  /**
   * What a lone sentence's kind reads (default the shipped word-vector table, stack and threshold); cross-validation
   * passes one fitted without the sentence. null: the words-only probability alone, as the decision layer's training sentences are read.
   */
  loneKind?: LoneKindModel | null;
}

/** Who a frame points at, before pronouns and "the report" are resolved to what they refer to. */
export interface SourceRef extends Span {
  text: string;
  /** Identifiable (`sourced`) or not (`vague`). */
  specific: boolean;
  /** A pronoun or a definite "the report" that stands for an earlier source. */
  anaphor?: 'person' | 'thing' | 'document' | 'organization';
  /** A link's address, for link sources. */
  href?: string;
  /** Looks like a person's name (for resolving "he"/"she" later). */
  person?: boolean;
  /** A body that one person speaks for ("a spokesperson for UCEA"): shown as the body, but a later "he" or "she" is that speaker. */
  spokesperson?: boolean;
  /** Named as the author of a document ("a report by X"), so that "the report" can refer back to it. */
  document?: boolean;
}

/** One piece of evidence that a sentence reports someone else's words or findings. */
export interface Attribution {
  detector: string;
  source: SourceRef;
  cues: Cue[];
  /** Offset of the deciding cue: earlier frames usually belong to the main clause. */
  at: number;
  /** Agentless passives and side links yield to any other attribution in the sentence. */
  weak?: boolean;
  /** A report closing the sentence after a comma ("…, the report says."): the main clause, whose content is all before it. */
  closing?: boolean;
  /** A document this frame introduces, so that a later "the report" can refer back to it. */
  introduces?: SourceRef;
}

/** A sentence as the detectors see it. */
export interface SentenceView extends Span {
  index: number;
  text: string;
  words: Word[];
  /** Share of the sentence's letters inside quotations (scare quotes excluded). */
  quotedShare: number;
  /** The recogniser's mentions inside the sentence. */
  mentions: Mention[];
  /** The links overlapping the sentence. */
  links: LinkSpan[];
  /** Which line (block) of the text the sentence belongs to. */
  paragraph: number;
  block?: BlockSpan;
}

/** The article as the detectors see it. */
export interface ArticleView {
  text: string;
  sentences: SentenceView[];
  quotations: QuotationIndex;
  context: ClaimContext;
  /** Share of the author's own (unquoted) words that are "I", "me", "my" …: how much the author speaks as "I". */
  firstPersonShare: number;
  /** The sex a person's name or title says, for "he" and "she" to agree with whom they stand for. */
  sexOf: SexOf;
  /** The roles the article gives a person ("senator", "judge"), for "the senator" to stand only for one. */
  rolesOf: RolesOf;
  /** Frame attributions of any sentence (memoised), for detectors that look across sentences. */
  frames(index: number): Attribution[];
}

/** Running memory of who spoke last, carried from sentence to sentence. */
export interface Discourse {
  /** The speaker of the last attributed sentence, and where it was. */
  lastSpeaker?: { source: SourceRef; sentence: number; quoted: boolean; blockQuote?: boolean; opensList?: boolean; labelled?: boolean; reported?: boolean };
  lastPerson?: SourceRef;
  /** The people last named or speaking, latest last: who else a "she" may mean when the last person is a man. */
  people: SourceRef[];
  /** The last two people named together ("Lorenz and Fetter"), and where: who a later "they" may be. */
  lastPair?: { source: SourceRef; sentence: number };
  lastDocument?: SourceRef;
  /** The organizations last named outside quotations, latest last: what "the company" or "the police" will mean. */
  organizations: SourceRef[];
  /** Quotation chains whose speaker is known. */
  chainSpeakers: Map<number, SourceRef>;
}

/** Evaluative or speculative wording in a sentence. */
export interface OpinionEvidence {
  /** Probability that the author's own (unquoted) wording is subjective. */
  probability: number;
  cues: Cue[];
  /** The same for all the sentence's words, quoted ones included: whether an attributed claim is an opinion. */
  reported: { probability: number; cues: Cue[] };
}

export type Detector =
  | { name: string; stage: 'frame'; detect(sentence: SentenceView, article: ArticleView): Attribution[] }
  | { name: string; stage: 'quote'; detect(sentence: SentenceView, article: ArticleView, discourse: Discourse): Attribution[] }
  | { name: string; stage: 'opinion'; detect(sentence: SentenceView, article: ArticleView): OpinionEvidence };
