import type { Entity, EntityType, Span } from '../../shared/schema';
import { findContext } from './context';
import { ORGANIZATION_NOUNS, PERSON_NOUNS } from './data/titles';
import { groupMentions, type MentionGroup } from './merge';
import { isAcronym, nameWords } from './names';
import type { Mention } from './types';

/**
 * Entities from mentions: mentions that name one thing are merged (see
 * `groupMentions`), each entity named by its fullest mention, given what the
 * article says it is, and typed by that description when its head noun tells
 * ("a Chinese space technology company"), else by the majority of its mentions.
 */
export function buildEntities(text: string, mentions: Mention[], sentences: Span[]): Entity[] {
  return groupMentions(text, mentions).map((group, i) => {
    const entity: Entity = {
      id: `e${i + 1}`,
      name: nameOf(group),
      type: typeOf(group),
      mentions: group.mentions.map(({ start, end, text: mentionText }) => ({ start, end, text: mentionText })),
    };
    const context = findContext(text, entity, sentences);
    if (context) {
      entity.context = context.text;
      entity.contextSpan = { start: context.start, end: context.end };
      entity.type = typeOfDescription(context.text) ?? entity.type;
    }
    return entity;
  });
}

/** The mention with the most words, earliest first, spelled out rather than an acronym. */
function nameOf(group: MentionGroup): string {
  const spelled = group.mentions.filter((m) => !isAcronym(m.text));
  const candidates = spelled.length > 0 ? spelled : group.mentions;
  const best = candidates.reduce((a, b) => (nameWords(b.text).length > nameWords(a.text).length ? b : a));
  return nameWords(best.text).join(' ');
}

function typeOf(group: MentionGroup): EntityType {
  const votes = new Map<EntityType, number>();
  for (const m of group.mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  let best = group.mentions[0]!.type;
  for (const [type, count] of votes) if (count > votes.get(best)!) best = type;
  return best;
}

const AFTER_HEAD = new Set(['of', 'at', 'in', 'for', 'with', 'who', 'that', 'which', 'from', 'on', 'to', 'and', 'based', 'since']);

/** "the founder of Xiaomi" → PER, "whale rescue group" → ORG: the type its head noun implies, if any. */
function typeOfDescription(description: string): EntityType | undefined {
  const words = description.toLowerCase().split(/\s+/u);
  const cut = words.findIndex((w) => AFTER_HEAD.has(w));
  const head = (cut < 0 ? words : words.slice(0, cut)).at(-1)?.replace(/['’]s$|[^\p{L}-]/gu, '');
  if (!head) return undefined;
  if (ORGANIZATION_NOUNS.has(head)) return 'ORG';
  if (PERSON_NOUNS.has(head)) return 'PER';
  return undefined;
}
