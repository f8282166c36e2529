import type { Entity, EntityType, Span } from '../../shared/schema';
import { descriptionHead, findContext, typesOfHead } from './context';
import { decideType } from './entity-type';
import { groupMentions, type MentionGroup } from './merge';
import { isAcronym, nameWords } from './names';
import type { Mention } from './types';

/**
 * Entities from mentions: mentions that name one thing are merged (see
 * `groupMentions`), each entity named by its fullest mention and typed once for
 * all its mentions (see `decideType`), then given what the article says it is.
 * A description's head noun may settle a type the mentions left open ("a
 * Chinese space technology company"); one that contradicts a sure type is not
 * about this entity and is dropped.
 */
export function buildEntities(text: string, mentions: Mention[], sentences: Span[]): Entity[] {
  const names = [...mentions].sort((a, b) => a.start - b.start);
  return groupMentions(text, mentions).map((group, i) => {
    const name = nameOf(group);
    const decided = decideType(text, name, group.mentions);
    const entity: Entity = {
      id: `e${i + 1}`,
      name,
      type: decided.type,
      mentions: group.mentions.map(({ start, end, text: mentionText }) => ({ start, end, text: mentionText })),
    };
    const context = findContext(text, entity, sentences, !decided.sure, names);
    if (context) {
      const described = decided.sure ? undefined : typeOfDescription(context.text);
      entity.context = context.text;
      entity.contextSpan = { start: context.start, end: context.end };
      entity.type = described ?? entity.type;
    }
    return entity;
  });
}

/** The mention with the most words, earliest first, spelled out rather than an acronym. */
function nameOf(group: MentionGroup): string {
  const spelled = group.mentions.filter((m) => !isAcronym(m.text));
  const candidates = spelled.length > 0 ? spelled : group.mentions;
  // Of mentions as long, one in ordinary case over a dateline's or heading's capitals ("NAPA COUNTY, Calif." then "Napa County").
  const better = (a: Mention, b: Mention) => nameWords(b.text).length - nameWords(a.text).length || Number(isAllCaps(a.text) && !isAllCaps(b.text));
  const best = candidates.reduce((a, b) => (better(a, b) > 0 ? b : a));
  return nameWords(best.text).join(' ');
}

const isAllCaps = (name: string) => !/\p{Ll}/u.test(name);

/** "the founder of Xiaomi" → PER, "whale rescue group" → ORG: the one type its head noun implies, if any. */
function typeOfDescription(description: string): EntityType | undefined {
  const head = descriptionHead(description);
  const types = head ? typesOfHead(head, false) : new Set<EntityType>();
  return types.size === 1 ? [...types][0] : undefined;
}
