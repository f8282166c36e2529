import { BE_FORMS, CONTENT_COMPLEMENTS, DETERMINERS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, PERSONAL_PRONOUNS, SPOKESPERSON_HEADS, VAGUE_HEADS, singularNoun } from '../data/lexicons';
import { MANNER_ADJECTIVES, STANCE_ADJECTIVES } from '../data/reporting-verbs';
import { describeSource, subjectBefore, verbGroupStart } from '../noun-phrase';
import type { Attribution, Detector, SourceRef } from '../types';
import type { Word } from '../words';

/** Adverbs allowed between "be" and the adjective: "are increasingly concerned", "is not convinced". */
const MAX_ADVERBS = 2;

/**
 * "Union leaders are confident that the strike will end", "Officials were worried the dam would fail": a
 * third party's belief or stance, reported as an adjective after "be", with its clause ("that", or a subject
 * that opens one). "concerned about", "confident in" take an object, not a clause, and report nothing. How one
 * spoke before a colon ("The senator was blunt: …") gives what follows to a speaker.
 */
export const stanceAdjectiveDetector: Detector = {
  name: 'stance-adjective',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const words = sentence.words;
    for (let i = 2; i < words.length - 1; i++) {
      const adjective = words[i]!;
      if (adjective.quoted || !ADJECTIVES.has(adjective.lower)) continue;
      const stance = STANCE_ADJECTIVES.has(adjective.lower) && opensClause(words[i + 1]!);
      const manner = MANNER_ADJECTIVES.has(adjective.lower) && words[i + 1]!.text === ':';
      if (!stance && !manner) continue;
      const be = beBefore(words, i);
      if (be === undefined) continue;
      const groupStart = verbGroupStart(words, be);
      const subject = subjectBefore(words, groupStart);
      const source = subject && describeSource(article, sentence, subject);
      if (!source || (!stance && !speaks(source))) continue;
      found.push({ detector: this.name, source, cues: [{ kind: 'reporting-verb', start: words[be]!.start, end: adjective.end }], at: adjective.start });
    }
    return found;
  },
};

/** Every adjective of either frame: one look-up skips all the other words. */
const ADJECTIVES: ReadonlySet<string> = new Set([...STANCE_ADJECTIVES, ...MANNER_ADJECTIVES]);

/** "The senator was blunt:", not "The lesson was clear:": only a name or a noun for someone who speaks states what follows. */
function speaks(source: SourceRef): boolean {
  if (source.person || source.anaphor === 'person' || source.anaphor === 'organization') return true;
  const head = source.text.split(/\s+/u).pop() ?? '';
  const singular = singularNoun(head.toLowerCase());
  return /^\p{Lu}/u.test(head) || [VAGUE_HEADS, PERSON_ROLE_NOUNS, ORGANIZATION_NOUNS, SPOKESPERSON_HEADS].some((list) => list.has(head.toLowerCase()) || list.has(singular));
}

/** The form of "be" before the adjective, over at most two adverbs ("are increasingly", "is not"). */
function beBefore(words: Word[], adjective: number): number | undefined {
  for (let k = adjective - 1; k >= Math.max(0, adjective - 1 - MAX_ADVERBS); k--) {
    const w = words[k]!;
    if (w.quoted) return undefined;
    if (BE_FORMS.has(w.lower)) return k;
    if (!/^\p{Ll}+$/u.test(w.text) || !(w.lower.endsWith('ly') || w.lower === 'not' || w.lower === "n't" || w.lower === 'still' || w.lower === 'also')) return undefined;
  }
  return undefined;
}

/** "that", "whether", or the subject of a clause: a determiner, a pronoun, a capitalised name. */
function opensClause(next: Word): boolean {
  if (next.lower === 'that' || next.lower === 'whether' || CONTENT_COMPLEMENTS.has(next.lower)) return next.lower !== 'to' && next.lower !== 'about';
  return (DETERMINERS.has(next.lower) && next.lower !== 'that') || PERSONAL_PRONOUNS.has(next.lower) || next.lower === 'they' || /^\p{Lu}/u.test(next.text);
}
