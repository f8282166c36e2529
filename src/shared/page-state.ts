import { z } from 'zod';
import { CountsSchema, EntityTypeSchema, LabelSchema } from './schema';

/** The states of `<sourcelight-overlay data-state>`: the page test contract. */
export const PAGE_STATES = ['annotating', 'annotated', 'off', 'not-article', 'unsupported-language', 'error'] as const;
export const PageStateNameSchema = z.enum(PAGE_STATES);
export type PageStateName = z.infer<typeof PageStateNameSchema>;

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
  /** A sentence for the reader when the page is not annotated (not an article, other language, error). */
  message: z.string().optional(),
  /** Error details the reader can copy into a report; never sent anywhere automatically. */
  details: z.string().optional(),
  summary: SummarySchema.optional(),
  /** Milliseconds from the content script's start to marks on the page. */
  timing: z.object({ findArticleMs: z.number(), analyzeMs: z.number(), markMs: z.number() }).optional(),
});
export type PageState = z.infer<typeof PageStateSchema>;
