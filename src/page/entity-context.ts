import { MAX_CONTEXT_ENTITIES, type EntityContextRequest, type EntityInfo } from '../shared/messages';
import { sendToBackground } from '../shared/messaging';
import type { Analysis } from '../shared/schema';

/** The article's most-mentioned entities, as the background needs them to describe each: name, type, the article's own words. */
export function mainEntities(analysis: Analysis): EntityContextRequest['entities'] {
  return analysis.entities
    .map((entity, order) => ({ entity, order }))
    .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length || a.order - b.order)
    .slice(0, MAX_CONTEXT_ENTITIES)
    .map(({ entity: e }) => ({ id: e.id, name: e.name.slice(0, 120), type: e.type, ...(e.context ? { context: e.context.slice(0, 500) } : {}) }))
    .filter((e) => e.name.trim().length > 1 && e.id.length <= 100);
}

/**
 * Asks the background what it knows of these entities: its offline gazetteer,
 * and with `online` Wikipedia summaries (the background checks the reader's
 * setting itself before any request). Undefined when it has no valid answer.
 */
export async function requestEntityContext(entities: EntityContextRequest['entities'], online: boolean): Promise<Record<string, EntityInfo> | undefined> {
  if (entities.length === 0) return undefined;
  const request: EntityContextRequest = { type: 'entity-context', online, entities };
  const reply = await sendToBackground(request);
  return reply && 'info' in reply ? reply.info : undefined;
}
