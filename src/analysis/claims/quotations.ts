import type { BlockSpan, Span } from '../../shared/schema';
import { skipSpace } from '../segment';
import { firstEndingAfter, spanIndexAt } from '../spans';

/** A stretch of quoted words. Paragraph-spanning quotations are one chain of segments. */
export interface Quotation extends Span {
  /** Segments of one quotation that runs over paragraph breaks share a chain number. */
  chain: number;
  /** A scare quote around a name or term ("Starlink", "bad deal"): not reported speech. */
  scare: boolean;
}

/** Blocks a quotation never runs into or out of. */
const NON_PROSE: ReadonlySet<BlockSpan['kind']> = new Set(['heading', 'caption']);

/** Quotations longer than this many words are reported speech, not scare quotes. */
const SCARE_QUOTE_MAX_WORDS = 3;

/**
 * Finds quotations with a small state machine over the whole text. Curly quotes
 * say which way they face; straight quotes are told apart by their neighbours.
 * A quotation still open at a line break continues only when the next paragraph
 * opens with a quote mark (“…), or when the next quote mark, on that line or the one
 * after it, closes a quotation the line never opened (text set one sentence per line:
 * “We were playing … / If we … / But hopefully …”); never into or out of a heading or
 * caption. Otherwise it ends at the break, so one stray mark cannot run on through the article.
 */
export function findQuotations(text: string, blocks: readonly BlockSpan[] = []): Quotation[] {
  const nonProse = blocks.filter((b) => NON_PROSE.has(b.kind)).sort((a, b) => a.start - b.start);
  let nextBlock = 0;
  /** Whether the line at `lineStart` lies in a heading or caption (lines are visited in order). */
  const isNonProse = (lineStart: number): boolean => {
    while (nextBlock < nonProse.length && nonProse[nextBlock]!.end <= lineStart) nextBlock++;
    const block = nonProse[nextBlock];
    return block !== undefined && block.start <= lineStart && lineStart < block.end;
  };
  let previousNonProse = false;
  const quotations: Quotation[] = [];
  let chain = 0;
  let open = -1;
  let openChain = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const nonProseLine = isNonProse(lineStart);
    if (open !== -1) {
      // Carried over from the previous paragraph: continue only if this one reopens it or goes on to close it.
      const first = firstQuoteMark(text, lineStart, lineEnd);
      const reopens = first?.role === 'open' && first.index === skipSpace(text, lineStart, lineEnd);
      const closes = first ? closesSentence(text, first, lineEnd) : closedOnNextLine(text, lineEnd, isNonProse);
      open = (reopens || closes) && !nonProseLine && !previousNonProse ? lineStart : -1;
    }
    previousNonProse = nonProseLine;
    for (let i = lineStart; i < lineEnd; i++) {
      const role = quoteRole(text, i, lineStart, lineEnd);
      if (!role) {
        const close = open === -1 ? singleQuotationEnd(text, i, lineStart, lineEnd) : undefined;
        if (close === undefined) continue;
        openChain = chain++;
        push(i, close + 1);
        i = close;
        continue;
      }
      if (role === 'open') {
        if (open !== -1 && open !== lineStart) push(open, i);
        if (open === lineStart && openChain !== -1 && i === skipSpace(text, lineStart, lineEnd)) {
          open = i;
        } else {
          open = i;
          openChain = chain++;
        }
      } else if (open !== -1) {
        push(open, i + 1);
        open = -1;
      }
    }
    if (open !== -1) push(open, lineEnd);
    lineStart = lineEnd + 1;
  }
  return markScareQuotes(text, quotations);

  function push(start: number, end: number): void {
    if (end > start) quotations.push({ start, end, chain: openChain, scare: false });
  }
}

/** Whether the prose line after the one ending at `lineEnd` starts its quote marks by closing a quotation. */
function closedOnNextLine(text: string, lineEnd: number, isNonProse: (lineStart: number) => boolean): boolean {
  if (lineEnd >= text.length) return false;
  const start = lineEnd + 1;
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  const first = firstQuoteMark(text, start, end);
  return !isNonProse(start) && first !== undefined && closesSentence(text, first, end);
}

/**
 * A closing mark that ends what was said (“… games.”” or the line itself) closes a quotation carried
 * over; one glued to a word mid-line ("weighs 600 grams" and packs …) is a stray mark, not the end of one.
 */
function closesSentence(text: string, mark: { index: number; role: 'open' | 'close' }, lineEnd: number): boolean {
  if (mark.role !== 'close') return false;
  return SPOKEN_END.test(text[mark.index - 1] ?? '') || text.slice(mark.index + 1, lineEnd).trim() === '';
}

