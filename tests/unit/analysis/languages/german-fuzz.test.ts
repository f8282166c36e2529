import fc from 'fast-check';
import { beforeAll, describe, it } from 'vitest';
import { analyze } from '../../../../src/analysis';
import { loadLanguagePack } from '../../../../src/analysis/languages';
import { repoModels } from '../../../../scripts/lib/repo-models';
import { expectWellFormed } from '../../robustness/well-formed';

/** A fixed seed: a failure reproduces, and CI runs the same cases every time. */
const SEED = 20261201;

/** German marks and words that stress segmentation, quotation and the attribution patterns. */
const NASTY = [
  '.', '!', '?', '„', '“', '”', '"', '»', '«', '‚', '‘', '(', ')', ':', ',', '–', '-', '\n', ' ', '\u00a0', '\u00ad', '\0', '😀', '\ud800',
  'z. B.', 'z.B.', 'u. a.', 'd. h.', 'Dr.', 'Nr.', 'Mio.', 'Mrd.', 'usw.', '3.', 'Oktober', 'laut', 'Laut', 'zufolge', 'nach Angaben',
  'von', 'des', 'der', 'die', 'so', 'sagte', 'teilte', 'mit', 'hieß es', 'es heißt', 'sei', 'habe', 'demnach', 'Experten', 'Kreise',
  'Müller', 'Bundesamt', 'NDR-Recherchen', 'ß', 'Ä', 'katastrophal',
];
const nastyText = fc.array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 })), { maxLength: 160 }).map((parts) => parts.join(''));

beforeAll(async () => {
  await loadLanguagePack('de', repoModels);
});

describe('analyze() with the German pack on any input', () => {
  it('returns a well-formed Analysis for arbitrary strings and German-flavoured noise (600 runs)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), nastyText), (text) => expectWellFormed(text, analyze(text, { language: 'de' }))),
      { seed: SEED, numRuns: 600 },
    );
  }, 60_000);

  it('handles the empty string and runs of one German mark', () => {
    for (const text of ['', '\n\n', '„'.repeat(5_000), '»«'.repeat(3_000), 'z. B. '.repeat(2_000), 'laut '.repeat(2_000)]) {
      expectWellFormed(text, analyze(text, { language: 'de' }));
    }
  });
});
