import { z } from 'zod';

// Zod 4 compiles validators with `new Function` unless told not to; extension CSPs and
// web-ext lint forbid eval, so every bundle that imports a schema runs jitless.
z.config({ jitless: true });

/** Claim labels, in the order the UI lists them. */
export const LABELS = ['sourced', 'vague', 'unsourced', 'opinion'] as const;
export const LabelSchema = z.enum(LABELS);
export type Label = z.infer<typeof LabelSchema>;

/** CoNLL-2003 entity types. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const EntityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof EntityTypeSchema>;

const offset = z.number().int().nonnegative();

/** A half-open `[start, end)` range of UTF-16 offsets into `Analysis.text`. */
export const SpanSchema = z.object({ start: offset, end: offset });
export type Span = z.infer<typeof SpanSchema>;

export const TextSpanSchema = SpanSchema.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/** Why a label was given: each cue points at the words that decided it. */
export const CUE_KINDS = [
  'quote', // quotation marks around reported words
  'quote-continuation', // a quotation carried over from an earlier sentence
  'reporting-verb', // said, told, announced, wrote, estimated …
  'according-to', // "according to X"
  'document', // a named report, study, filing, data set or event
  'link', // a hyperlink to another document
  'vague-source', // "experts say", "officials said", "reports suggest" …
  'opinion', // evaluative or subjective wording
  'hedge', // may, might, could, likely, appears …
  'prediction', // will, expected to, is set to …
  'fact', // a checkable detail: number, date, named actor
] as const;
export const CueKindSchema = z.enum(CUE_KINDS);
export type CueKind = z.infer<typeof CueKindSchema>;

export const CueSchema = SpanSchema.extend({ kind: CueKindSchema });
export type Cue = z.infer<typeof CueSchema>;

export const SourceSchema = TextSpanSchema.extend({
  /** The entity the source resolves to, when the article names one. */
  entityId: z.string().optional(),
  /** For a link source: the address it points to. */
  href: z.string().optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/** What a sentence without a label is: the reason it is not a claim. */
export const NON_CLAIM_KINDS = ['heading', 'byline', 'caption', 'dateline', 'question', 'boilerplate', 'fragment'] as const;
export const NonClaimKindSchema = z.enum(NON_CLAIM_KINDS);
export type NonClaimKind = z.infer<typeof NonClaimKindSchema>;

export const SentenceSchema = TextSpanSchema.extend({
  label: LabelSchema.nullable(),
  /** Set when `label` is null: why the sentence is not a claim. */
  nonClaim: NonClaimKindSchema.optional(),
  /** The wording is evaluative, whoever it belongs to (an attributed opinion stays `sourced`). */
  subjective: z.boolean(),
  source: SourceSchema.optional(),
  cues: z.array(CueSchema),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const EntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  mentions: z.array(TextSpanSchema),
  /** What the article itself says the entity is ("the founder of Xiaomi"). */
  context: z.string().optional(),
  contextSpan: SpanSchema.optional(),
});
export type Entity = z.infer<typeof EntitySchema>;

/** A hyperlink inside the analysed text, passed in by the page. */
export const LinkSpanSchema = SpanSchema.extend({ href: z.string() });
export type LinkSpan = z.infer<typeof LinkSpanSchema>;

/** Structural hints from the page: which blocks are headings, captions, list items … */
export const BLOCK_KINDS = ['paragraph', 'heading', 'list-item', 'quote', 'caption'] as const;
export const BlockSpanSchema = SpanSchema.extend({ kind: z.enum(BLOCK_KINDS) });
export type BlockSpan = z.infer<typeof BlockSpanSchema>;

/**
 * What the page says about itself (metadata, JSON-LD, URL), passed in by the page layer or the CLI.
 * The engine reads it as a prior (a column is mostly opinion); the popup and export show it.
 */
export const PageMetaSchema = z.object({
  url: z.string().max(4096).optional(),
  title: z.string().max(1000).optional(),
  byline: z.string().max(1000).optional(),
  /** ISO 8601 where the page gives one. */
  published: z.string().max(100).optional(),
  siteName: z.string().max(300).optional(),
  /** `article:section`, or the section JSON-LD names ("Opinion", "Reviews"). */
  section: z.string().max(300).optional(),
  /** `og:type` ("article", "website"). */
  ogType: z.string().max(100).optional(),
  /** JSON-LD `@type` values of the page's main item ("NewsArticle", "OpinionNewsArticle", "ReviewNewsArticle"). */
  schemaTypes: z.array(z.string().max(100)).max(20).optional(),
});
export type PageMeta = z.infer<typeof PageMetaSchema>;

export const ANALYSIS_VERSION = 1;

/** What kind of article the text is: a report, the author's opinion (column, editorial, essay), or a review. */
export const ARTICLE_KINDS = ['news', 'opinion', 'review'] as const;
export const ArticleKindSchema = z.enum(ARTICLE_KINDS);
export type ArticleKind = z.infer<typeof ArticleKindSchema>;

export const AnalysisSchema = z.object({
  version: z.literal(ANALYSIS_VERSION),
  text: z.string(),
  sentences: z.array(SentenceSchema),
  entities: z.array(EntitySchema),
  /** The kind of article, from the page's own metadata and the text; the claim labels use it as a prior. */
  articleKind: ArticleKindSchema.optional(),
  /** The language whose pack analysed the text (ISO 639-1, "en", "de"). */
  language: z.string().regex(/^[a-z]{2}$/u).optional(),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

export const CountsSchema = z.object({
  sourced: z.number().int().nonnegative(),
  vague: z.number().int().nonnegative(),
  unsourced: z.number().int().nonnegative(),
  opinion: z.number().int().nonnegative(),
  entities: z.number().int().nonnegative(),
});
export type Counts = z.infer<typeof CountsSchema>;

/** A language pack's name lists file (`assets/public/languages/de/names.json`): names as written in text. */
const nameList = z.array(z.string().min(1).max(80)).max(20_000);
export const NameListsFileSchema = z.object({
  about: z.string(),
  firstNames: nameList,
  lastNames: nameList,
  places: nameList,
  /** Capitalised words the name model's training part writes mostly outside names ("Laien"): no name alone. */
  commonNouns: nameList,
});
export type NameListsFile = z.infer<typeof NameListsFileSchema>;
