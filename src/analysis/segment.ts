import type { Span } from '../shared/schema';

/** Titles before a name: never the last word of a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev', 'lt', 'col', 'capt', 'sgt',
  'maj', 'cmdr', 'adm', 'pres', 'supt', 'insp', 'det', 'hon', 'messrs', 'mme', 'mlle',
]);

/** Abbreviations that sit before a number ("Oct. 1", "No. 3", "p. 12"). */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vol', 'p', 'pp', 'art', 'sec', 'ch', 'fig', 'approx', 'ca', 'para',
]);

/** Abbreviations that are mid-sentence unless a capitalised word follows them. */
const MID_SENTENCE = new Set(['vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'dept', 'est', 'al', 'ave', 'blvd', 'mt', 'e.g', 'i.e', 'cf', 'viz']);

/** Words that start sentences: after "U.S." or an initial, they mean the sentence ended. */
const SENTENCE_STARTERS = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'But', 'And', 'Or', 'So',
  'This', 'That', 'These', 'Those', 'There', 'Their', 'His', 'Her', 'Our', 'My', 'As', 'After', 'Before', 'When',
  'While', 'If', 'However', 'Yet', 'Still', 'Now', 'Then', 'Meanwhile', 'Also', 'For', 'Many', 'Some', 'Most',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);
const TERMINALS = new Set(['.', '!', '?', '…']);

export interface SegmentOptions {
  /** Block spans from the page: no sentence crosses a block's edge. */
  blocks?: readonly Span[];
}

/**
 * Splits text into sentence spans with exact offsets. Line breaks are block
 * boundaries (the page layer turns blocks into lines), so no sentence crosses one.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Span[] {
  const spans: Span[] = [];
  const cuts = blockCuts(options.blocks ?? []);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let from = lineStart;
    for (const cut of cuts) {
      if (cut <= from || cut >= lineEnd) continue;
      splitLine(text, from, cut, spans);
      from = cut;
    }
    splitLine(text, from, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function blockCuts(blocks: readonly Span[]): number[] {
  const cuts = new Set<number>();
  for (const block of blocks) {
    cuts.add(block.start);
    cuts.add(block.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

function splitLine(text: string, from: number, to: number, out: Span[]): void {
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    if (!TERMINALS.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && TERMINALS.has(text[end]!)) end++;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    if (isBoundary(text, start, i, end, to)) {
      pushTrimmed(text, start, end, out);
      start = skipSpace(text, end, to);
      i = start;
    } else {
      i = end;
    }
  }
  if (start < to) pushTrimmed(text, start, to, out);
}

/** Whether the terminal mark at `mark` (with closers up to `end`) ends a sentence. */
function isBoundary(text: string, sentenceStart: number, mark: number, end: number, lineEnd: number): boolean {
  if (end >= lineEnd) return true;
  const next = text[end]!;
  const wordBefore = wordEndingAt(text, Math.max(sentenceStart, mark - 24), mark);
  if (!/\s/.test(next)) {
    // "future.Musk", "Xiaomi.As": a full stop glued to a capitalised word after a
    // lower-case word; "Oct.1", "3.5", "Snopes.com" and "U.S.-led" stay whole.
    return text[mark] === '.' && end === mark + 1 && /\p{Lu}/u.test(next) && /\p{Ll}{2,}$/u.test(wordBefore) && !wordBefore.includes('.');
  }
  const following = nextWord(text, end, lineEnd);
  if (following.word === '' || following.bracket) return true;
  if (/^\p{Ll}/u.test(following.word)) return false;
  if (text[mark] !== '.' || end !== mark + 1) return true;
  // A list marker ("1. Finland") opens its item rather than ending a sentence.
  if (/^\s*\p{N}{1,3}$/u.test(text.slice(sentenceStart, mark))) return false;
  const lower = wordBefore.toLowerCase();
  if (TITLES.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower)) return !/^\p{N}/u.test(following.word);
  if (MID_SENTENCE.has(lower)) return true;
  // Initials and dotted acronyms ("M.", "H.W.", "U.S.") end a sentence only
  // before a word that typically starts one.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(wordBefore) && /^\p{Lu}/u.test(wordBefore)) {
    return following.opened || SENTENCE_STARTERS.has(following.word);
  }
  return true;
}

/** The letters and inner dots right before `mark` ("U.S" before the final dot). */
function wordEndingAt(text: string, from: number, mark: number): string {
  let i = mark;
  while (i > from && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, mark).replace(/^\.+/, '');
}

/** The next word after whitespace, skipping opening quotes and brackets. */
function nextWord(text: string, from: number, to: number): { word: string; opened: boolean; bracket: boolean } {
  let i = skipSpace(text, from, to);
  let opened = false;
  // A parenthesised aside after a full stop is a sentence of its own, whatever its case.
  const bracket = text[i] === '(' || text[i] === '[';
  while (i < to && OPENERS.has(text[i]!)) {
    opened = true;
    i++;
  }
  let j = i;
  while (j < to && /[\p{L}\p{N}]/u.test(text[j]!)) j++;
  return { word: text.slice(i, j === i ? Math.min(i + 1, to) : j), opened, bracket };
}

/** The first offset from `i` (before `to`) that is not whitespace. */
export function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
