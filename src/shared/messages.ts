import { z } from 'zod';
import { AnalysisSchema, BlockSpanSchema, EntityTypeSchema, LinkSpanSchema, PageMetaSchema } from './schema';
import { PageStateSchema, SummarySchema } from './page-state';

/**
 * Every message between our contexts, as one discriminated union. Receivers
 * parse with these schemas before acting, so a malformed or foreign message is
 * dropped at the boundary.
 */

/** The most an analyze request carries; the page layer cuts its request to fit (src/page/analysis-request.ts). */
export const MAX_ANALYZE_CHARS = 5_000_000;
export const MAX_ANALYZE_LINKS = 50_000;
export const MAX_ANALYZE_BLOCKS = 200_000;

/**
 * The languages the engine has a pack for: the codes of src/analysis/languages/supported.ts
 * (src/shared imports nothing outside itself, so a unit test keeps the two lists equal).
 */
export const LanguageCodeSchema = z.enum(['en', 'de']);

/** Content script → background: run the engine on the article's text. */
export const AnalyzeRequestSchema = z.object({
  type: z.literal('analyze'),
  text: z.string().max(MAX_ANALYZE_CHARS),
  links: z.array(LinkSpanSchema).max(MAX_ANALYZE_LINKS),
  blocks: z.array(BlockSpanSchema).max(MAX_ANALYZE_BLOCKS),
  /** What the page says about itself: the engine reads a column from a report by it. */
  meta: PageMetaSchema.optional(),
  /** The article's language as the page detected it; English when absent. */
  language: LanguageCodeSchema.optional(),
});
export type AnalyzeRequest = z.infer<typeof AnalyzeRequestSchema>;

/** Content script → background: the page's state changed (badge, popup). */
export const PageStatusSchema = z.object({ type: z.literal('page-status'), page: PageStateSchema });

/** Popup → content script. */
export const GetPageStateSchema = z.object({ type: z.literal('get-page-state') });
export const SetEnabledSchema = z.object({ type: z.literal('set-enabled'), enabled: z.boolean() });
export const JumpToSchema = z.object({
  type: z.literal('jump-to'),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('sentence'), index: z.number().int().nonnegative() }),
    z.object({ kind: z.literal('entity'), id: z.string() }),
  ]),
});
export const GetAnalysisSchema = z.object({ type: z.literal('get-analysis') });
/** Popup → content script: the reader wants a page that was not taken for an article analysed all the same. */
export const AnalyseAnywaySchema = z.object({ type: z.literal('analyse-anyway') });

/** Background → content script (keyboard commands, context menu). */
export const CommandSchema = z.object({
  type: z.literal('command'),
  command: z.enum(['toggle-marks', 'next-mark', 'previous-mark']),
});
export const ShowSelectionAnalysisSchema = z.object({
  type: z.literal('show-selection-analysis'),
  analysis: AnalysisSchema,
});

/**
 * Content script → background: context for the article's main entities. The
 * background answers from its offline gazetteer and, only when the reader has
 * turned lookups on (`online` and the stored setting both), from Wikipedia,
 * sending entity names only. The article's own description stays on the device:
 * it helps pick the right page.
 */
export const MAX_CONTEXT_ENTITIES = 20;
export const EntityContextRequestSchema = z.object({
  type: z.literal('entity-context'),
  online: z.boolean(),
  entities: z
    .array(
      z.object({
        id: z.string().max(100),
        name: z.string().min(1).max(120),
        type: EntityTypeSchema,
        context: z.string().max(500).optional(),
      }),
    )
    .max(MAX_CONTEXT_ENTITIES),
});
export type EntityContextRequest = z.infer<typeof EntityContextRequestSchema>;

export const EntityInfoSchema = z.object({
  /** From Sourcelight's offline gazetteer. */
  known: z.object({ name: z.string(), description: z.string(), type: EntityTypeSchema, source: z.string() }).optional(),
  /** From Wikipedia: plain text only, never HTML. */
  summary: z
    .object({
      title: z.string().max(300),
      description: z.string().max(300).optional(),
      extract: z.string().max(1200),
      url: z.string().url().startsWith('https://'),
      source: z.literal('Wikipedia'),
    })
    .optional(),
});
export type EntityInfo = z.infer<typeof EntityInfoSchema>;

export const EntityContextReplySchema = z.object({ info: z.record(z.string(), EntityInfoSchema) });
export type EntityContextReply = z.infer<typeof EntityContextReplySchema>;

/** The background's answer to a request from our own content script that it could not read (too large, malformed) or could not handle. */
export const RefusalSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Refusal = z.infer<typeof RefusalSchema>;

/** The engine's result, with the popup's summary of it made by the worker that made the analysis. */
export const AnalyzeReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), analysis: AnalysisSchema, summary: SummarySchema }),
  RefusalSchema,
]);
export type AnalyzeReply = z.infer<typeof AnalyzeReplySchema>;

const AcknowledgedSchema = z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), RefusalSchema]);

/**
 * Every message, by type: who receives it, what it carries and what comes
 * back. Receivers parse the request, senders parse the reply, both with these
 * schemas, so neither side acts on what it cannot read.
 */
export const MESSAGES = {
  analyze: { to: 'background', request: AnalyzeRequestSchema, reply: AnalyzeReplySchema },
  'page-status': { to: 'background', request: PageStatusSchema, reply: AcknowledgedSchema },
  'entity-context': { to: 'background', request: EntityContextRequestSchema, reply: z.union([EntityContextReplySchema, RefusalSchema]) },
  'get-page-state': { to: 'page', request: GetPageStateSchema, reply: PageStateSchema },
  'get-analysis': { to: 'page', request: GetAnalysisSchema, reply: AnalysisSchema.nullable() },
  'set-enabled': { to: 'page', request: SetEnabledSchema, reply: PageStateSchema },
  'jump-to': { to: 'page', request: JumpToSchema, reply: z.boolean() },
  'analyse-anyway': { to: 'page', request: AnalyseAnywaySchema, reply: PageStateSchema },
  command: { to: 'page', request: CommandSchema, reply: PageStateSchema },
  'show-selection-analysis': { to: 'page', request: ShowSelectionAnalysisSchema, reply: z.boolean() },
} as const satisfies Record<string, { to: 'background' | 'page'; request: z.ZodType<{ type: string }>; reply: z.ZodType }>;

type Messages = typeof MESSAGES;
export type MessageType = keyof Messages;
/** The background worker, or the content script in a tab's top frame. */
export type Receiver = Messages[MessageType]['to'];
export type MessageTo<R extends Receiver> = { [T in MessageType]: Messages[T]['to'] extends R ? T : never }[MessageType];
export type RequestOf<T extends MessageType> = z.infer<Messages[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<Messages[T]['reply']>;
