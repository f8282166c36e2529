/**
 * How much an article's text changed between two looks, and where its unchanged
 * lines moved. Lines are the text map's blocks ('\n'-separated). Change is
 * counted in pairs of neighbouring words, so reordered words count too; digits
 * are not words here, so a ticking clock ("Updated 3 minutes ago") or a live
 * counter is no change at all. Everything is linear in the length of the texts.
 */
export interface TextChange {
  /** Pairs of neighbouring words added plus those removed (digits aside), over the lines that changed. */
  changedPairs: number;
  /**
   * Where `[start, end)` of the old text now lies: on an unchanged line it moves
   * with the line; on a changed line paired with its new version, a span before
   * or after the edit moves with it and one across the edit stretches over it;
   * a span inside the edit, or on a line that has no new version, is gone.
   */
  move(start: number, end: number): { start: number; end: number } | undefined;
}

interface Line {
  text: string;
  start: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ text: line, start });
    start += line.length + 1;
  }
  return lines;
}

const WORD = /\p{L}+/gu;

function countPairs(lines: readonly Line[], into: Map<string, number>, sign: 1 | -1): void {
  for (const line of lines) {
    let previous = '';
    for (const word of line.text.toLowerCase().match(WORD) ?? []) {
      const pair = `${previous} ${word}`;
      into.set(pair, (into.get(pair) ?? 0) + sign);
      previous = word;
    }
  }
}

/** How many characters two strings share at their start, and then at their end. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

export function compareTexts(before: string, after: string): TextChange {
  const oldLines = linesOf(before);
  const newLines = linesOf(after);
  // Unchanged lines keep their order: match each old line to the next equal new line.
  const positions = new Map<string, number[]>();
  newLines.forEach((line, i) => {
    const list = positions.get(line.text);
    if (list) list.push(i);
    else positions.set(line.text, [i]);
  });
  const cursor = new Map<string, number>();
  const matchOf: Array<number | undefined> = [];
  const matchedNew = new Uint8Array(newLines.length);
  let next = 0;
  for (const line of oldLines) {
    const list = positions.get(line.text);
    let k = cursor.get(line.text) ?? 0;
    while (list && k < list.length && list[k]! < next) k++;
    cursor.set(line.text, k);
    const found = list?.[k];
    if (found === undefined) {
      matchOf.push(undefined);
      continue;
    }
    cursor.set(line.text, k + 1);
    matchOf.push(found);
    matchedNew[found] = 1;
    next = found + 1;
  }
  // A changed line between the same two unchanged lines in both texts is an edited line: pair them in order.
  const pairOf: Array<number | undefined> = [...matchOf];
  let oldGap = 0;
  let newGap = 0;
  for (let i = 0; i <= oldLines.length; i++) {
    const anchor = i < oldLines.length ? matchOf[i] : newLines.length;
    if (anchor === undefined) continue;
    if (anchor - newGap === i - oldGap) for (let k = 0; k < i - oldGap; k++) pairOf[oldGap + k] = newGap + k;
    oldGap = i + 1;
    newGap = anchor + 1;
  }
  const pairs = new Map<string, number>();
  countPairs(oldLines.filter((_, i) => matchOf[i] === undefined), pairs, -1);
  countPairs(newLines.filter((_, i) => !matchedNew[i]), pairs, 1);
  let changedPairs = 0;
  for (const n of pairs.values()) changedPairs += Math.abs(n);

  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = oldLines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (oldLines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** Where an offset on old line i lies on its new version; `edge` says which side of an edit it keeps to. */
  const place = (i: number, offset: number, edge: 'start' | 'end'): number | undefined => {
    const j = pairOf[i];
    if (j === undefined) return undefined;
    const before = oldLines[i]!;
    const after = newLines[j]!;
    const at = offset - before.start;
    if (matchOf[i] !== undefined) return after.start + at;
    const { prefix, suffix } = commonEnds(before.text, after.text);
    if (at <= prefix) return after.start + at;
    if (at >= before.text.length - suffix) return after.start + at + after.text.length - before.text.length;
    return edge === 'start' ? after.start + prefix : after.start + after.text.length - suffix;
  };
  return {
    changedPairs,
    move(start, end) {
      const first = lineAt(start);
      const last = lineAt(Math.max(start, end - 1));
      for (let i = first + 1; i < last; i++) if (pairOf[i] === undefined) return undefined;
      const from = place(first, start, 'start');
      const to = place(last, end, 'end');
      if (from === undefined || to === undefined || to <= from) return undefined;
      // A span wholly inside an edit now covers other words: gone.
      if (first === last && matchOf[first] === undefined) {
        const { prefix, suffix } = commonEnds(oldLines[first]!.text, newLines[pairOf[first]!]!.text);
        const at = start - oldLines[first]!.start;
        if (at >= prefix && end - oldLines[first]!.start <= oldLines[first]!.text.length - suffix) return undefined;
      }
      return { start: from, end: to };
    },
  };
}
