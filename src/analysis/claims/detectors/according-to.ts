import { BE_FORMS, DETERMINERS, PUBLISHING_PARTICIPLES } from '../data/lexicons';
import { describeSource, phraseAfter, type WordRange } from '../noun-phrase';
import type { ArticleView, Attribution, Detector, SentenceView } from '../types';
import type { Word } from '../words';
import { ACCORDING_LEADS, CLAIM_NOUNS, SUBJECT_PRONOUNS, VIEW_NOUNS } from '../data/frame-words';


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
      const phrase = nameBeforeClause(words, from) ?? phraseAfter(words, from);
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
    return [...found, ...possessiveFrames(sentence, article, this.name)];
  },
};

/**
 * "According to Rathbun the property was returned …": without its comma a name ends where the clause's subject
 * begins (a determiner or a subject pronoun right after the capitalised words).
 */
function nameBeforeClause(words: Word[], from: number): WordRange | undefined {
  let to = from;
  while (to < words.length && /^\p{Lu}/u.test(words[to]!.text) && !words[to]!.quoted) to++;
  const next = words[to];
  return to > from && next && (DETERMINERS.has(next.lower) || SUBJECT_PRONOUNS.has(next.lower) || next.lower === 'it') ? { from, to } : undefined;
}

/**
 * "In Obama's words, …", "In the senator's view, …" and "Trump's claim that …", "The minister's view is that …":
 * the one whose words, view or claim they are is the source, as "according to" names it.
 */
function possessiveFrames(sentence: SentenceView, article: ArticleView, detector: string): Attribution[] {
  const found: Attribution[] = [];
  const words = sentence.words;
  // "In Dr. Shadlen's words, “Could the moment …?”": a question, whoever asks it, stays a question.
  if (QUESTION_END.test(sentence.text)) return found;
  for (let i = 2; i < words.length; i++) {
    const noun = words[i]!;
    if (noun.quoted || words[i - 1]!.lower !== "'s") continue;
    const opening = isOpeningIn(words, i);
    const content = CLAIM_NOUNS.has(noun.lower) && (words[i + 1]?.lower === 'that' || (BE_FORMS.has(words[i + 1]?.lower ?? '') && words[i + 2]?.lower === 'that'));
    if (!(opening && VIEW_NOUNS.has(noun.lower) && words[i + 1]?.text === ',') && !content) continue;
    const owner = ownerBefore(words, i - 1);
    if (!owner) continue;
    const source = describeSource(article, sentence, owner);
    if (!source) continue;
    found.push({ detector, source, cues: [{ kind: 'according-to', start: words[owner.from]!.start, end: noun.end }], at: words[owner.from]!.start });
  }
  return found;
}

/** "In Obama's words": "In" opens the sentence and the owner after it is all that stands before "'s". */
function isOpeningIn(words: Word[], noun: number): boolean {
  const start = words.findIndex((w) => /\p{L}/u.test(w.text));
  return words[start]?.lower === 'in' && noun - start <= MAX_OWNER_WORDS + 2;
}

/** The owner before "'s": a run of capitalised words ("Prime Minister Anna Berg") or "the" and a noun ("the senator"). */
function ownerBefore(words: Word[], possessive: number): WordRange | undefined {
  let from = possessive;
  while (from > 0 && possessive - from < MAX_OWNER_WORDS && /^\p{Lu}/u.test(words[from - 1]!.text) && words[from - 1]!.lower !== 'in') from--;
  if (from === possessive && possessive >= 2 && DETERMINERS.has(words[possessive - 2]!.lower) && /^\p{Ll}/u.test(words[possessive - 1]!.text)) from = possessive - 2;
  return from < possessive ? { from, to: possessive } : undefined;
}

const QUESTION_END = /\?["”’')\]]*\s*$/u;

/** An owner is at most this many words: "Senate Majority Leader Mitch McConnell". */
const MAX_OWNER_WORDS = 5;
