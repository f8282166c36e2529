import type { Entity, Span } from '../../shared/schema';
import type { Mention } from './types';
import { findContext } from './context';

/** Canonical form for matching variants: case, spacing, hyphens and possessives ignored. */
export function nameKey(name: string): string {
  return name
    .replace(/['’]s$/u, '')
    .replace(/[\s\-.]/gu, '')
    .toLowerCase();
}

/**
 * Groups mentions into entities: exact and spacing variants, and a lone surname
 * ("Lei") joining the full name seen earlier ("Lei Jun").
 */
export function buildEntities(text: string, mentions: Mention[], sentences: Span[]): Entity[] {
  const entities: Entity[] = [];
  const byKey = new Map<string, Entity>();
  const ordered = [...mentions].sort((a, b) => a.start - b.start);
  for (const mention of ordered) {
    const key = nameKey(mention.text);
    let entity = byKey.get(key) ?? findByNamePart(entities, mention);
    if (!entity) {
      entity = { id: `e${entities.length + 1}`, name: mention.text, type: mention.type, mentions: [] };
      entities.push(entity);
    }
    byKey.set(key, entity);
    entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
  }
  for (const entity of entities) {
    const context = findContext(text, entity, sentences);
    if (context) {
      entity.context = context.text;
      entity.contextSpan = { start: context.start, end: context.end };
    }
  }
  return entities;
}

function findByNamePart(entities: Entity[], mention: Mention): Entity | undefined {
  if (/\s/.test(mention.text)) return undefined;
  return entities.find(
    (e) => e.type === 'PER' && e.name.split(/\s+/).some((part) => part === mention.text),
  );
}
