import type { ArticleKind, Sentence, Span } from '../../shared/schema';
import type { ClaimContext } from '../claims/types';
import type { Mention } from '../entities/types';
import type { TaggerWeights } from '../entities/viterbi';

/** Where sentences end: every set holds lower-case words written before a full stop. */
export interface SegmentationData {
  /** Titles before a name: never the last word of a sentence ("Dr."). */
  titles: ReadonlySet<string>;
  /** Abbreviations that sit before a number ("Oct. 1", "Nr. 3"): a sentence ends after them only before a word. */
  beforeNumber: ReadonlySet<string>;
  /** Abbreviations that end a sentence unless a lower-case word follows ("etc."). */
  midSentence: ReadonlySet<string>;
  /**
   * Abbreviations of one or more dotted parts, written as in text with single spaces ("z. B.", "bzw."):
   * inside them no sentence ends, and after them only before a sentence starter. Matched with or
   * without the inner spaces ("z.B."), the first letter in either case.
   */
  dottedAbbreviations: readonly string[];
  /** Words that start sentences (as written): after an initial or abbreviation they mean the sentence ended. */
  sentenceStarters: ReadonlySet<string>;
  /** Words after which a number's full stop marks an ordinal ("3. Oktober", "19. Jahrhundert"), lower case. */
  ordinalNouns: ReadonlySet<string>;
  /** Articles before a number whose full stop marks an ordinal before any noun ("des 2. Forums", "im 1. Stockwerk"), lower case. */
  ordinalArticles: ReadonlySet<string>;
  /** Quote marks and brackets that may close a sentence after its full stop. */
  closers: ReadonlySet<string>;
  /** Quote marks and brackets that may open the next sentence. */
  openers: ReadonlySet<string>;
}

/** The names stage: mentions of people, organizations, places and other names in sentence spans. */
export interface NameStage {
  recognize(text: string, sentences: Span[]): Mention[];
}

/** The claims stage: every sentence labelled, and the article's kind. */
export interface ClaimStage {
  label(text: string, spans: Span[], context: ClaimContext): { sentences: Sentence[]; articleKind: ArticleKind };
}

/** How a reporting verb's form reports: see `claims/data/reporting-verbs.ts`. */
export type ReportingKind = 'speech' | 'finding' | 'cognition' | 'commitment';

/** The attribution and opinion words of one language, lower case, that every claims stage reads in its own way. */
export interface ClaimLexicon {
  /** Every inflected form of a verb of saying, finding, believing or promising, with its lemma and kind. */
  reportingForms: ReadonlyMap<string, { lemma: string; kind: ReportingKind }>;
  /** Heads of unnamed sources: "experts", "Experten", "Kreise". */
  vagueHeads: ReadonlySet<string>;
  /** Words of a judgement of merit, size or importance. */
  evaluative: readonly string[];
  /** The author is not asserting a fact: "perhaps", "vermutlich". */
  hedges: readonly string[];
  /** Claims about the future: "will", "voraussichtlich". */
  predictions: readonly string[];
  /** The author's own judgement: "i think", "ich finde". */
  firstPerson: readonly string[];
}

/** Everything one language needs, from sentence ends to claim labels. */
export interface LanguagePack {
  /** ISO 639-1 code ("en", "de"). */
  code: string;
  /** The language's English name, for messages ("German"). */
  name: string;
  segmentation: SegmentationData;
  /** The name tagger's weights, decoded on first use. */
  nameModel(): TaggerWeights;
  names: NameStage;
  claims: ClaimStage;
  /** The attribution and opinion words the claims stage reads. */
  lexicon: ClaimLexicon;
}

/**
 * What the host (the background, the command line, a test) gives the engine to load a pack: the
 * engine reads no files itself. A model file's path is relative to the extension's root, where the
 * build copies `assets/public/` (`languages/de/ner-model.bin`).
 */
export interface LanguagePackHost {
  readModel(file: string): Promise<Uint8Array>;
}
