import { PUBLISHING_PARTICIPLES } from '../data/lexicons';
import { describeSource, phraseAfter } from '../noun-phrase';
import type { Attribution, Detector } from '../types';
import { ACCORDING_LEADS } from '../data/frame-words';


/**
 * "According to X", "per X", "citing X", "in the words of X". When X is a document followed by
 * ", published by Y", Y is the source and the document is remembered for "the report" later.
 */
export const accordingToDetector: Detector = {
  name: 'according-to',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const lead = words[i]!;
      if (lead.quoted || !ACCORDING_LEADS.has(lead.lower)) continue;
      const from = lead.lower === 'according' || lead.lower === 'words' ? i + 2 : i + 1;
      if (lead.lower === 'according' && words[i + 1]?.lower !== 'to') continue;
      // "in the words of the Crown prosecutor, Mark Tedeschi"
      if (lead.lower === 'words' && !(words[i - 2]?.lower === 'in' && words[i - 1]?.lower === 'the' && words[i + 1]?.lower === 'of')) continue;
      if (lead.lower === 'per' && !/^\p{Lu}/u.test(words[from]?.text ?? '') && words[from]?.lower !== 'the') continue;
      const phrase = phraseAfter(words, from);
      if (!phrase) continue;
      const named = describeSource(article, sentence, phrase);
      if (!named) continue;
      let publisher: ReturnType<typeof describeSource>;
      const comma = words[phrase.to];
      if (comma?.text === ',' && PUBLISHING_PARTICIPLES.has(words[phrase.to + 1]?.lower ?? '') && words[phrase.to + 2]?.lower === 'by') {
        const by = phraseAfter(words, phrase.to + 3);
        publisher = by && describeSource(article, sentence, by);
      }
      found.push({
        detector: this.name,
        source: publisher ?? named,
        cues: [{ kind: 'according-to', start: lead.start, end: words[from - 1]!.end }],
        at: lead.start,
        ...(publisher ? { introduces: publisher } : {}),
      });
    }
    return found;
  },
};
