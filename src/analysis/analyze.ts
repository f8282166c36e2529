import { ANALYSIS_VERSION, type Analysis, type BlockSpan, type Entity, type LinkSpan, type PageMeta, type Sentence } from '../shared/schema';
import { buildEntities } from './entities/build';
import type { Mention } from './entities/types';
import { retypeKnown } from './knowledge';
import { languagePack } from './languages';
import { segmentSentences } from './segment';
import { firstEndingAfter } from './spans';

export interface AnalyzeOptions {
  /** Hyperlinks in the text, as offsets; a claim carried by one is sourced to it. */
  links?: LinkSpan[];
  /** Block structure from the page (headings, list items, captions). */
  blocks?: BlockSpan[];
  /** What the page says about itself; the claim labels use it as a prior on the kind of article. */
  meta?: PageMeta;
  /** The text's language (ISO 639-1), whose pack must be loaded (`loadLanguagePack`); English by default. */
  language?: string;
}

/**
 * The whole engine, stage by stage, in the text's language: sentences; name mentions;
 * entities (merged, described by the article, types corrected by the offline gazetteer);
 * claim labels, whose sources are then resolved to entities.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const pack = languagePack(options.language ?? 'en');
  const spans = segmentSentences(text, { blocks: options.blocks ?? [], segmentation: pack.segmentation });
  const entities = retypeKnown(buildEntities(text, pack.names.recognize(text, spans), spans));
  const mentions = mentionsOf(entities);
  const { sentences, articleKind } = pack.claims.label(text, spans, {
    mentions,
    links: options.links ?? [],
    blocks: options.blocks ?? [],
    ...(options.meta ? { meta: options.meta } : {}),
  });
  resolveSources(sentences, mentions);
  return { version: ANALYSIS_VERSION, text, sentences, entities, articleKind, language: pack.code };
}

/** Every entity's mentions with the entity's final type, in text order. */
function mentionsOf(entities: readonly Entity[]): Array<Mention & { entityId: string }> {
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: e.type, entityId: e.id })))
    .sort((a, b) => a.start - b.start);
}

/**
 * Points each source at the entity one of whose mentions it overlaps (binary search: articles can be long). A
 * person named in the source is the speaker and the organisations beside them are titles or affiliations:
 * "Cambridge Police Commissioner Christine Elow", "Christine Elow of the Cambridge Police"; else the first.
 */
function resolveSources(sentences: Sentence[], mentions: ReadonlyArray<Mention & { entityId: string }>): void {
  for (const { source } of sentences) {
    if (!source) continue;
    // Mentions do not overlap one another: those in the source run on from the first that ends after it starts.
    const first = firstEndingAfter(mentions, source.start);
    let chosen = mentions[first];
    if (!chosen || chosen.start >= source.end) continue;
    for (let k = first; k < mentions.length && mentions[k]!.start < source.end && chosen.type !== 'PER'; k++) if (mentions[k]!.type === 'PER') chosen = mentions[k]!;
    source.entityId = chosen.entityId;
  }
}
