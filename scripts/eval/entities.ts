/**
 * Scores entities against hand-labelled articles: typed mention precision and
 * recall, alias groups merged into one entity, wrong merges, and contexts found.
 *
 *   tsx scripts/eval/entities.ts ../shared/fixtures/seed ../shared/labelled
 */
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/analysis/analyze';
import { type Analysis, ENTITY_TYPES } from '../../src/shared/schema';
import { type GoldArticle, readGoldArticles } from './gold';

export interface EntityRow {
  article: string;
  /** Distinct (mention text, type) pairs in gold, in the prediction, and in both. */
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Gold entities written more than one way, and those whose mentions all landed in one predicted entity. */
  aliasGroups: number;
  aliasMerged: number;
  /** Predicted entities holding mentions of two different gold entities. */
  wrongMerges: number;
  /** Gold contexts, and those the predicted entity's context matches. */
  contexts: number;
  contextsFound: number;
  /** The same pair counts per entity type: [gold, predicted, matched]. */
  byType: Record<string, [number, number, number]>;
}

type GoldEntity = GoldArticle['gold']['entities'][number];

// Gold lists "Mr. McHugh" and "McHugh" for the same words: an honorific is a boundary convention, so scoring ignores it;
// so is a handle's "@" (gold has both "@NelsonSchwartz" and "Uber_Sydney").
const normalise = (text: string): string =>
  text
    .replace(/\u00ad/gu, '')
    .replace(/[‘’]/gu, "'")
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^(?:mr|mrs|ms|mx|dr|prof)\.?\s+(?=\S)/iu, '')
    .replace(/^@(?=\S)/u, '')
    .toLowerCase();

function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A predicted context matches when either text contains the other, or it holds
 * most of the gold context's words (a note in parentheses in the gold is ignored).
 */
export function contextMatches(predicted: string | undefined, gold: string): boolean {
  if (!predicted) return false;
  const goldText = normalise(gold.replace(/\s*\(from .*\)$/u, ''));
  const ours = normalise(predicted);
  if (ours.includes(goldText) || goldText.includes(ours)) return true;
  const have = new Set(words(ours));
  const needed = words(goldText);
  return needed.filter((w) => have.has(w)).length >= 0.6 * needed.length;
}

function owner(analysis: Analysis, entity: GoldEntity): Analysis['entities'][number] | undefined {
  const texts = new Set(entity.mentions.map(normalise));
  return analysis.entities.find((e) => e.mentions.some((m) => texts.has(normalise(m.text))));
}

function scoreArticle(article: GoldArticle, analysis: Analysis): EntityRow {
  const goldEntities = article.gold.entities;
  const goldPairs = new Set(goldEntities.flatMap((e) => e.mentions.map((m) => `${e.type}|${normalise(m)}`)));
  const predictedPairs = new Set(analysis.entities.flatMap((e) => e.mentions.map((m) => `${e.type}|${normalise(m.text)}`)));
  const matched = [...predictedPairs].filter((p) => goldPairs.has(p)).length;
  const byType: EntityRow['byType'] = {};
  for (const type of ENTITY_TYPES) {
    const ofType = (pairs: Set<string>) => [...pairs].filter((p) => p.startsWith(`${type}|`));
    byType[type] = [ofType(goldPairs).length, ofType(predictedPairs).length, ofType(predictedPairs).filter((p) => goldPairs.has(p)).length];
  }

  const multi = goldEntities.filter((e) => new Set(e.mentions.map(normalise)).size > 1);
  const aliasMerged = multi.filter((e) => {
    const texts = new Set(e.mentions.map(normalise));
    return analysis.entities.some((p) => {
      const ours = new Set(p.mentions.map((m) => normalise(m.text)));
      return [...texts].every((t) => ours.has(t));
    });
  }).length;

  const goldOf = new Map<string, number>();
  goldEntities.forEach((e, i) => e.mentions.forEach((m) => goldOf.set(normalise(m), i)));
  const wrongMerges = analysis.entities.filter((p) => {
    const ids = new Set(p.mentions.flatMap((m) => goldOf.get(normalise(m.text)) ?? []));
    return ids.size > 1;
  }).length;

  const withContext = goldEntities.filter((e) => e.context);
  const contextsFound = withContext.filter((e) => contextMatches(owner(analysis, e)?.context, e.context!)).length;

  return {
    article: article.name,
    gold: goldPairs.size,
    predicted: predictedPairs.size,
    matched,
    precision: predictedPairs.size ? matched / predictedPairs.size : 0,
    recall: goldPairs.size ? matched / goldPairs.size : 0,
    aliasGroups: multi.length,
    aliasMerged,
    wrongMerges,
    contexts: withContext.length,
    contextsFound,
    byType,
  };
}

export function entityReport(
  articles: GoldArticle[],
  analyzeText: (text: string) => Analysis,
): { markdown: string; rows: EntityRow[] } {
  const rows = articles.map((article) => scoreArticle(article, analyzeText(article.text)));
  const sum = (key: keyof EntityRow) => rows.reduce((n, r) => n + (r[key] as number), 0);
  const total: EntityRow = {
    article: 'all',
    gold: sum('gold'),
    predicted: sum('predicted'),
    matched: sum('matched'),
    precision: sum('predicted') ? sum('matched') / sum('predicted') : 0,
    recall: sum('gold') ? sum('matched') / sum('gold') : 0,
    aliasGroups: sum('aliasGroups'),
    aliasMerged: sum('aliasMerged'),
    wrongMerges: sum('wrongMerges'),
    contexts: sum('contexts'),
    contextsFound: sum('contextsFound'),
    byType: Object.fromEntries(
      ENTITY_TYPES.map((t) => [t, [0, 1, 2].map((k) => rows.reduce((n, r) => n + r.byType[t]![k]!, 0)) as [number, number, number]]),
    ),
  };
  const pct = (x: number) => (100 * x).toFixed(1);
  const line = (r: EntityRow) =>
    `| ${r.article} | ${pct(r.precision)} | ${pct(r.recall)} | ${r.matched}/${r.gold} | ${r.aliasMerged}/${r.aliasGroups} | ${r.wrongMerges} | ${r.contextsFound}/${r.contexts} |`;
  const markdown = [
    '| article | typed mention precision | typed mention recall | matched/gold | alias groups merged | wrong merges | contexts found |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(line),
    ...(rows.length > 1 ? [line(total)] : []),
    '',
    '| article | ' + ENTITY_TYPES.map((t) => `${t} P / R (matched/gold)`).join(' | ') + ' |',
    '|---|' + ENTITY_TYPES.map(() => '---|').join(''),
    ...[...rows, ...(rows.length > 1 ? [total] : [])].map(
      (r) =>
        `| ${r.article} | ` +
        ENTITY_TYPES.map((t) => {
          const [gold, predicted, hit] = r.byType[t]!;
          return `${predicted ? pct(hit / predicted) : '–'} / ${gold ? pct(hit / gold) : '–'} (${hit}/${gold})`;
        }).join(' | ') +
        ' |',
    ),
  ].join('\n');
  return { markdown, rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: tsx scripts/eval/entities.ts PATH...');
  console.log(entityReport(paths.flatMap(readGoldArticles), (text) => analyze(text)).markdown);
}
