import type { Cue } from '../../shared/schema';
import { MONTHS } from './data/lexicons';
import type { SentenceView } from './types';

const UNITS = new Set(['percent', 'per', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'yuan', 'dollars', 'euros', 'pounds']);
const MAX_FACT_CUES = 3;
// Module constants: a literal in the loop would build a new RegExp for every word.
const NUMBER_START = /^\p{N}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** `NUMBER_START.test(word)`, by character code for the ASCII words that are nearly all of them. */
function startsWithNumber(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : NUMBER_START.test(word);
}

/** Checkable details of an unattributed claim (numbers, amounts, dates): why it is worth checking. */
export function factCues(sentence: SentenceView): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < sentence.words.length && cues.length < MAX_FACT_CUES; i++) {
    const w = sentence.words[i]!;
    if (w.quoted) continue;
    const capitalisedMonth = MONTHS.has(w.lower) && CAPITAL_START.test(w.text) && w.lower !== 'may' && !w.lower.endsWith('day');
    if (!startsWithNumber(w.text) && !capitalisedMonth && !UNITS.has(w.lower)) continue;
    let end = w.end;
    while (i + 1 < sentence.words.length && (UNITS.has(sentence.words[i + 1]!.lower) || startsWithNumber(sentence.words[i + 1]!.text))) end = sentence.words[++i]!.end;
    cues.push({ kind: 'fact', start: w.start, end });
  }
  return cues;
}
