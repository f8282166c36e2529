import { AUXILIARIES } from '../data/lexicons';
import { REPORTING_FORMS, SPEECH_OCCASIONS } from '../data/reporting-verbs';
import { describeSource, phraseAfter, subjectBefore, verbGroupStart, type WordRange } from '../noun-phrase';
import type { ArticleView, Attribution, Detector, SentenceView } from '../types';
import type { Word } from '../words';
import { OCCASION_DETERMINERS, OCCASION_VERBS } from '../data/frame-words';

/** "In a statement released on Tuesday by its press office,": the occasion's phrase ends at its comma within this many words. */
const MAX_OCCASION_WORDS = 12;

/**
 * "In a statement, the ministry rejected the accusations", "In an interview with CNN on Sunday, Smith defended
 * the plan": a sentence opened by an occasion of speaking or publishing reports what its subject said there,
 * whatever the verb. The subject after the comma is the source (not the outlet the interview was "with").
 */
export const speechOccasionDetector: Detector = {
  name: 'speech-occasion',
  stage: 'frame',
  detect(sentence, article) {
    const words = sentence.words;
    const start = words.findIndex((w) => /\p{L}/u.test(w.text));
    if (start === -1 || words[start]!.quoted) return [];
    const delivered = deliveredOccasion(sentence, article, this.name);
    if (delivered.length > 0) return delivered;
    if (words[start]!.lower !== 'in') return insertedOccasion(sentence, article, start, this.name);
    const occasion = occasionAt(words, start + 1);
    if (!occasion) return [];
    let comma = occasion.end;
    while (comma < words.length && words[comma]!.text !== ',' && !words[comma]!.quoted && comma - start <= MAX_OCCASION_WORDS) comma++;
    if (words[comma]?.text !== ',') return [];
    const subject = subjectAfter(words, comma + 1);
    // "In an interview, Mr. Lankford insisted that …": the verb of saying is the better cue, and its own detector reads it.
    if (!subject || isSaying(words[subject.to]!)) return [];
    const source = describeSource(article, sentence, subject);
    if (!source) return [];
    const found: Attribution = {
      detector: this.name,
      source,
      cues: [{ kind: 'reporting-verb', start: words[start]!.start, end: words[occasion.end - 1]!.end }],
      at: words[start]!.start,
    };
    return [found];
  },
};

/**
 * "Trump, in a tweet on Sunday, blamed the media": the occasion set between commas after the subject that opens
 * the sentence, before a verb that is not one of saying (that one's own detector reads it).
 */
function insertedOccasion(sentence: SentenceView, article: ArticleView, start: number, detector: string): Attribution[] {
  const words = sentence.words;
  const comma = words.findIndex((w, k) => k > start && (w.text === ',' || w.quoted));
  if (comma === -1 || words[comma]!.quoted || comma - start > MAX_SUBJECT_WORDS || words[comma + 1]?.lower !== 'in') return [];
  const occasion = occasionAt(words, comma + 2);
  if (!occasion) return [];
  let close = occasion.end;
  while (close < words.length && words[close]!.text !== ',' && !words[close]!.quoted && close - comma <= MAX_OCCASION_WORDS) close++;
  const verb = words[close + 1];
  if (words[close]?.text !== ',' || !verb || !/^\p{Ll}/u.test(verb.text) || isSaying(verb)) return [];
  const source = describeSource(article, sentence, { from: start, to: comma });
  if (!source) return [];
  return [{ detector, source, cues: [{ kind: 'reporting-verb', start: words[comma + 1]!.start, end: words[occasion.end - 1]!.end }], at: words[comma + 1]!.start }];
}

/** Words of the occasion's phrase between its verb and its noun: "a brief", "extended", "the first of his". */
const MAX_OCCASION_MODIFIERS = 3;
/** The object before "to give" is a short noun phrase: "the prisoner", "Mr. Smith". */
const MAX_OBJECT_WORDS = 4;

/**
 * "The ministry issued a statement: “…”", "allowing the prisoner to give extended speeches: “…”": an occasion of
 * speaking delivered by a verb and followed by a colon and a quotation gives the quotation to the verb's subject,
 * or to the object before an infinitive's "to". The quotation's later sentences follow its chain.
 */
