import { ANALYSIS_VERSION, type Analysis, type BlockSpan, type LinkSpan } from '../shared/schema';
import { labelSentences } from './claims/label';
import { buildEntities } from './entities/build';
import { recognizeMentions } from './entities/recognize';
import { segmentSentences } from './segment';

export interface AnalyzeOptions {
  /** Hyperlinks in the text, as offsets; a claim carried by one is sourced to it. */
  links?: LinkSpan[];
  /** Block structure from the page (headings, list items, captions). */
  blocks?: BlockSpan[];
}

/** The whole engine: sentences, entities and claim labels for one article's text. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const spans = segmentSentences(text, { blocks: options.blocks ?? [] });
  const mentions = recognizeMentions(text, spans);
  const entities = buildEntities(text, mentions, spans);
  const sentences = labelSentences(text, spans, {
    mentions,
    links: options.links ?? [],
    blocks: options.blocks ?? [],
  });
  for (const sentence of sentences) {
    const source = sentence.source;
    if (!source) continue;
    const entity = entities.find((e) => e.mentions.some((m) => m.start < source.end && source.start < m.end));
    if (entity) source.entityId = entity.id;
  }
  return { version: ANALYSIS_VERSION, text, sentences, entities };
}
