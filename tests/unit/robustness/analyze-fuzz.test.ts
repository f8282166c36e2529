import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { AnalysisSchema, type Analysis } from '../../../src/shared/schema';

/** A fixed seed: a failure reproduces, and CI runs the same cases every time. */
const SEED = 20261125;

/** Characters that stress segmentation, quotation and name handling. */
const NASTY = ['.', '!', '?', '…', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '«', '»', '—', '–', '-', ':', ';', ',', '\n', '\n\n', ' ', '\t', '\u00ad', '\u200b', '\u202e', '\ufeff', '\0', '�', '😀', '👩🏽‍🔬', '𝒳', '\ud800', '\udc00', 'U.S.', 'Mr.', 'Oct.', 'No.', 'said', 'told', 'according to', 'experts say', 'The', 'Xiaomi', 'Lei Jun', 'CCP', '(CCP)', '“Starlink”', '<script>', '&amp;', 'ß', 'İ', 'ﬁ'];

const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 200 }).map((parts) => parts.join(''));

/** Everything the schema cannot say: offsets in range and consistent, sentences in order and apart. */
function expectWellFormed(text: string, analysis: Analysis): void {
  expect(AnalysisSchema.safeParse(analysis).success).toBe(true);
  expect(analysis.text).toBe(text);
  let previousEnd = 0;
  for (const s of analysis.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.text).toBe(text.slice(s.start, s.end));
    for (const span of [...s.cues, ...(s.source ? [s.source] : [])]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThanOrEqual(span.start);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
    if (s.source?.entityId) expect(analysis.entities.some((e) => e.id === s.source!.entityId)).toBe(true);
    previousEnd = s.end;
  }
  const ids = new Set<string>();
  for (const e of analysis.entities) {
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(e.mentions.length).toBeGreaterThan(0);
    for (const m of e.mentions) {
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.text).toBe(text.slice(m.start, m.end));
    }
  }
}

describe('analyze() on any input', () => {
  it('returns a well-formed Analysis for arbitrary strings (1,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => expectWellFormed(text, analyze(text))),
      { seed: SEED, numRuns: 1000 },
    );
  }, 60_000);

  it('returns a well-formed Analysis for adversarial punctuation, quotes and names (1,000 runs)', () => {
    fc.assert(
      fc.property(nastyText, (text) => expectWellFormed(text, analyze(text))),
      { seed: SEED, numRuns: 1000 },
    );
  }, 60_000);

  it('returns a well-formed Analysis with arbitrary links and blocks (300 runs)', () => {
    const input = nastyText.chain((text) =>
      fc.record({
        text: fc.constant(text),
        links: fc.array(
          fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.constantFrom('https://example.org/report', 'http://x.test/tag/news', 'not a url', '')).map(([a, b, href]) => ({ start: Math.min(a, b), end: Math.max(a, b), href })),
          { maxLength: 5 },
        ),
        blocks: fc.array(
          fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }), fc.constantFrom('paragraph', 'heading', 'list-item', 'quote', 'caption') as fc.Arbitrary<'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption'>).map(([a, b, kind]) => ({ start: Math.min(a, b), end: Math.max(a, b), kind })),
          { maxLength: 5 },
        ),
      }),
    );
    fc.assert(
      fc.property(input, ({ text, links, blocks }) => expectWellFormed(text, analyze(text, { links, blocks }))),
      { seed: SEED, numRuns: 300 },
    );
  }, 60_000);

  it('handles the empty string, whitespace, a 1 MB article and binary-looking data', () => {
    for (const text of ['', ' ', '\n\n\n', '\0\0\0', '.'.repeat(10_000), '"'.repeat(10_000), '“'.repeat(5_000) + '”'.repeat(5_000)]) {
      expectWellFormed(text, analyze(text));
    }
    const paragraph = 'Mayor Alicia Moreno said on Oct. 1 that the U.S. barrier, which “protects 11,000 homes,” would cost $48 million, according to Harbor Engineering Ltd. Critics say it is a terrible idea.\n';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const analysis = analyze(big);
    expectWellFormed(big, analysis);
    expect(analysis.sentences.filter((s) => s.label === 'sourced').length).toBeGreaterThan(1000);
    const binary = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expectWellFormed(binary, analyze(binary));
    // Correctness only: speed is measured by `npm run bench`, never asserted in a test.
  }, 120_000);
});
