import { z } from 'zod';
import { CountsSchema, EntityTypeSchema, LabelSchema, PageMetaSchema } from './schema';

/** The states of `<sourcelight-overlay data-state>`: the page test contract. */
export const PAGE_STATES = ['annotating', 'annotated', 'off', 'not-article', 'unsupported-language', 'error'] as const;
export const PageStateNameSchema = z.enum(PAGE_STATES);
export type PageStateName = z.infer<typeof PageStateNameSchema>;

/**
 * Why a page was not taken for an article, one code per cause, so that the popup
 * can say it in the reader's language: the page has no text, no long prose (before
 * extraction), no main text found, extraction failed; or the verdict's causes (a
 * front or section address, a list of posts, teasers of other pages, a page that
 * declares another kind, mostly links, little prose, nothing marking an article and short text).
 */
export const NOT_ARTICLE_REASONS = [
  'no-text', 'short-prose', 'no-main-text', 'failed',
  'front-page', 'listing', 'teasers', 'declared-other', 'mostly-links', 'little-prose', 'no-signal',
] as const;
export const NotArticleReasonSchema = z.enum(NOT_ARTICLE_REASONS);
export type NotArticleReason = z.infer<typeof NotArticleReasonSchema>;

/** What the popup shows: small, derived from an Analysis, safe to keep per tab. */
export const SummarySchema = z.object({
  counts: CountsSchema,
  sources: z.array(
    z.object({
      name: z.string(),
      role: z.string().optional(),
      label: LabelSchema,
      claims: z.number().int().positive(),
      /** Index of the first sentence citing this source, to jump to. */
      sentence: z.number().int().nonnegative(),
    }),
  ),
  entities: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      type: EntityTypeSchema,
      context: z.string().optional(),
      mentions: z.number().int().positive(),
    }),
  ),
  claimsToCheck: z.array(z.object({ sentence: z.number().int().nonnegative(), text: z.string() })),
});
export type Summary = z.infer<typeof SummarySchema>;

export const PageStateSchema = z.object({
  state: PageStateNameSchema,
  url: z.string(),
  title: z.string().optional(),
  /** What the page says about itself (headline, byline, date, site), shown in the popup and the export. */
  meta: PageMetaSchema.optional(),
  /** A sentence for the reader when the page is not annotated (not an article, other language, error). */
  message: z.string().optional(),
  /** For a page in no language Sourcelight analyses: its text is too short to tell which language it is in. */
  languageUnclear: z.literal(true).optional(),
  /** For a page not taken for an article: its causes, which the popup words in the reader's language. */
  reasons: z.array(NotArticleReasonSchema).max(NOT_ARTICLE_REASONS.length).optional(),
  /** Error details the reader can copy into a report; never sent anywhere automatically. */
  details: z.string().optional(),
  summary: SummarySchema.optional(),
  /** Milliseconds from the content script's start to marks on the page. */
  timing: z.object({ findArticleMs: z.number(), analyzeMs: z.number(), markMs: z.number() }).optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;

/** Where the background keeps a tab's page state in session storage (src/background/tab-states.ts). */
export const tabStateKey = (tabId: number) => `tab:${tabId}`;

/** The most of a page's state kept in storage per tab: the popup asks the page itself for the whole of it. */
export const STORED_LIMITS = { text: 300, list: 20, url: 2_000, details: 2_000 } as const;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A page's state as stored for its tab: every text clipped and every list
 * capped, so that a handful of huge pages cannot fill session storage (10 MB)
 * and make the next tab's write fail.
 */
export function storedPageState(page: PageState): PageState {
  const { text, list } = STORED_LIMITS;
  const summary = page.summary && {
    ...page.summary,
    sources: page.summary.sources.slice(0, list).map((s) => ({ ...s, name: clip(s.name, text), ...(s.role !== undefined ? { role: clip(s.role, text) } : {}) })),
    entities: page.summary.entities.slice(0, list).map((e) => ({ ...e, name: clip(e.name, text), ...(e.context !== undefined ? { context: clip(e.context, text) } : {}) })),
    claimsToCheck: page.summary.claimsToCheck.slice(0, list).map((c) => ({ ...c, text: clip(c.text, text) })),
  };
  return {
    ...page,
    url: clip(page.url, STORED_LIMITS.url),
    ...(page.title !== undefined ? { title: clip(page.title, text) } : {}),
    ...(page.message !== undefined ? { message: clip(page.message, text) } : {}),
    ...(page.details !== undefined ? { details: clip(page.details, STORED_LIMITS.details) } : {}),
    ...(summary ? { summary } : {}),
  };
}
