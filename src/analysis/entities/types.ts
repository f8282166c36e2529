import type { EntityType, Span } from '../../shared/schema';

/** One recognised name in the text, before mentions are merged into entities. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
}
