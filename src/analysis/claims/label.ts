import type { Cue, Sentence, Source, Span } from '../../shared/schema';
import { buildArticleView } from './article-view';
import { OPINION_THRESHOLD } from './data/opinion-weights';
import { DETECTORS } from './detectors';
import { factCues } from './facts';
import { nonClaimKind } from './non-claims';
import { describeSource, nameChunks } from './noun-phrase';
import type { ArticleView, Attribution, ClaimContext, Detector, Discourse, OpinionEvidence, SentenceView, SourceRef } from './types';

type Stage<S extends Detector['stage']> = Extract<Detector, { stage: S }>;
const FRAME_DETECTORS = DETECTORS.filter((d): d is Stage<'frame'> => d.stage === 'frame');
const QUOTE_DETECTORS = DETECTORS.filter((d): d is Stage<'quote'> => d.stage === 'quote');
const OPINION_DETECTORS = DETECTORS.filter((d): d is Stage<'opinion'> => d.stage === 'opinion');

/** Labels every sentence as sourced, vague, unsourced, opinion, or not a claim, with the cues that decided it. */
export function labelSentences(text: string, spans: Span[], context: ClaimContext): Sentence[] {
  const article = buildArticleView(text, spans, context, FRAME_DETECTORS);
  const discourse: Discourse = { chainSpeakers: new Map() };
  return article.sentences.map((sentence) => labelSentence(sentence, article, discourse));
}

function labelSentence(sentence: SentenceView, article: ArticleView, discourse: Discourse): Sentence {
  const opinion = weighOpinion(sentence, article);
  const frames = article.frames(sentence.index);
  const quotes = QUOTE_DETECTORS.flatMap((d) => d.detect(sentence, article, discourse));
  const chosen = choose([...frames, ...quotes]);
  // An attributed claim is subjective by its speaker's words; an unattributed one by the author's.
  const wording = chosen ? opinion.reported : opinion;
  const subjective = wording.probability >= OPINION_THRESHOLD;
  const base = { start: sentence.start, end: sentence.end, text: sentence.text, subjective };
  const nonClaim = nonClaimKind(sentence, article, frames.some((f) => !f.weak));
  if (nonClaim) return { ...base, label: null, nonClaim, cues: [] };
  if (!chosen) {
    rememberPerson(sentence, article, discourse);
    if (subjective) return { ...base, label: 'opinion', cues: opinion.cues };
    return { ...base, label: 'unsourced', cues: factCues(sentence) };
  }
  const source = resolve(chosen.source, discourse, sentence, article);
  remember(sentence, article, discourse, chosen, source);
  // A link beside a named source is evidence too, though the name is what the note shows.
  const linkCues = frames.filter((f) => f.detector === 'link' && f !== chosen).flatMap((f) => f.cues);
  const cues: Cue[] = [...chosen.cues, ...linkCues, ...quoteCues(sentence, article, chosen.cues), ...(subjective ? wording.cues : [])];
  return { ...base, label: source.specific ? 'sourced' : 'vague', source: toSource(source), cues };
}

/**
 * A named frame beats an agentless or side one, and the words of the text beat
 * a link's host ("a report by Stanford's Center …" over stanford.edu); of
 * equals, the earliest belongs to the main clause.
 */
function choose(attributions: Attribution[]): Attribution | undefined {
  const strong = attributions.filter((a) => !a.weak);
  const inText = strong.filter((a) => a.detector !== 'link');
  const pool = inText.length > 0 ? inText : strong.length > 0 ? strong : attributions;
  return pool.reduce<Attribution | undefined>((best, a) => (!best || a.at < best.at ? a : best), undefined);
}

function weighOpinion(sentence: SentenceView, article: ArticleView): OpinionEvidence {
  const evidence = OPINION_DETECTORS.map((d) => d.detect(sentence, article));
  const strongest = (pick: (e: OpinionEvidence) => { probability: number; cues: Cue[] }) => ({
    probability: Math.max(0, ...evidence.map((e) => pick(e).probability)),
    cues: evidence.flatMap((e) => pick(e).cues),
  });
  return { ...strongest((e) => e), reported: strongest((e) => e.reported) };
}

/** Pronouns and "the report" stand for a person named earlier in the sentence, or the last person, speaker or document. */
function resolve(source: SourceRef, discourse: Discourse, sentence: SentenceView, article: ArticleView): SourceRef {
  if (source.anaphor === 'person') return personBefore(sentence, article, source.start) ?? discourse.lastPerson ?? discourse.lastSpeaker?.source ?? source;
  if (source.anaphor === 'document') return discourse.lastDocument ?? source;
  if (source.anaphor === 'thing') return discourse.lastSpeaker?.source ?? discourse.lastDocument ?? source;
  return source;
}

/** "Askar has released code he said …": the person named before the pronoun, in the same sentence. */
function personBefore(sentence: SentenceView, article: ArticleView, offset: number): SourceRef | undefined {
  const person = sentence.mentions.filter((m) => m.type === 'PER' && m.end <= offset && !article.quotations.at(m.start)).pop();
  if (person) return { start: person.start, end: person.end, text: person.text, specific: true, person: true };
  const before = sentence.words.findIndex((w) => w.start >= offset);
  const name = nameChunks(sentence, { from: 0, to: before === -1 ? sentence.words.length : before })
    .filter((chunk) => !sentence.words[chunk.from]!.quoted)
    .pop();
  const source = name && describeSource(article, sentence, name);
  return source?.person ? source : undefined;
}

function remember(sentence: SentenceView, article: ArticleView, discourse: Discourse, chosen: Attribution, source: SourceRef): void {
  const quotes = article.quotations.within(sentence);
  const blockQuote = chosen.detector === 'block-quote';
  discourse.lastSpeaker = { source, sentence: sentence.index, quoted: quotes.length > 0 || chosen.detector === 'quote-speaker' || blockQuote, blockQuote };
  if (source.person) discourse.lastPerson = source;
  if (chosen.introduces) discourse.lastDocument = chosen.introduces;
  else if (source.document && !source.anaphor) discourse.lastDocument = source;
  for (const quote of quotes) if (!discourse.chainSpeakers.has(quote.chain)) discourse.chainSpeakers.set(quote.chain, source);
}

/** Outside attributions, the first person named (and not quoted) is who "he" or "she" will mean. */
function rememberPerson(sentence: SentenceView, article: ArticleView, discourse: Discourse): void {
  const person = sentence.mentions.find((m) => m.type === 'PER' && !article.quotations.at(m.start));
  if (person) discourse.lastPerson = { start: person.start, end: person.end, text: person.text, specific: true, person: true };
}

function quoteCues(sentence: SentenceView, article: ArticleView, present: Cue[]): Cue[] {
  if (present.some((c) => c.kind === 'quote' || c.kind === 'quote-continuation')) return [];
  return article.quotations.within(sentence).map((q) => ({ kind: 'quote' as const, start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) }));
}

function toSource(ref: SourceRef): Source {
  return { start: ref.start, end: ref.end, text: ref.text, ...(ref.href ? { href: ref.href } : {}) };
}
