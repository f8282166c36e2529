import type { BlockSpan, Cue, LinkSpan, Sentence, Source, Span } from '../../shared/schema';
import type { Mention } from '../entities/types';

export interface ClaimContext {
  mentions: Mention[];
  links: LinkSpan[];
  blocks: BlockSpan[];
}

const REPORTING_VERB = /\b(said|says|say|told|tells|announced|announces|wrote|writes|estimated|estimates|stated|states|added|adds|explained|noted|argued|claimed|reported|reports|warned|according to)\b/giu;
const VAGUE_SUBJECT = /\b(experts?|officials?|sources?|critics|analysts|observers|reports|studies|research|some|many|people|insiders|it is (?:widely )?(?:believed|thought|said|reported))\b/iu;
const OPINION_WORDS = /\b(incomparable|hard time|critical|powerful|huge|broad|so big|can[’']t catch up|may be able|might|should|must|best|worst|clearly|obviously|unfortunately|remarkable|terrible|great|poor|deeply|heavily|similar|lacks)\b/giu;
const FACT = /\b(\d[\d,.]*|percent|million|billion|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/giu;

/** Labels every sentence as sourced, vague, unsourced, opinion or not a claim. */
export function labelSentences(text: string, spans: Span[], context: ClaimContext): Sentence[] {
  let openQuoteSource: Source | undefined;
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const sentenceText = text.slice(span.start, span.end);
    const base = { start: span.start, end: span.end, text: sentenceText, subjective: false, cues: [] as Cue[] };
    const opinionCues = findAll(OPINION_WORDS, text, span, 'opinion');
    const subjective = opinionCues.length > 0;

    const block = context.blocks.find((b) => b.start <= span.start && span.end <= b.end);
    if (block?.kind === 'heading' || looksLikeHeading(sentenceText)) {
      sentences.push({ ...base, label: null, nonClaim: 'heading' });
      continue;
    }
    if (/\?["”’)]*$/u.test(sentenceText)) {
      sentences.push({ ...base, label: null, nonClaim: 'question' });
      continue;
    }

    const quote = findQuote(sentenceText);
    const reporting = findAll(REPORTING_VERB, text, span, 'reporting-verb');
    const cues: Cue[] = [];
    let source: Source | undefined;

    if (reporting.length > 0) {
      const verb = reporting[0]!;
      source = nearestSource(text, span, verb, context.mentions);
      cues.push(verb.kind === 'reporting-verb' && /according to/i.test(text.slice(verb.start, verb.end)) ? { ...verb, kind: 'according-to' } : verb);
    }
    if (quote) cues.push({ kind: 'quote', start: span.start + quote.start, end: span.start + quote.end });

    if (source) {
      if (quote && !quote.closed) openQuoteSource = source;
      sentences.push({ ...base, label: VAGUE_SUBJECT.test(source.text) ? 'vague' : 'sourced', subjective, source, cues: [...cues, ...opinionCues] });
      continue;
    }
    if (openQuoteSource && (quote || /^["“]/u.test(sentenceText) || /["”]$/u.test(sentenceText))) {
      sentences.push({ ...base, label: 'sourced', subjective, source: openQuoteSource, cues: [{ kind: 'quote-continuation', start: span.start, end: span.end }, ...opinionCues] });
      if (/["”]\s*$/u.test(sentenceText)) openQuoteSource = undefined;
      continue;
    }
    if (quote && !quote.closed) {
      // A quotation opened here is attributed later in the same sentence or paragraph.
      openQuoteSource = undefined;
    }
    const vague = VAGUE_SUBJECT.exec(sentenceText);
    if (vague && reporting.length > 0) {
      const start = span.start + vague.index;
      sentences.push({ ...base, label: 'vague', subjective, source: { start, end: start + vague[0].length, text: vague[0] }, cues: [{ kind: 'vague-source', start, end: start + vague[0].length }, ...opinionCues] });
      continue;
    }
    const link = context.links.find((l) => l.start >= span.start && l.end <= span.end);
    if (link) {
      const host = safeHost(link.href);
      if (host) {
        sentences.push({ ...base, label: 'sourced', subjective, source: { start: link.start, end: link.end, text: host, href: link.href }, cues: [{ kind: 'link', start: link.start, end: link.end }, ...opinionCues] });
        continue;
      }
    }
    if (subjective) {
      sentences.push({ ...base, label: 'opinion', subjective, cues: opinionCues });
      continue;
    }
    sentences.push({ ...base, label: 'unsourced', cues: findAll(FACT, text, span, 'fact').slice(0, 3) });
  }
  return sentences;
}

function looksLikeHeading(sentence: string): boolean {
  const words = sentence.split(/\s+/);
  return !/[.!?:;"”’)]$/u.test(sentence) && words.length <= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length / 2;
}

function findQuote(sentence: string): { start: number; end: number; closed: boolean } | undefined {
  const open = sentence.search(/["“]/u);
  if (open === -1) return undefined;
  const close = sentence.slice(open + 1).search(/["”]/u);
  const end = close === -1 ? sentence.length : open + 1 + close + 1;
  const inner = sentence.slice(open + 1, close === -1 ? sentence.length : end - 1);
  // Scare quotes around a name or a short term are not quotations.
  if (inner.trim().split(/\s+/).length < 4) return undefined;
  return { start: open, end, closed: close !== -1 };
}

function findAll(pattern: RegExp, text: string, span: Span, kind: Cue['kind']): Cue[] {
  const cues: Cue[] = [];
  const sentence = text.slice(span.start, span.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    cues.push({ kind, start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return cues;
}

function nearestSource(text: string, span: Span, verb: Cue, mentions: Mention[]): Source | undefined {
  const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
  const verbText = text.slice(verb.start, verb.end).toLowerCase();
  const candidates = verbText === 'according to' ? inside.filter((m) => m.start >= verb.end) : inside;
  const best = candidates.sort((a, b) => distance(a, verb) - distance(b, verb))[0];
  if (best && distance(best, verb) <= 60) return { start: best.start, end: best.end, text: best.text };
  const vague = VAGUE_SUBJECT.exec(text.slice(span.start, span.end));
  if (vague) {
    const start = span.start + vague.index;
    return { start, end: start + vague[0].length, text: vague[0] };
  }
  return undefined;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start - b.end;
}

function safeHost(href: string): string | undefined {
  try {
    return new URL(href).host || undefined;
  } catch {
    return undefined;
  }
}
