import type { EntityType, Span } from '../../shared/schema';
import { modelWord } from '../entities/model-input';
import { tagDocument } from '../entities/tag-document';
import { spansFromTags } from '../entities/tags';
import type { Mention } from '../entities/types';
import type { TaggerWeights } from '../entities/viterbi';
import { tokenize } from '../tokenize';

/**
 * Name mentions as a language's tagger reads them, with no corrections on top: the
 * English stage's corrections (leading function words, title-case headings, name
 * heads) lean on English word lists, so a pack without such lists takes the model's
 * spans as they are. The article is one document, each sentence seeing how earlier ones were tagged.
 */
export function taggedMentions(weights: TaggerWeights, text: string, sentences: readonly Span[]): Mention[] {
  const tokens = sentences.map((s) => tokenize(text, s.start, s.end));
  const tags = tagDocument(
    weights,
    tokens.map((sentence) => sentence.map((t) => modelWord(t.text))),
  );
  return tokens.flatMap((sentence, s) =>
    spansFromTags(tags[s]!).map((span) => {
      const start = sentence[span.start]!.start;
      const end = sentence[span.end - 1]!.end;
      return { start, end, text: text.slice(start, end), type: span.type as EntityType };
    }),
  );
}
