import type { EntityType } from '../../shared/schema';

/** IOB2 tags the model predicts, in weight-table column order. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, i) => [tag, i]));

export function tagIndex(tag: string): number {
  const index = TAG_INDEX.get(tag);
  if (index === undefined) throw new Error(`Unknown tag ${tag}`);
  return index;
}

/** The entity type of a tag index, or undefined for O. */
export function tagType(index: number): EntityType | undefined {
  const tag = TAGS[index];
  return tag === undefined || tag === 'O' ? undefined : (tag.slice(2) as EntityType);
}

/** IOB2 forbids I-X unless the previous tag is B-X or I-X. */
export function isAllowedTransition(previous: number | undefined, next: number): boolean {
  const tag = TAGS[next]!;
  if (!tag.startsWith('I-')) return true;
  if (previous === undefined) return false;
  return TAGS[previous]!.slice(2) === tag.slice(2);
}

/** A typed span over token indices, `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
  type: string;
}

/**
 * Entity spans from a tag sequence, by conlleval's chunk rules, so IOB1 and IOB2
 * input read the same: a chunk starts at B-X, or at I-X after a tag of another type.
 */
export function spansFromTags(tags: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | undefined;
  // A plain loop without a [prefix, type] pair per tag: this runs over every token twice.
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const outside = tag === 'O' || tag === '';
    const prefix = outside ? 'O' : tag.slice(0, 1);
    const type = outside ? '' : tag.slice(2);
    if (open !== undefined && prefix === 'I' && open.type === type) {
      open.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = prefix === 'O' ? undefined : { start: i, end: i + 1, type };
  }
  if (open) spans.push(open);
  return spans;
}

/** IOB2 tags for spans over `length` tokens. */
export function tagsFromSpans(spans: readonly TokenSpan[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill('O');
  for (const span of spans) {
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? 'B' : 'I'}-${span.type}`;
  }
  return tags;
}
