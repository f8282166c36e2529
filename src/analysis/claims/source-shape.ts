import { DOCUMENT_NOUNS, FIELD_SUFFIX, GENERIC_PERSON_NOUNS, ORG_HEADS, ORGANIZATION_NOUNS, PERSONAL_PRONOUNS, PERSON_ROLE_NOUNS, QUANTITY_NOUNS, singularNoun, SPOKESPERSON_HEADS, VAGUE_HEADS } from './data/lexicons';
import { COLLECTIVE_SPEAKERS, COUNTING_WORDS, LONE_GROUPS, SPEAKER_NOUNS, TRAILING_NOT_SOURCE } from './data/speaker-words';
import type { ArticleView, SentenceView, SourceRef } from './types';

/** Detectors whose source is their own cue phrase by design ("we're told", "reportedly", "is expected"). */
const CUE_AS_SOURCE = new Set(['agentless', 'vague-source']);

/** Words after a source's head that open its complement: "officials familiar with …", "a colleague of Rothman’s". */
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'at', 'with', 'in', 'from', 'on', 'to', 'close', 'familiar', 'who', 'that', 'which', 'behind', 'inside', 'within', 'across', 'near']);

/** People and bodies by what they do: "organizer", "strategists", "physician", "residents", "employee". */
const AGENT_NOUN = /^\p{L}{3,}(?:ist|er|or|ian|ant|ent|ive|ee)s?$/u;

interface ShapeWord {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The source as the note may show it: a noun phrase that can say or publish something, headed by a name,
 * a pronoun, or a word for a person, group, organization, outlet or document ("Dr. Jane Smith", "the
 * agency", "officials familiar with the matter", "Many of us"). Adverbs swept in after it are trimmed
 * ("celebrities and charities today" → "celebrities and charities"); a fragment whose head is a verb, a
 * bare count or an ordinary noun ("She interviewed", "Only one", "the yield", "Perhaps") gives undefined:
 * better no source text than a wrong one shown with confidence. The label does not change.
 */
export function shownSource(source: SourceRef, detector: string, sentence: SentenceView, article: ArticleView): SourceRef | undefined {
  if (source.href || source.person || CUE_AS_SOURCE.has(detector)) return source;
  const words = shapeWords(source, article);
  while (words.length > 1 && TRAILING_NOT_SOURCE.has(words[words.length - 1]!.lower)) words.pop();
  if (words.length === 0) return undefined;
  const complement = words.findIndex((w, k) => k > 0 && COMPLEMENT_OPENERS.has(w.lower));
  const core = complement > 0 ? words.slice(0, complement) : words;
  const last = words[words.length - 1]!;
  const trimmed = last.end === source.end ? source : { ...source, end: last.end, text: source.text.slice(0, last.end - source.start) };
  // "A large body of studies", "a number of analysts": a count or amount whose complement names who.
  if (core.every((w) => COUNTING_WORDS.has(w.lower)) || QUANTITY_NOUNS.has(core[core.length - 1]!.lower)) {
    // "Some say", "Many of us": a lone group word, or a count whose complement names who.
    if (core.length === 1 && LONE_GROUPS.has(core[0]!.lower)) return trimmed;
    return complement > 0 && headsSpeaker(words.slice(complement + 1), sentence, source) ? trimmed : undefined;
  }
  return headsSpeaker(core, sentence, source) ? trimmed : undefined;
}

function headsSpeaker(core: ShapeWord[], sentence: SentenceView, source: SourceRef): boolean {
  const head = core[core.length - 1];
  if (!head) return false;
  const lower = head.lower;
  if (PERSONAL_PRONOUNS.has(lower) || lower === 'we' || lower === 'they' || lower === 'us' || lower === 'you') return true;
  if (/\.\p{L}{2,}$/u.test(lower)) return true; // a web host: "nytimes.com"
  if (isSpeakingNoun(lower)) return true;
  return isName(core, head, sentence, source);
}

/** A common noun for someone or something that can say or publish: "lawyer", "sister", "ministry", "book", "residents". */
export function isSpeakingNoun(lower: string): boolean {
  const singular = singularNoun(lower.replace(/(?:'s|’s|')$/u, ''));
  const lists = [VAGUE_HEADS, COLLECTIVE_SPEAKERS, ORG_HEADS, ORGANIZATION_NOUNS, PERSON_ROLE_NOUNS, DOCUMENT_NOUNS, SPOKESPERSON_HEADS, GENERIC_PERSON_NOUNS, SPEAKER_NOUNS];
  return lists.some((list) => list.has(lower) || list.has(singular)) || FIELD_SUFFIX.test(lower) || AGENT_NOUN.test(lower);
}

/**
 * A name heads the phrase: its head is capitalised and the recogniser marks it, or it is not merely the
 * sentence's capitalised first word ("Perhaps", "Deficit"), or the phrase holds another capitalised word.
 */
function isName(core: ShapeWord[], head: ShapeWord, sentence: SentenceView, source: SourceRef): boolean {
  if (!/^\p{Lu}/u.test(head.text) && !/^\p{N}/u.test(head.text)) return false;
  if (source.specific && source.anaphor === undefined && (source.start < sentence.start || source.end > sentence.end)) return true;
  if (sentence.mentions.some((m) => m.start <= head.start && head.start < m.end)) return true;
  const opening = sentence.words.find((w) => /\p{L}/u.test(w.text));
  if (!opening || head.start !== opening.start) return true;
  return core.filter((w) => /^\p{Lu}/u.test(w.text)).length > 1 || /^\p{Lu}{2,}$/u.test(head.text);
}

/**
 * The source's words with their offsets in the article, from the sentences' shared token stream (one tokenizer
 * for the engine: "Dr." and "U.S." stay whole), punctuation and a possessive "'s" left out. A source resolved
 * to an earlier sentence ("she" → "Ellen Fetter") takes that sentence's words.
 */
function shapeWords(source: SourceRef, article: ArticleView): ShapeWord[] {
  const found: ShapeWord[] = [];
  for (const sentence of sentencesAround(source, article)) {
    for (const w of sentence.words) {
      if (w.start < source.start || w.end > source.end || !/^[\p{L}\p{N}]/u.test(w.text)) continue;
      const text = w.text.replace(/['’-]+$/u, '');
      found.push({ text, lower: w.lower.replace(/['-]+$/u, ''), start: w.start, end: w.start + text.length });
    }
  }
  return found;
}

/** The sentences a source's span overlaps, found by halving (sentences are in text order): linear time overall. */
function sentencesAround(source: SourceRef, article: ArticleView): SentenceView[] {
  const sentences = article.sentences;
  let low = 0;
  let high = sentences.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sentences[mid]!.end <= source.start) low = mid + 1;
    else high = mid;
  }
  const found: SentenceView[] = [];
  for (let i = low; i < sentences.length && sentences[i]!.start < source.end; i++) found.push(sentences[i]!);
  return found;
}
