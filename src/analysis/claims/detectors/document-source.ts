import { DOCUMENT_NOUNS, PUBLISHING_PARTICIPLES } from '../data/lexicons';
import { describeSource, nameChunks, phraseAfter } from '../noun-phrase';
import type { Attribution, Detector, SourceRef } from '../types';

/**
 * Named documents, studies, reports and data as sources: "a report released on
 * Monday by Stanford's Center on Poverty", "data from the Census Bureau", and a
 * document that opens a list of its findings ("Among its key findings: …").
 */
export const documentSourceDetector: Detector = {
  name: 'document-source',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 0; i < words.length; i++) {
      const noun = words[i]!;
      if (noun.quoted || !DOCUMENT_NOUNS.has(noun.lower)) continue;
      const next = words[i + 1];
      if (next?.text === ':' && i + 2 < words.length) {
        const anaphor: SourceRef = { start: noun.start, end: noun.end, text: noun.text, specific: true, anaphor: 'document' };
        found.push({ detector: this.name, source: anaphor, cues: [{ kind: 'document', start: noun.start, end: next.end }], at: noun.start });
        continue;
      }
      const by = agentAfter(words, i);
      if (by === undefined) continue;
      const phrase = phraseAfter(words, by);
      if (!phrase || nameChunks(sentence, phrase).length === 0) continue;
      const source = describeSource(article, sentence, phrase);
      if (!source?.specific) continue;
      const cueEnd = words[by - 1]!.end;
      found.push({ detector: this.name, source, cues: [{ kind: 'document', start: noun.start, end: cueEnd }], at: noun.start, weak: true, introduces: source });
    }
    return found;
  },
};

/** Index of the agent after "report … by" / "data from", allowing "released on Monday by". */
function agentAfter(words: { lower: string; text: string }[], noun: number): number | undefined {
  const next = words[noun + 1]?.lower;
  if (next === 'by' || next === 'from') return noun + 2;
  if (!PUBLISHING_PARTICIPLES.has(next ?? '')) return undefined;
  for (let j = noun + 2; j < Math.min(words.length, noun + 7); j++) {
    if (words[j]!.text === ',' || words[j]!.text === '.') return undefined;
    if (words[j]!.lower === 'by') return j + 1;
  }
  return undefined;
}