/** Punctuation that ends a quoted sentence or clause right before its closing mark. */
const SPOKEN_END = /[.!?…,]/u;

function markScareQuotes(text: string, quotations: Quotation[]): Quotation[] {
  const words = new Map<number, number>();
  for (const q of quotations) words.set(q.chain, (words.get(q.chain) ?? 0) + countWords(text, q));
  return quotations.map((q) => ({ ...q, scare: (words.get(q.chain) ?? 0) <= SCARE_QUOTE_MAX_WORDS }));
}

/** Words (runs of letters and digits) in a span; ASCII is tested by code, the rest by Unicode class. */
function countWords(text: string, span: Span): number {
  let count = 0;
  let inWord = false;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const letter = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(text[i]!);
    if (letter && !inWord) count++;
    inWord = letter;
  }
  return count;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function firstQuoteMark(text: string, from: number, to: number): { index: number; role: 'open' | 'close' } | undefined {
  for (let i = from; i < to; i++) {
    const role = quoteRole(text, i, from, to);
    if (role) return { index: i, role };
  }
  return undefined;
}

/** Whether the character at `i` opens or closes a double quotation, or is no quote mark. */
function quoteRole(text: string, i: number, lineStart: number, lineEnd: number): 'open' | 'close' | undefined {
  const ch = text[i];
  if (ch === '“' || ch === '«' || ch === '„') return 'open';
  if (ch === '”' || ch === '»') return 'close';
  if (ch !== '"') return undefined;
  const before = i > lineStart ? text[i - 1]! : ' ';
  const after = i + 1 < lineEnd ? text[i + 1]! : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/u.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014\u2013]/u.test(after);
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return spaceBefore ? 'open' : 'close';
}

/**
 * Where a single-quoted quotation that opens at `i` closes on its line (‘We will not wait,’ she said —
 * British style), or undefined. Single marks double as apostrophes, so a quotation opens only before a
 * letter at a word's start, closes only after a word and before a space or punctuation, never runs past
 * its line or into a double mark, and passes over a plural possessive (“the members’ union”) when a
 * later mark can close it.
 */
function singleQuotationEnd(text: string, i: number, lineStart: number, lineEnd: number): number | undefined {
  if (!SINGLE_OPEN.has(text[i]!) || !/\p{L}/u.test(text[i + 1] ?? '')) return undefined;
  if (i > lineStart && !SINGLE_OPEN_AFTER.test(text[i - 1]!)) return undefined;
  let first: number | undefined;
  for (let j = i + 2; j < lineEnd; j++) {
    if (quoteRole(text, j, lineStart, lineEnd)) return undefined;
    if (!SINGLE_CLOSE.has(text[j]!) || /\s/u.test(text[j - 1]!)) continue;
    const after = j + 1 < lineEnd ? text[j + 1]! : ' ';
    if (!SINGLE_CLOSE_BEFORE.test(after)) continue;
    const possessive = text[j - 1] === 's' && / \p{Ll}/u.test(text.slice(j + 1, j + 3));
    if (!possessive) return j;
    first ??= j;
  }
  return first;
}

const SINGLE_OPEN = new Set(['‘', "'"]);
const SINGLE_CLOSE = new Set(['’', "'"]);
/** What may stand right before an opening single mark: a space, a bracket or a dash. */
const SINGLE_OPEN_AFTER = /[\s([{\u2014\u2013-]/u;
/** What may follow a closing single mark: a space, punctuation or a dash. */
const SINGLE_CLOSE_BEFORE = /[\s.,;:!?)\]}\u2014\u2013-]/u;

/** Looks up, for any offset, the quotation (if any) that covers it. */
export class QuotationIndex {
  readonly quotations: Quotation[];

  constructor(text: string, blocks: readonly BlockSpan[] = []) {
    this.quotations = findQuotations(text, blocks);
  }

  /** The reported-speech quotation covering `offset`, ignoring scare quotes. */
  at(offset: number): Quotation | undefined {
    const q = this.quotations[spanIndexAt(this.quotations, offset)];
    return q?.scare ? undefined : q;
  }

  /** Reported-speech quotations overlapping `span`. */
  within(span: Span): Quotation[] {
    const found: Quotation[] = [];
    for (let i = firstEndingAfter(this.quotations, span.start); i < this.quotations.length && this.quotations[i]!.start < span.end; i++) {
      if (!this.quotations[i]!.scare) found.push(this.quotations[i]!);
    }
    return found;
  }
}
