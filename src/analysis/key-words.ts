import type { Analysis, CueKind, Entity, Label, Sentence, Span } from '../shared/schema';

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
  for (const entity of analysis.entities) {
    if (!ACTOR_TYPES.has(entity.type)) continue;
    for (const m of entity.mentions) {
      if (m.start >= sentence.start && m.end <= sentence.end) details.push({ kind: 'actor', start: m.start, end: m.end, text: m.text });
    }
  }
  return tidy(details);
}

/** A cue that is part of a name ("HMP" of "HMP Belmarsh", "Great" of "Great Britain") or looks like one. */
function isProperName(analysis: Analysis, cue: Span): boolean {
  const inMention = analysis.entities.some((e) => e.mentions.some((m) => m.start < cue.end && cue.start < m.end));
  if (inMention) return true;
  const text = analysis.text.slice(cue.start, cue.end);
  if (/^\p{Lu}{2,}$/u.test(text)) return true;
  // A capital inside a sentence is a name; the first word of a sentence is capitalised anyway.
  return /^\p{Lu}/u.test(text) && !startsSentence(analysis, cue.start);
}

function startsSentence(analysis: Analysis, offset: number): boolean {
  const sentence = analysis.sentences.find((s) => s.start <= offset && offset < s.end);
  if (!sentence) return true;
  return /^[\s"“‘'«(\[]*$/u.test(analysis.text.slice(sentence.start, offset));
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
