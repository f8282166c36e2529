import { AUTHOR_VOICE_WORDS, ELABORATING_OPENERS } from '../data/reporting-verbs';
import type { Detector } from '../types';
import { isAcronym } from '../words';

/**
 * Indirect speech that goes on without quotation marks: after "X says (that) …", the next sentence of the same
 * prose paragraph that opens by elaborating what was said ("For example, …", "In other words, …") is still X's.
 * A walk of one: each sentence given to X lets the next one continue, and the first sentence without such an
 * opening ends the report; a sentence in the author's own "I"/"we"/"you", a heading, list, caption or quotation
 * block never continues one.
 */
export const reportedContinuationDetector: Detector = {
  name: 'reported-continuation',
  stage: 'quote',
  detect(sentence, article, discourse) {
    const last = discourse.lastSpeaker;
    if (!last?.reported || last.sentence !== sentence.index - 1) return [];
    if (article.sentences[last.sentence]!.paragraph !== sentence.paragraph) return [];
    if (sentence.block && sentence.block.kind !== 'paragraph') return [];
    if (article.frames(sentence.index).some((f) => !f.weak) || article.quotations.within(sentence).length > 0) return [];
    if (/\?\s*$/u.test(sentence.text)) return [];
    const own = sentence.words.filter((w) => !w.quoted && /^[\p{L}']/u.test(w.text));
    if (own.some((w) => AUTHOR_VOICE_WORDS.has(w.lower) && !isAcronym(w))) return [];
    const opener = ELABORATING_OPENERS.find((words) => words.every((word, i) => own[i]?.lower === word));
    if (!opener) return [];
    const end = own[opener.length - 1]!.end;
    return [{ detector: this.name, source: last.source, cues: [{ kind: 'quote-continuation', start: own[0]!.start, end }], at: sentence.start }];
  },
};
