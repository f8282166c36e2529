import type { Analysis, CueKind, Entity, Label, Sentence, Span, TextSpan } from '../shared/schema';
import { firstStartingAt, spanIndexAt } from './spans';

/** A span of the article that decided a sentence's label, or that a reader can check. */
export interface KeyWord extends Span {
  kind: CueKind | 'source' | 'actor';
  text: string;
}

/** Which cues decide each label: attribution for sourced and vague, the wording for opinion. */
const DECIDING: Record<Label, readonly CueKind[]> = {
  sourced: ['reporting-verb', 'according-to', 'document', 'link'],
  vague: ['vague-source', 'reporting-verb', 'according-to'],
  unsourced: [],
  opinion: ['opinion', 'hedge', 'prediction'],
};

/** Entity types that act: a named person or organization makes a claim checkable. */
const ACTOR_TYPES = new Set<Entity['type']>(['PER', 'ORG']);

const MAX_KEY_WORDS = 4;

/**
 * The words that decided a sentence's label, in text order, as a note quotes
 * them and as the calm mode underlines them: the source and its attributing
 * words (sourced, vague), the evaluative words (opinion), the checkable
 * details (unsourced). Evaluative wording is never a proper name.
 */
export function keyWords(analysis: Analysis, sentence: Sentence): KeyWord[] {
  if (!sentence.label) return [];
  if (sentence.label === 'unsourced') return checkableDetails(analysis, sentence);
  const deciding = DECIDING[sentence.label];
  const found: KeyWord[] = sentence.cues
    .filter((c) => deciding.includes(c.kind))
    .filter((c) => sentence.label !== 'opinion' || !isProperName(analysis, c))
    .map((c) => toKeyWord(analysis, c, c.kind));
  const source = sentence.source;
  // A source span is shown once, not again inside a cue that already covers it.
  if (source && source.end > source.start && !found.some((k) => k.start <= source.start && source.end <= k.end)) {
    found.push(toKeyWord(analysis, source, 'source'));
  }
  return tidy(found);
}

/**
 * What a reader can check in an unsourced claim: numbers, amounts and dates that
 * stand as whole words ("5" of "5G" is no number), and the people and
 * organizations it names. Empty when there is nothing to check.
 */
export function checkableDetails(analysis: Analysis, sentence: Sentence): KeyWord[] {
  const details: KeyWord[] = sentence.cues
    .filter((c) => c.kind === 'fact' && isWholeWord(analysis.text, c))
    .map((c) => toKeyWord(analysis, c, 'fact'));
  const { actors } = spanIndex(analysis);
  for (let i = firstStartingAt(actors, sentence.start); i < actors.length && actors[i]!.start <= sentence.end; i++) {
    const m = actors[i]!;
    if (m.end <= sentence.end) details.push({ kind: 'actor', start: m.start, end: m.end, text: m.text });
  }
  return tidy(details);
}

/** A cue that is part of a name ("HMP" of "HMP Belmarsh", "Great" of "Great Britain") or looks like one. */
function isProperName(analysis: Analysis, cue: Span): boolean {
  const { mentions, reach } = spanIndex(analysis);
  // Of the mentions starting before the cue ends, one overlaps it when the furthest of their ends passes its start.
  const before = firstStartingAt(mentions, cue.end);
  if (before > 0 && reach[before - 1]! > cue.start) return true;
  const text = analysis.text.slice(cue.start, cue.end);
  if (/^\p{Lu}{2,}$/u.test(text)) return true;
  // A capital inside a sentence is a name; the first word of a sentence is capitalised anyway.
  return /^\p{Lu}/u.test(text) && !startsSentence(analysis, cue.start);
}

function startsSentence(analysis: Analysis, offset: number): boolean {
  const { sentences } = spanIndex(analysis);
  const sentence = sentences[spanIndexAt(sentences, offset)];
  if (!sentence) return true;
  return /^[\s"“‘'«(\[]*$/u.test(analysis.text.slice(sentence.start, offset));
}

/**
 * An analysis's mentions and sentences sorted by where they start, made once: the
 * key words are asked for every sentence, and a walk over the whole article for
 * each made marking and summarising a long article quadratic. Sentences do not
 * overlap (the engine's segmentation), so at most one holds an offset.
 */
interface SpanIndex {
  mentions: TextSpan[];
  /** `reach[i]`: the furthest end among `mentions[0 … i]`. */
  reach: number[];
  /** The mentions of people and organizations (ties in the order of the entities). */
  actors: TextSpan[];
  sentences: Sentence[];
}

const spanIndexes = new WeakMap<Analysis, SpanIndex>();

function spanIndex(analysis: Analysis): SpanIndex {
  let index = spanIndexes.get(analysis);
  if (!index) {
    const byStart = (a: Span, b: Span) => a.start - b.start;
    const mentions = analysis.entities.flatMap((e) => e.mentions).sort(byStart);
    const reach: number[] = [];
    for (const m of mentions) reach.push(Math.max(m.end, reach.at(-1) ?? -Infinity));
    const actors = analysis.entities.filter((e) => ACTOR_TYPES.has(e.type)).flatMap((e) => e.mentions).sort(byStart);
    index = { mentions, reach, actors, sentences: [...analysis.sentences].sort(byStart) };
    spanIndexes.set(analysis, index);
  }
  return index;
}

/** The span does not cut a word: no letter or digit right before or after it. */
function isWholeWord(text: string, span: Span): boolean {
  const before = text.charAt(span.start - 1);
  const after = text.charAt(span.end);
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function toKeyWord(analysis: Analysis, span: Span, kind: KeyWord['kind']): KeyWord {
  return { kind, start: span.start, end: span.end, text: analysis.text.slice(span.start, span.end) };
}

/** In text order, without overlaps (the longer span wins) or empty spans, at most a few. */
function tidy(words: KeyWord[]): KeyWord[] {
  const sorted = words.filter((w) => w.end > w.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KeyWord[] = [];
  for (const w of sorted) {
    const last = kept[kept.length - 1];
    if (last && w.start < last.end) continue;
    kept.push(w);
  }
  return kept.slice(0, MAX_KEY_WORDS);
}
