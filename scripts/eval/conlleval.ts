import { spansFromTags } from '../../src/analysis/entities/tags';

export interface TypeScore {
  type: string;
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
}

/**
 * Exact-span precision, recall and F1 per type and overall, by conlleval's rules:
 * a predicted entity counts only when its type, start and end all match.
 */
export function scoreSpans(gold: readonly (readonly string[])[], predicted: readonly (readonly string[])[], types?: string[]): TypeScore[] {
  const counts = new Map<string, { tp: number; gold: number; predicted: number }>();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, gold: 0, predicted: 0 }));
    return c;
  };
  gold.forEach((goldTags, s) => {
    const goldSpans = spansFromTags(goldTags);
    const predictedSpans = spansFromTags(predicted[s] ?? []);
    const keys = new Set(goldSpans.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const g of goldSpans) count(g.type).gold++;
    for (const p of predictedSpans) {
      const c = count(p.type);
      c.predicted++;
      if (keys.has(`${p.start}:${p.end}:${p.type}`)) c.tp++;
    }
  });
  const rows = [...(types ?? [...counts.keys()].sort())].map((type) => toScore(type, counts.get(type) ?? { tp: 0, gold: 0, predicted: 0 }));
  const total = [...counts.entries()]
    .filter(([type]) => !types || types.includes(type))
    .reduce((sum, [, c]) => ({ tp: sum.tp + c.tp, gold: sum.gold + c.gold, predicted: sum.predicted + c.predicted }), { tp: 0, gold: 0, predicted: 0 });
  rows.push(toScore('overall', total));
  return rows;
}

function toScore(type: string, c: { tp: number; gold: number; predicted: number }): TypeScore {
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.gold ? c.tp / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { type, precision, recall, f1, gold: c.gold, predicted: c.predicted };
}

/**
 * A text engine's character spans over a sentence's words joined by single
 * spaces, as IOB2 tags of those words; a span overlapping one already placed is skipped.
 */
export function wordTagsFromSpans(words: readonly string[], spans: ReadonlyArray<{ start: number; end: number; type: string }>): string[] {
  const starts: number[] = [];
  let length = 0;
  for (const word of words) {
    if (length) length += 1;
    starts.push(length);
    length += word.length;
  }
  const tags = words.map(() => 'O');
  for (const span of spans) {
    const inside = starts.flatMap((s, i) => (s >= span.start && s < span.end ? [i] : []));
    if (inside.length === 0 || inside.some((i) => tags[i] !== 'O')) continue;
    inside.forEach((i, k) => (tags[i] = `${k === 0 ? 'B' : 'I'}-${span.type}`));
  }
  return tags;
}

/**
 * Every span error, one line each under its class: a gold name missed (no prediction overlaps it), a
 * prediction with no gold name under it, the right span with the wrong type, and overlapping spans with
 * other bounds; each line shows the sentence with the gold span in [brackets] and the predicted in {braces}.
 */
export function listSpanErrors(
  words: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  types: readonly string[],
): string {
  const classes = new Map<string, string[]>();
  const add = (kind: string, line: string) => {
    let lines = classes.get(kind);
    if (!lines) classes.set(kind, (lines = []));
    lines.push(line);
  };
  const show = (s: number, g?: { start: number; end: number }, p?: { start: number; end: number }) =>
    words[s]!.map((w, i) => `${g?.start === i ? '[' : ''}${p?.start === i ? '{' : ''}${w}${p?.end === i + 1 ? '}' : ''}${g?.end === i + 1 ? ']' : ''}`).join(' ');
  gold.forEach((goldTags, s) => {
    const goldSpans = spansFromTags(goldTags).filter((g) => types.includes(g.type));
    const predictedSpans = spansFromTags(predicted[s] ?? []).filter((p) => types.includes(p.type));
    const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
    for (const g of goldSpans) {
      const over = predictedSpans.filter((p) => overlaps(g, p));
      if (over.length === 0) add(`missed ${g.type}`, show(s, g));
      for (const p of over) {
        const same = p.start === g.start && p.end === g.end;
        if (same && p.type !== g.type) add(`${g.type} typed ${p.type}`, show(s, g, p));
        else if (!same) add(`bounds ${g.type}${p.type === g.type ? '' : ` as ${p.type}`}`, show(s, g, p));
      }
    }
    for (const p of predictedSpans) if (!goldSpans.some((g) => overlaps(g, p))) add(`spurious ${p.type}`, show(s, undefined, p));
  });
  return [...classes.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([kind, lines]) => `## ${kind} (${lines.length})\n${lines.join('\n')}`)
    .join('\n\n');
}
