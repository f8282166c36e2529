import type { Span } from '../shared/schema';

/** Words that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt', 'col', 'capt', 'sgt',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'no', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'dept', 'est', 'approx', 'fig', 'al', 'ave', 'blvd', 'mt',
  ],
);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

/**
 * Splits text into sentence spans. Line breaks are block boundaries (the page
 * layer turns blocks into lines), so no sentence crosses one.
 */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?') {
      let end = i + 1;
      while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < to && CLOSERS.has(text[end]!)) end++;
      if (isBoundary(text, start, i, end, to)) {
        pushTrimmed(text, start, end, out);
        start = skipSpace(text, end, to);
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  if (start < to) pushTrimmed(text, start, to, out);
}

function isBoundary(text: string, sentenceStart: number, mark: number, end: number, lineEnd: number): boolean {
  if (end >= lineEnd) return true;
  const next = text[end]!;
  if (text[mark] === '.') {
    const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(sentenceStart, mark - 20), mark))?.[0] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    // Initials and dotted acronyms ("U.S.", "J.") only end a sentence before a capitalised word that is not a name.
    if (/^(\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5 && /\s/.test(next)) {
      const following = /^\s+(\S+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
      return /^(The|A|An|In|It|He|She|They|We|But|And|This|That)$/u.test(following);
    }
    // "future.Musk": a missing space after a full stop still ends the sentence;
    // "Oct.1" or "3.5" does not.
    if (!/\s/.test(next)) return /\p{Lu}/u.test(next) && /\p{Ll}{2,}$/u.test(word);
  }
  if (!/\s/.test(next)) return false;
  const following = text.slice(end).trimStart()[0] ?? '';
  return !/\p{Ll}/u.test(following);
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
