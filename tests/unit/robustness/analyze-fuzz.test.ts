import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { expectWellFormed } from './well-formed';

/** A fixed seed: a failure reproduces, and CI runs the same cases every time. */
const SEED = 20261125;

/** Characters that stress segmentation, quotation and name handling. */
const NASTY = ['.', '!', '?', '…', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '«', '»', '—', '–', '-', ':', ';', ',', '\n', '\n\n', ' ', '\t', '\u00ad', '\u200b', '\u202e', '\ufeff', '\0', '�', '😀', '👩🏽‍🔬', '𝒳', '\ud800', '\udc00', 'U.S.', 'Mr.', 'Oct.', 'No.', 'said', 'told', 'according to', 'experts say', 'The', 'Xiaomi', 'Lei Jun', 'CCP', '(CCP)', '“Starlink”', '<script>', '&amp;', 'ß', 'İ', 'ﬁ'];

const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 200 }).map((parts) => parts.join(''));

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

  it('handles the empty string, whitespace and runs of one punctuation mark', () => {
    for (const text of ['', ' ', '\n\n\n', '\0\0\0', '.'.repeat(10_000), '"'.repeat(10_000), '“'.repeat(5_000) + '”'.repeat(5_000)]) {
      expectWellFormed(text, analyze(text));
    }
  });
});
