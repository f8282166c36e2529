import { EVIDENT_TO, INFORMED_PARTICIPLES, TOLD_SUBJECTS, VAGUE_ADVERBS } from '../data/lexicons';
import type { Word } from '../words';
import { describeSource, phraseAfter } from '../noun-phrase';
import type { Attribution, Detector } from '../types';
import { NOT_TOLD_CONTENT } from '../data/frame-words';

/**
 * Attribution to no one in particular that no verb frame catches: "reportedly",
 * "allegedly", "it has become clear to researchers that …", "rumor has it",
 * "we're told", "TMZ has learned".
 */
export const vagueSourceDetector: Detector = {
  name: 'vague-source',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.quoted || !OPENING_WORDS.has(w.lower)) continue;
      if (VAGUE_ADVERBS.has(w.lower)) {
        found.push({ detector: this.name, source: { start: w.start, end: w.end, text: w.text, specific: false }, cues: [{ kind: 'vague-source', start: w.start, end: w.end }], at: w.start, weak: true });
        continue;
      }
      if ((w.lower === 'rumor' || w.lower === 'rumour' || w.lower === 'word') && words[i + 1]?.lower === 'has' && words[i + 2]?.lower === 'it') {
        const end = words[i + 2]!.end;
        found.push({ detector: this.name, source: { start: w.start, end, text: article.text.slice(w.start, end), specific: false }, cues: [{ kind: 'vague-source', start: w.start, end }], at: w.start, weak: true });
        continue;
      }
      const informed = INFORMED_PARTICIPLES.has(w.lower) ? informedFrom(words, i) : undefined;
      if (informed !== undefined) {
        const start = words[informed]!.start;
        found.push({ detector: this.name, source: { start, end: w.end, text: article.text.slice(start, w.end), specific: false }, cues: [{ kind: 'vague-source', start, end: w.end }], at: start });
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

/** Every word a frame below can turn on: one look-up skips all the others. */
const OPENING_WORDS: ReadonlySet<string> = new Set([...VAGUE_ADVERBS, 'rumor', 'rumour', 'word', ...INFORMED_PARTICIPLES, ...EVIDENT_TO]);

/**
 * Where "we're told", "we are told", "I have been told" or "TMZ has learned" starts, if word `i`
 * ends one: the author or a named outlet informed by no one named, reporting what follows.
 */
function informedFrom(words: Word[], i: number): number | undefined {
  const next = words[i + 1];
  if (next && NOT_TOLD_CONTENT.has(next.lower)) return undefined;
  let j = i - 1;
  let auxiliaries = 0;
  while (j >= 0 && j >= i - 3 && /^(?:are|am|is|was|were|been|have|has|'re|'m|'ve|'s)$/u.test(words[j]!.lower)) {
    auxiliaries++;
    j--;
  }
  const subject = words[j];
  if (!subject) return undefined;
  const contracted = /^(?:we|i)['’](?:re|m|ve)$/u.test(subject.lower);
  if (TOLD_SUBJECTS.has(subject.lower) && (auxiliaries > 0 || contracted) && words[i]!.lower !== 'learned' && words[i]!.lower !== 'learnt') return j;
  // "TMZ has learned": an outlet's own reporting from unnamed sources.
  const learned = (words[i]!.lower === 'learned' || words[i]!.lower === 'learnt') && /^ha(?:s|ve)$/u.test(words[i - 1]?.lower ?? '');
  if (!learned || !(subject.lower === 'we' || /^\p{Lu}/u.test(subject.text)) || !(!next || /^[,.;]$/u.test(next.text) || next.lower === 'that')) return undefined;
  // The outlet's whole name: "NBC News has learned", "OBSERVER ONLINE has learnt".
  const nameStart = Math.max(0, j - 3);
  while (j > nameStart && /^\p{Lu}/u.test(words[j - 1]!.text)) j--;
  return j;
}