function deliveredOccasion(sentence: SentenceView, article: ArticleView, detector: string): Attribution[] {
  const words = sentence.words;
  for (let colon = 2; colon < words.length - 1; colon++) {
    if (words[colon]!.text !== ':' || words[colon]!.quoted || !(words[colon + 1]!.quoted || words[colon + 1]!.text === '“')) continue;
    if (!isOccasionNoun(words[colon - 1]!)) continue;
    let verb = colon - 2;
    while (verb > 0 && colon - 2 - verb < MAX_OCCASION_MODIFIERS && /^\p{Ll}[\p{Ll}-]*$/u.test(words[verb]!.text) && !OCCASION_VERBS.has(words[verb]!.lower)) verb--;
    if (!OCCASION_VERBS.has(words[verb]?.lower ?? '') || words[verb]!.quoted) continue;
    const subject = words[verb - 1]?.lower === 'to' ? objectBefore(words, verb - 1) : subjectBefore(words, verbGroupStart(words, verb));
    const source = subject && describeSource(article, sentence, subject);
    if (!source) continue;
    return [{ detector, source, cues: [{ kind: 'reporting-verb', start: words[verb]!.start, end: words[colon]!.end }], at: words[verb]!.start }];
  }
  return [];
}

/** A listed occasion, singular or plural ("speeches", "statements"), not a compound's second word. */
function isOccasionNoun(word: Word): boolean {
  const forms = [word.lower, word.lower.replace(/s$/u, ''), word.lower.replace(/(?<=(?:ch|sh|ss|x))es$/u, '')];
  return SPEECH_OCCASIONS.some((entry) => entry.length === 1 && forms.includes(entry[0]!));
}

/** The noun phrase right before an infinitive's "to": back over lower-case or capitalised words to its determiner or name. */
function objectBefore(words: Word[], to: number): WordRange | undefined {
  for (let k = to - 1; k >= 0 && to - k <= MAX_OBJECT_WORDS; k--) {
    const w = words[k]!;
    if (w.quoted || !/^[\p{L}.'’-]+$/u.test(w.text)) return undefined;
    if (OCCASION_DETERMINERS.has(w.lower) && w.lower !== 'a' && w.lower !== 'an') return { from: k, to };
    const before = words[k - 1];
    // "allowing Hitler to give": a capitalised run after a lower-case verb is the object's name.
    if (/^\p{Lu}/u.test(w.text) && before && /^\p{Ll}/u.test(before.text) && !OCCASION_DETERMINERS.has(before.lower)) return { from: k, to };
  }
  return undefined;
}

/**
 * A verb of saying reports whatever follows, so its own detector reads it; a verb that reports only with more
 * ("attacked the judge as …", "called for …") is left to the occasion: "In a tweet, Trump attacked the judge".
 */
function isSaying(verb: Word): boolean {
  return REPORTING_FORMS.get(verb.lower)?.kind === 'speech';
}

/** A subject is at most this many words: "the state’s top election official". */
const MAX_SUBJECT_WORDS = 8;

/**
 * The subject opening the clause after the comma: a run of capitalised words (a name), or the words before
 * its verb, which is the first auxiliary, verb of saying or past form ("the ministry rejected", "the company denies").
 */
function subjectAfter(words: Word[], from: number): WordRange | undefined {
  const clause = phraseAfter(words, from);
  if (!clause) return undefined;
  // "Prime Minister Anna Berg laid out …": a name is the run of capitalised words.
  let name = from;
  while (name < clause.to && /^\p{Lu}/u.test(words[name]!.text)) name++;
  if (name > from && name < clause.to && /^\p{Ll}/u.test(words[name]!.text)) return { from, to: name };
  for (let k = from + 1; k < clause.to && k - from <= MAX_SUBJECT_WORDS; k++) {
    const w = words[k]!;
    if (!/^\p{Ll}/u.test(w.text)) continue;
    if (AUXILIARIES.has(w.lower) || REPORTING_FORMS.has(w.lower) || /^\p{Ll}{3,}ed$/u.test(w.text)) return { from, to: k };
  }
  return undefined;
}

/** The occasion noun phrase right after "In": determiner, up to two modifiers, then a listed occasion. */
export function occasionAt(words: Word[], from: number): { end: number } | undefined {
  if (!OCCASION_DETERMINERS.has(words[from]?.lower ?? '')) return undefined;
  for (let k = from + 1; k <= from + 3 && k < words.length; k++) {
    for (const entry of SPEECH_OCCASIONS) {
      if (entry.every((part, n) => words[k + n]?.lower === part)) {
        const end = k + entry.length;
        // "In a statement of principles" is still one; "In a letter-writing campaign" is not an occasion.
        if (words[end]?.text.startsWith('-')) return undefined;
        return { end };
      }
    }
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[k]!.text)) return undefined;
  }
  return undefined;
}
