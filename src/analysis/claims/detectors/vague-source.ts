import { EVIDENT_TO, VAGUE_ADVERBS } from '../data/lexicons';
import { describeSource, phraseAfter } from '../noun-phrase';
import type { Attribution, Detector } from '../types';

/**
 * Attribution to no one in particular that no verb frame catches: "reportedly",
 * "allegedly", "it has become clear to researchers that …", "rumor has it".
 */
export const vagueSourceDetector: Detector = {
  name: 'vague-source',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.quoted) continue;
      if (VAGUE_ADVERBS.has(w.lower)) {
        found.push({ detector: this.name, source: { start: w.start, end: w.end, text: w.text, specific: false }, cues: [{ kind: 'vague-source', start: w.start, end: w.end }], at: w.start, weak: true });
        continue;
      }
      if ((w.lower === 'rumor' || w.lower === 'rumour' || w.lower === 'word') && words[i + 1]?.lower === 'has' && words[i + 2]?.lower === 'it') {
        const end = words[i + 2]!.end;
        found.push({ detector: this.name, source: { start: w.start, end, text: article.text.slice(w.start, end), specific: false }, cues: [{ kind: 'vague-source', start: w.start, end }], at: w.start, weak: true });
        continue;
      }
      if (EVIDENT_TO.has(w.lower) && words[i + 1]?.lower === 'to') {
        const phrase = phraseAfter(words, i + 2);
        if (!phrase) continue;
        let to = phrase.to;
        for (let j = phrase.from; j < phrase.to; j++) if (words[j]!.lower === 'that') to = j;
        if (to === phrase.from || words[to]?.lower !== 'that') continue;
        const source = describeSource(article, sentence, { from: phrase.from, to });
        if (!source) continue;
        found.push({ detector: this.name, source, cues: [{ kind: 'vague-source', start: w.start, end: words[i + 1]!.end }], at: w.start });
      }
    }
    return found;
  },
};
