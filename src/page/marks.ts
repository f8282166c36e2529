import { keyWords } from '../analysis/key-words';
import type { Analysis, EntityType, Label } from '../shared/schema';
import type { Settings } from '../shared/settings';

export type MarkKind = Label | EntityType;

/**
 * One thing shown on the page: a labelled sentence (or the key words of one) or
 * an entity mention. A quiet mark is not painted over the text: a quiet
 * sentence is a thin rule in the margin, a quiet mention shows nothing until it
 * is clicked; both still open their note on click.
 */
export type Mark =
  | { kind: Label; start: number; end: number; sentence: number; quiet?: true }
  | { kind: EntityType; start: number; end: number; entity: string; quiet?: true };

/** Labels that need the reader's attention: the claim names no source, or is the author's own view. */
export const ATTENTION_LABELS: readonly Label[] = ['vague', 'unsourced', 'opinion'];

type MarkSettings = Pick<Settings, 'labels' | 'entityTypes' | 'markMode'>;

/**
 * The marks the reader asked for, sentences before mentions, each in text order.
 * With `markMode: 'attention'` only the key words of vague, unsourced and opinion
 * claims and each name's first mention are painted; every labelled sentence is
 * also a quiet mark, so its label stays one click (or one margin rule) away.
 */
export function buildMarks(analysis: Analysis, settings: MarkSettings): Mark[] {
  const calm = settings.markMode !== 'everything';
  const marks: Mark[] = [];
  analysis.sentences.forEach((s, sentence) => {
    if (!s.label || !settings.labels[s.label]) return;
    if (!calm) {
      marks.push({ kind: s.label, start: s.start, end: s.end, sentence });
      return;
    }
    marks.push({ kind: s.label, start: s.start, end: s.end, sentence, quiet: true });
    if (!ATTENTION_LABELS.includes(s.label)) return;
    for (const word of keyWords(analysis, s)) marks.push({ kind: s.label, start: word.start, end: word.end, sentence });
  });
  marks.sort((a, b) => a.start - b.start);
  const mentions: Mark[] = [];
  for (const e of analysis.entities) {
    if (!settings.entityTypes[e.type]) continue;
    const first = Math.min(...e.mentions.map((m) => m.start));
    for (const m of e.mentions) {
      const quiet = calm && m.start !== first;
      mentions.push({ kind: e.type, start: m.start, end: m.end, entity: e.id, ...(quiet ? { quiet: true as const } : {}) });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  return marks.concat(mentions);
}

/** How the reader reached a point: a resting pointer opens painted marks only, a click any mark. */
export type Pointer = 'hover' | 'click';

/**
 * The mark whose note a pointer at `offset` opens: a painted entity mention,
 * then a painted sentence mark, then (on a click) a quiet mention or sentence.
 */
export function markAt(marks: readonly Mark[], offset: number, pointer: Pointer): Mark | undefined {
  const painted: { sentence?: Mark; entity?: Mark } = {};
  let quiet: { sentence?: Mark; entity?: Mark } = {};
  for (const mark of marks) {
    if (mark.start > offset || offset >= mark.end) continue;
    const found = mark.quiet ? quiet : painted;
    if ('entity' in mark) found.entity ??= mark;
    else found.sentence ??= mark;
  }
  if (pointer === 'hover') quiet = {};
  return painted.entity ?? painted.sentence ?? quiet.entity ?? quiet.sentence;
}

/** One mark per labelled sentence, in text order: the stops of keyboard navigation, whatever is painted. */
export function sentenceStops(marks: readonly Mark[]): Array<Extract<Mark, { sentence: number }>> {
  const seen = new Set<number>();
  const stops: Array<Extract<Mark, { sentence: number }>> = [];
  for (const mark of marks) {
    if (!('sentence' in mark) || seen.has(mark.sentence)) continue;
    seen.add(mark.sentence);
    stops.push(mark);
  }
  return stops.sort((a, b) => a.sentence - b.sentence);
}
