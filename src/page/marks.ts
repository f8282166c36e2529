import type { Analysis, EntityType, Label } from '../shared/schema';
import type { Settings } from '../shared/settings';

export type MarkKind = Label | EntityType;

/** One thing painted on the page: a labelled sentence or an entity mention. */
export type Mark =
  | { kind: Label; start: number; end: number; sentence: number }
  | { kind: EntityType; start: number; end: number; entity: string };

/** The marks the reader asked for, sentences before mentions, each in text order. */
export function buildMarks(analysis: Analysis, settings: Pick<Settings, 'labels' | 'entityTypes'>): Mark[] {
  const marks: Mark[] = [];
  analysis.sentences.forEach((s, sentence) => {
    if (s.label && settings.labels[s.label]) marks.push({ kind: s.label, start: s.start, end: s.end, sentence });
  });
  const mentions: Mark[] = [];
  for (const e of analysis.entities) {
    if (!settings.entityTypes[e.type]) continue;
    for (const m of e.mentions) mentions.push({ kind: e.type, start: m.start, end: m.end, entity: e.id });
  }
  mentions.sort((a, b) => a.start - b.start);
  return marks.concat(mentions);
}

/** The innermost marks at a text offset: the entity mention if any, and its sentence. */
export function marksAt(marks: Mark[], offset: number): { sentence?: Mark; entity?: Mark } {
  const found: { sentence?: Mark; entity?: Mark } = {};
  for (const mark of marks) {
    if (mark.start > offset || offset >= mark.end) continue;
    if ('entity' in mark) found.entity ??= mark;
    else found.sentence ??= mark;
  }
  return found;
}
