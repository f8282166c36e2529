/**
 * Reads hand-labelled articles: a folder with `article.txt` and `gold.json`
 * (the format of shared/fixtures/seed and shared/labelled, see the annotation guide).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES, LABELS } from '../../src/shared/schema';

const SpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });

export const GoldSchema = z.object({
  sentences: z.array(
    SpanSchema.extend({
      label: z.enum(LABELS),
      alsoAcceptable: z.array(z.enum(LABELS)).default([]),
      source: z.string().nullish(),
    }),
  ),
  headings: z.array(SpanSchema).default([]),
  nonClaims: z.array(SpanSchema.extend({ kind: z.string().optional() }).passthrough()).default([]),
  entities: z
    .array(
      z.object({
        name: z.string(),
        type: z.enum(ENTITY_TYPES),
        mentions: z.array(z.string()),
        context: z.string().nullish(),
      }),
    )
    .default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

export interface GoldArticle {
  name: string;
  text: string;
  gold: Gold;
}

export function readGoldArticle(folder: string): GoldArticle {
  const text = readFileSync(join(folder, 'article.txt'), 'utf8');
  const gold = GoldSchema.parse(JSON.parse(readFileSync(join(folder, 'gold.json'), 'utf8')));
  return { name: basename(folder), text, gold };
}

/** A gold folder, or a folder of gold folders (shared/labelled), in name order. */
export function readGoldArticles(path: string): GoldArticle[] {
  if (existsSync(join(path, 'gold.json'))) return [readGoldArticle(path)];
  return readdirSync(path)
    .filter((name) => statSync(join(path, name)).isDirectory() && existsSync(join(path, name, 'gold.json')))
    .sort()
    .map((name) => readGoldArticle(join(path, name)));
}
