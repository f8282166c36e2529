import { describe, expect, it } from 'vitest';
import { runScanner } from '../../../src/analysis/char-runs';

/** The runs a global regular expression finds, as [start, end] pairs. */
function regexRuns(text: string, runs: RegExp): Array<[number, number]> {
  return [...text.matchAll(runs)].map((m) => [m.index!, m.index! + m[0].length]);
}

function scannedRuns(text: string, charClass: RegExp): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  runScanner(charClass)(text, (start, end) => found.push([start, end]));
  return found;
}

const TEXTS = [
  'Patrick McHugh, vice president of O’Keefe-Smith Inc., said: "McHugh\'s plan is 3.5% better."',
  'Zürich’s Ærø and São Paulo — naïve café façades; Straße 12b',
  'Emoji 👍🏽 between words, 𝐁𝐨𝐥𝐝 math letters and 𠀋 a CJK extension letter',
  'A lone surrogate \ud800 here and \udc00 there; -leading-hyphen\' trailing\'',
  '',
  '    ',
  'word',
];

describe('runScanner', () => {
  it.each(TEXTS)('finds the runs of letters, apostrophes and hyphens that matchAll finds: %s', (text) => {
    expect(scannedRuns(text, /[\p{L}'’-]/u)).toEqual(regexRuns(text, /[\p{L}'’-]+/gu));
  });

  it.each(TEXTS)('finds the runs of letters and digits that matchAll finds: %s', (text) => {
    expect(scannedRuns(text, /[\p{L}\p{N}]/u)).toEqual(regexRuns(text, /[\p{L}\p{N}]+/gu));
  });

  it('reads a letter outside the Basic Multilingual Plane as one character, not two halves', () => {
    expect(scannedRuns('x 𝐁𝐨 y', /\p{L}/u)).toEqual([[0, 1], [2, 6], [7, 8]]);
  });

  it('gives no run for a text without one', () => {
    expect(scannedRuns('— 12, 34 —', /\p{L}/u)).toEqual([]);
  });
});
