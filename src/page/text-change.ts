/**
 * How much an article's text changed between two looks, and where its unchanged
 * lines moved. Lines are the text map's blocks ('\n'-separated). Digits are not
 * words here, so a ticking clock ("Updated 3 minutes ago") or a live counter is
 * no change at all; everything is linear in the length of the texts.
 */
export interface TextChange {
  /** Words added plus words removed (digits aside), over the lines that changed. */
  changedWords: number;
  /** Where `[start, end)` of the old text now lies, or undefined when its line changed. */
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

function countWords(lines: readonly Line[], into: Map<string, number>, sign: 1 | -1): void {
  for (const line of lines) {
    for (const word of line.text.toLowerCase().match(WORD) ?? []) into.set(word, (into.get(word) ?? 0) + sign);
  }
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
  const words = new Map<string, number>();
  countWords(oldLines.filter((_, i) => matchOf[i] === undefined), words, -1);
  countWords(newLines.filter((_, i) => !matchedNew[i]), words, 1);
  let changedWords = 0;
  for (const n of words.values()) changedWords += Math.abs(n);

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
  return {
    changedWords,
    move(start, end) {
      const first = lineAt(start);
      const last = lineAt(Math.max(start, end - 1));
      let shift: number | undefined;
      for (let i = first; i <= last; i++) {
        const j = matchOf[i];
        if (j === undefined) return undefined;
        const s = newLines[j]!.start - oldLines[i]!.start;
        // A span across lines moves only if its lines moved together.
        if (shift !== undefined && s !== shift) return undefined;
        shift = s;
      }
      return shift === undefined ? undefined : { start: start + shift, end: end + shift };
    },
  };
}
