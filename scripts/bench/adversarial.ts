import { analyze } from '../../src/analysis';
import { distinctNamesOfLength } from './distinct-names-text';

/** Inputs built to make a tokenizer, segmenter or quotation finder work hardest, at any length. */
const NEWS = 'Mayor Alicia Moreno said on Oct. 1 that the U.S. barrier, which “protects 11,000 homes,” would cost $48 million, according to Harbor Engineering Ltd. Critics say it is a terrible idea.';
export const PARAGRAPHS = 'news prose';
export const ONE_PARAGRAPH = 'news prose in one paragraph';

const INPUTS: Record<string, (chars: number) => string> = {
  [PARAGRAPHS]: (n) => repeatTo(`${NEWS}\n`, n),
  // The same sentences with no paragraph break: per-paragraph work must not grow with the paragraph.
  [ONE_PARAGRAPH]: (n) => repeatTo(`${NEWS} `, n),
  'full stops only': (n) => '.'.repeat(n),
  'opening quotes only': (n) => '“'.repeat(n),
  'mixed quotes': (n) => repeatTo('"a" “b” ‘c’ "', n),
  'one endless sentence': (n) => repeatTo('word ', n),
  'capitalised words': (n) => repeatTo('Ab Cd Ef ', n),
  'no spaces': (n) => repeatTo('aB.', n),
  'binary-looking': (n) => Array.from({ length: n }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
  // Thousands of different names, each said again in a shorter form: merging must not compare each with all.
  'distinct names': distinctNamesOfLength,
};

function repeatTo(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

export interface AdversarialRow {
  input: string;
  /** Milliseconds per 1,000 characters, by input length. */
  msPerKiloChar: Record<number, number>;
}

/**
 * analyze() on adversarial inputs of two lengths: if the cost per character
 * stays flat from the shorter to the ten-times longer input, time is linear
 * (no catastrophic backtracking). One warm-up at the shorter length each.
 */
export function measureAdversarial(lengths: readonly number[]): AdversarialRow[] {
  return Object.entries(INPUTS).map(([input, make]) => {
    analyze(make(lengths[0]!));
    const msPerKiloChar: Record<number, number> = {};
    for (const length of lengths) {
      const text = make(length);
      const started = performance.now();
      analyze(text);
      msPerKiloChar[length] = (performance.now() - started) / (length / 1000);
    }
    return { input, msPerKiloChar };
  });
}
