import type { Mention } from '../entities/types';

/**
 * Drops a one-word mention that the language's data writes mostly outside names: German
 * capitalises every noun, and the tagger still takes some for names ("Laien", "Sex" where
 * GermEval's training part has them as plain words). Names of several words stand, and so does
 * the last word of one of them the article names in full: "die Bahn" after "Deutsche Bahn".
 */
export function withoutCommonNouns(mentions: readonly Mention[], commonNouns: ReadonlySet<string>): Mention[] {
  const shortForms = new Set(mentions.map((m) => m.text.split(/\s+/u)).filter((words) => words.length > 1).map((words) => words.at(-1)!));
  return mentions.filter((m) => !commonNouns.has(m.text) || shortForms.has(m.text));
}
