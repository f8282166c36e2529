import type { Detector, SentenceView } from '../types';

/** A list item line: "1.", "a)", "•", "-", "–" before the text. */
const LIST_MARKER = /^(?:\p{N}{1,3}[.)]|\p{Ll}[.)]|[•·*–-])\s/u;

/**
 * Statements and list items introduced by a colon after a speaker ("He said:"
 * followed by a bulleted or numbered list): each item that follows without a
 * frame of its own belongs to the speaker who introduced the list.
 */
export const colonListDetector: Detector = {
  name: 'colon-list',
  stage: 'quote',
  detect(sentence, article, discourse) {
    const last = discourse.lastSpeaker;
    // Only the sentence right after the introduction or after an item already given to the speaker: a walk of one.
    if (!last?.opensList || last.sentence !== sentence.index - 1) return [];
    if (article.frames(sentence.index).some((f) => !f.weak)) return [];
    const item = isListItem(sentence);
    const sameParagraph = article.sentences[last.sentence]!.paragraph === sentence.paragraph;
    if (!item && !sameParagraph) return [];
    return [{ detector: this.name, source: last.source, cues: [{ kind: 'quote-continuation', start: sentence.start, end: sentence.end }], at: sentence.start }];
  },
};

/** A line of a list: a list block's item, or text after a list marker. */
export function isListItem(sentence: SentenceView): boolean {
  return sentence.block?.kind === 'list-item' || LIST_MARKER.test(sentence.text.trimStart());
}
