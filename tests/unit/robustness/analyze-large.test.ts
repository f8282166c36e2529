import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { expectWellFormed } from './well-formed';

/** Large inputs: in the slow project (vitest.config.ts), which `npm test` runs after the unit tests. */
describe('analyze() on large input', () => {
  it('handles a 1 MB article and 200,000 binary-looking characters', () => {
    const paragraph = 'Mayor Alicia Moreno said on Oct. 1 that the U.S. barrier, which “protects 11,000 homes,” would cost $48 million, according to Harbor Engineering Ltd. Critics say it is a terrible idea.\n';
    const big = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const analysis = analyze(big);
    expectWellFormed(big, analysis);
    expect(analysis.sentences.filter((s) => s.label === 'sourced').length).toBeGreaterThan(1000);
    const binary = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expectWellFormed(binary, analyze(binary));
    // Correctness only: speed is measured by `npm run bench`, never asserted in a test.
  }, 300_000);
});
