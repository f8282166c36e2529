import type { Span } from '../../shared/schema';
import type { Mention } from '../entities/types';
import { firstEndingAfter } from '../spans';
import { FIRST_PERSON_SINGULAR } from './data/article-kinds';
import { personRoles } from './person-roles';
import { personSexes } from './person-sex';
import { QuotationIndex, type Quotation } from './quotations';
import type { ArticleView, Attribution, ClaimContext, Detector, SentenceView } from './types';
import { splitWords } from './words';

/** Words of the author's own below which the text says nothing about how the author writes. */
const MIN_VOICE_WORDS = 150;

type FrameDetector = Extract<Detector, { stage: 'frame' }>;

/** Prepares the article for the detectors: words, quotations, paragraphs, blocks, memoised frames. */
export function buildArticleView(text: string, spans: Span[], context: ClaimContext, frameDetectors: readonly FrameDetector[]): ArticleView {
  const quotations = new QuotationIndex(text, context.blocks);
  const lineStarts = lineStartOffsets(text);
  const mentions = [...context.mentions].sort((a, b) => a.start - b.start);
  let nextMention = 0;
  const linksBySentence = bySentence(spans, context.links);
  const blocksBySentence = bySentence(spans, context.blocks);
  const sentences: SentenceView[] = spans.map((span, index) => {
    while (nextMention < mentions.length && mentions[nextMention]!.end <= span.start) nextMention++;
    const inside: Mention[] = [];
    for (let m = nextMention; m < mentions.length && mentions[m]!.start < span.end; m++) inside.push(mentions[m]!);
    // The quotations a word may lie in are the few the sentence overlaps, not every one of the article's.
    const quotes = quotations.within(span);
    const words = splitWords(text, span, (offset) => quotes.some((q) => q.start <= offset && offset < q.end));
    const block = blocksBySentence[index]?.find((b) => b.start <= span.start && span.end <= b.end);
    return {
      index,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      words,
      mentions: inside,
      links: linksBySentence[index] ?? [],
      quotedShare: quotedShare(text, span, quotes),
      paragraph: lineOf(lineStarts, span.start),
      ...(block ? { block } : {}),
    };
  });
  let ownWords = 0;
  let firstPerson = 0;
  for (const sentence of sentences) {
    for (const w of sentence.words) {
      if (w.quoted) continue;
      ownWords++;
      if (FIRST_PERSON_SINGULAR.has(w.lower)) firstPerson++;
    }
  }
  const memo = new Map<number, Attribution[]>();
  const article: ArticleView = {
    text,
    sentences,
    quotations,
    context,
    // A few sentences are too few to tell an essayist's "I" from a quoted writer's.
    firstPersonShare: ownWords < MIN_VOICE_WORDS ? 0 : firstPerson / ownWords,
    sexOf: personSexes(text, mentions),
    rolesOf: personRoles(text, mentions),
    frames(index) {
      let found = memo.get(index);
      if (!found) {
        const sentence = sentences[index]!;
        // A detector that throws drops its own evidence, not the others'. A plain loop: most detectors find
        // nothing in most sentences, and flatMap's closure and copies cost more than their look.
        found = [];
        for (const d of frameDetectors) {
          try {
            found.push(...d.detect(sentence, article));
          } catch {
            // nothing from this detector
          }
        }
        memo.set(index, found);
      }
      return found;
    },
  };
  return article;
}

/**
 * The spans (links, blocks) overlapping each sentence, in their input order,
 * by binary search over the sentences: linear in sentences plus spans, never their product.
 */
function bySentence<T extends Span>(spans: Span[], items: readonly T[]): Array<T[] | undefined> {
  const found: Array<T[] | undefined> = new Array(spans.length);
  for (const item of items) {
    for (let i = firstEndingAfter(spans, item.start); i < spans.length && spans[i]!.start < item.end; i++) (found[i] ??= []).push(item);
  }
  return found;
}

/** The share of the span's letters inside `quotes`, the quotations that overlap it. */
function quotedShare(text: string, span: Span, quotes: readonly Quotation[]): number {
  const all = countLetters(text, span.start, span.end);
  let quoted = 0;
  for (const q of quotes) quoted += countLetters(text, Math.max(q.start, span.start), Math.min(q.end, span.end));
  return all === 0 ? 0 : quoted / all;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Letters and digits in `text[from, to)`; ASCII is tested by code, the rest by Unicode class. */
function countLetters(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) count++;
    } else if (LETTER.test(text[i]!)) count++;
  }
  return count;
}

const LETTER = /[\p{L}\p{N}]/u;
