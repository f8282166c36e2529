import type { Entity, Span, TextSpan } from '../../shared/schema';

const APPOSITIVE = /^,\s+((?:the|a|an|its|his|her)\s[^,.;:]{3,80}?)(?:,|\.|;)/u;
const TITLE_BEFORE = /(?:^|\s)((?:\p{L}+\s){0,3}?(?:expert|founder|chairman|director|president|minister|spokesman|spokeswoman|analyst|professor|CEO|chief))\s$/u;

/**
 * What the article itself says an entity is, preferring an appositive at a
 * mention ("Lei Jun, the founder of Xiaomi,") then a title just before it
 * ("China expert Li Yanming").
 */
export function findContext(text: string, entity: Entity, _sentences: Span[]): TextSpan | undefined {
  for (const mention of entity.mentions) {
    const after = text.slice(mention.end, mention.end + 100);
    const appositive = APPOSITIVE.exec(after);
    if (appositive) {
      const start = mention.end + after.indexOf(appositive[1]!);
      return { start, end: start + appositive[1]!.length, text: appositive[1]! };
    }
    const before = text.slice(Math.max(0, mention.start - 60), mention.start);
    const title = TITLE_BEFORE.exec(before);
    if (title) {
      const start = mention.start - before.length + before.lastIndexOf(title[1]!);
      return { start, end: start + title[1]!.length, text: title[1]! };
    }
  }
  return undefined;
}
