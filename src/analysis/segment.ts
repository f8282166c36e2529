import type { Span } from '../shared/schema';
import { ENGLISH_SEGMENTATION } from './languages/en/segmentation';
import type { SegmentationData } from './languages/types';

const TERMINALS = new Set(['.', '!', '?', '…']);

export interface SegmentOptions {
  /** Block spans from the page: no sentence crosses a block's edge. */
  blocks?: readonly Span[];
  /** The language's abbreviations, sentence starters and quote marks; English by default. */
  segmentation?: SegmentationData;
}

/**
 * Splits text into sentence spans with exact offsets. Line breaks are block
 * boundaries (the page layer turns blocks into lines), so no sentence crosses one.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Span[] {
  const spans: Span[] = [];
  const cuts = blockCuts(options.blocks ?? []);
  const data = options.segmentation ?? ENGLISH_SEGMENTATION;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let from = lineStart;
    for (const cut of cuts) {
      if (cut <= from || cut >= lineEnd) continue;
      splitLine(text, from, cut, spans, data);
      from = cut;
    }
    splitLine(text, from, lineEnd, spans, data);
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

function splitLine(text: string, from: number, to: number, out: Span[], data: SegmentationData): void {
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    if (!TERMINALS.has(text[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && TERMINALS.has(text[end]!)) end++;
    while (end < to && data.closers.has(text[end]!)) end++;
    if (isBoundary(text, start, i, end, to, data)) {
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
function isBoundary(text: string, sentenceStart: number, mark: number, end: number, lineEnd: number, data: SegmentationData): boolean {
  if (end >= lineEnd) return true;
  const next = text[end]!;
  const wordBefore = wordEndingAt(text, Math.max(sentenceStart, mark - 24), mark);
  const abbreviation = text[mark] === '.' && end === mark + 1 ? dottedAbbreviationAt(text, sentenceStart, mark, lineEnd, data) : undefined;
  if (abbreviation === 'inside') return false;
  if (!/\s/.test(next)) {
    // "future.Musk", "Xiaomi.As": a full stop glued to a capitalised word after a
    // lower-case word; "Oct.1", "3.5", "Snopes.com" and "U.S.-led" stay whole.
    return text[mark] === '.' && end === mark + 1 && /\p{Lu}/u.test(next) && /\p{Ll}{2,}$/u.test(wordBefore) && !wordBefore.includes('.');
  }
  const following = nextWord(text, end, lineEnd, data);
  // "Showa Denko K.K. (SDK) is …", "Acme Corp. (ACME) said …": a name's closing abbreviation before its short form in brackets.
  if (following.bracket && text[mark] === '.' && end === mark + 1 && closesName(wordBefore, data) && SHORT_FORM_ASIDE.test(text.slice(end, Math.min(lineEnd, end + 40)))) return false;
  if (following.word === '' || following.bracket) return true;
  if (/^\p{Ll}/u.test(following.word)) return false;
  if (text[mark] !== '.' || end !== mark + 1) return true;
  // A list marker ("1. Finland") opens its item rather than ending a sentence.
  if (/^\s*\p{N}{1,3}$/u.test(text.slice(sentenceStart, mark))) return false;
  if (abbreviation === 'end') return following.opened || data.sentenceStarters.has(following.word);
  // "am 3. Oktober", "im 19. Jahrhundert": a number's full stop before such a word makes it an ordinal.
  if (data.ordinalNouns.size > 0 && /(?:^|[^\p{L}\p{N}.,])\p{N}{1,3}$/u.test(text.slice(Math.max(sentenceStart, mark - 4), mark))) {
    if (data.ordinalNouns.has(following.word.toLowerCase())) return false;
  }
  // "des 2. Forums": after an article the number is an ordinal before any noun.
  const article = /(?:^|\s)(\p{L}+)\s+\p{N}{1,3}$/u.exec(text.slice(Math.max(sentenceStart, mark - 24), mark))?.[1];
  if (article !== undefined && data.ordinalArticles.has(article.toLowerCase())) return false;
  const lower = wordBefore.toLowerCase();
  if (data.titles.has(lower)) return false;
  if (data.beforeNumber.has(lower)) return !/^\p{N}/u.test(following.word);
  if (data.midSentence.has(lower)) return true;
  // Initials and dotted acronyms ("M.", "H.W.", "U.S.") end a sentence only
  // before a word that typically starts one.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(wordBefore) && /^\p{Lu}/u.test(wordBefore)) {
    return following.opened || data.sentenceStarters.has(following.word);
  }
  return true;
}

const abbreviationPatterns = new WeakMap<SegmentationData, RegExp | null>();

/** One pattern for a language's dotted abbreviations, longest first, inner spaces optional, first letter in either case. */
function abbreviationPattern(data: SegmentationData): RegExp | null {
  let pattern = abbreviationPatterns.get(data);
  if (pattern !== undefined) return pattern;
  const sources = [...data.dottedAbbreviations]
    .sort((a, b) => b.length - a.length)
    .map((abbreviation) => {
      const escaped = abbreviation.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\\\.\s+/gu, '\\.\\s?');
      const first = abbreviation[0]!;
      return `[${first.toLowerCase()}${first.toUpperCase()}]${escaped.slice(1)}`;
    });
  pattern = sources.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'gu') : null;
  abbreviationPatterns.set(data, pattern);
  return pattern;
}

/** Whether the full stop at `mark` is inside a dotted abbreviation ("z. B."), ends one, or neither. */
function dottedAbbreviationAt(text: string, sentenceStart: number, mark: number, lineEnd: number, data: SegmentationData): 'inside' | 'end' | undefined {
  const pattern = abbreviationPattern(data);
  if (!pattern) return undefined;
  const from = Math.max(sentenceStart, mark - 16);
  const window = text.slice(from, Math.min(lineEnd, mark + 16));
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (start > mark) break;
    if (mark < end) return mark === end - 1 ? 'end' : 'inside';
  }
  return undefined;
}

/** The letters and inner dots right before `mark` ("U.S" before the final dot). */
function wordEndingAt(text: string, from: number, mark: number): string {
  let i = mark;
  while (i > from && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, mark).replace(/^\.+/, '');
}

/** A short form in brackets followed by a lower-case word: " (SDK) is", " (ACME) said". */
const SHORT_FORM_ASIDE = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]{1,9}\)\s+\p{Ll}/u;

/** Dotted initials ("K.K", "S.A") or an abbreviation the language keeps mid-sentence ("Corp", "Inc"). */
function closesName(wordBefore: string, data: SegmentationData): boolean {
  return (/^(?:\p{L}\.)+\p{L}$/u.test(wordBefore) && /^\p{Lu}/u.test(wordBefore)) || data.midSentence.has(wordBefore.toLowerCase());
}

/** The next word after whitespace, skipping opening quotes and brackets. */
function nextWord(text: string, from: number, to: number, data: SegmentationData): { word: string; opened: boolean; bracket: boolean } {
  let i = skipSpace(text, from, to);
  let opened = false;
  // A parenthesised aside after a full stop is a sentence of its own, whatever its case.
  const bracket = text[i] === '(' || text[i] === '[';
  while (i < to && data.openers.has(text[i]!)) {
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
