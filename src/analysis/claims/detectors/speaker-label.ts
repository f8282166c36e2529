import { memoPerObject } from '../../bounded-memo';
import { IMPERATIVE_MARKERS, NAME_TITLES } from '../data/lexicons';
import { NOT_SPEAKER_LABELS } from '../data/speaker-words';
import type { ArticleView, Detector, SentenceView, SourceRef } from '../types';

/** "SEN. ELIZABETH WARREN:", "Jane Smith:": a short name and a colon opening a paragraph. */
const LABEL = /^\s*([\p{Lu}][\p{L}.'’ -]{0,40}?):\s+\S/u;
const MAX_LABEL_WORDS = 4;
/** "Trump on the wall: “We will build it”": a name, "on" and a topic before the colon, then a quotation. */
const TOPIC_LABEL = /^\s*([\p{Lu}][\p{L}.'’ -]{0,40}?)\s+(?:on|ON)\s+[^:“”"]{1,60}:\s+[“"‘']\S/u;

/**
 * Transcripts and Q&A layouts: a paragraph that opens with a speaker's name and a
 * colon ("WARREN: We have to …") is that speaker's, and so is the rest of the
 * paragraph. A name in capitals counts unless it is a label such as "UPDATE:"; a
 * name in mixed case only where the recogniser found a person or organization there.
 */
export const speakerLabelDetector: Detector = {
  name: 'speaker-label',
  stage: 'quote',
  detect(sentence, article, discourse) {
    const opensParagraph = article.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph;
    if (opensParagraph) {
      const source = labelSource(sentence, article);
      if (!source) return [];
      return [{ detector: this.name, source, cues: [{ kind: 'reporting-verb', start: source.start, end: source.end + 1 }], at: source.start }];
    }
    const last = discourse.lastSpeaker;
    if (!last?.labelled || last.sentence !== sentence.index - 1 || article.frames(sentence.index).some((f) => !f.weak)) return [];
    return [{ detector: this.name, source: last.source, cues: [{ kind: 'quote-continuation', start: sentence.start, end: sentence.end }], at: sentence.start }];
  },
};

/** The speaker a paragraph's opening label names ("WARREN:", "Obama on the economy:"), if the sentence opens with one. */
export function labelSource(sentence: SentenceView, article: ArticleView): SourceRef | undefined {
  // Both labels end in a colon, which most sentences lack: the expressions would backtrack over their opening words first.
  if (!sentence.text.includes(':')) return undefined;
  const match = TOPIC_LABEL.exec(sentence.text) ?? LABEL.exec(sentence.text);
  if (!match) return undefined;
  const name = match[1]!.trim();
  const words = name.split(/\s+/u);
  // "Please note:", "Please:" open a request to the reader, never a turn.
  if (words.length > MAX_LABEL_WORDS || NOT_SPEAKER_LABELS.has(name.toLowerCase()) || IMPERATIVE_MARKERS.has(words[0]!.toLowerCase())) return undefined;
  const start = sentence.start + sentence.text.indexOf(name);
  const end = start + name.length;
  const mention = sentence.mentions.find((m) => m.start <= start && end <= m.end + 1 && (m.type === 'PER' || m.type === 'ORG'));
  const capitals = name === name.toUpperCase() && /\p{Lu}{2}/u.test(name);
  // "Mr Malone:", not "Mr Shapps said on Twitter:": a title and capitalised words only.
  const titled = words.length > 1 && NAME_TITLES.has(words[0]!.toLowerCase().replace(/\.$/u, '')) && words.every((w) => /^\p{Lu}/u.test(w));
  if (!capitals && !mention && !titled && !(words.length === 1 && namedSurname(article, name))) return undefined;
  return { start, end, text: name, specific: true, person: mention ? mention.type === 'PER' : true };
}

/** Whether the article names a person whose last name is `surname` ("John Malone" for "Malone:"). */
function namedSurname(article: ArticleView, surname: string): boolean {
  return lastNamesOf(article).has(surname);
}

/** The last words of the article's names of people written with more than one word, found once an article, not once a label. */
const lastNamesOf = memoPerObject((article: ArticleView): Set<string> => {
  const names = new Set<string>();
  for (const sentence of article.sentences) {
    for (const m of sentence.mentions) {
      const space = m.text.lastIndexOf(' ');
      if (m.type === 'PER' && space >= 0) names.add(m.text.slice(space + 1));
    }
  }
  return names;
});
