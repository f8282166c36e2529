import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/analysis';

/** The analysis of `text` with every line marked as the given block kind. */
function withBlocks(text: string, kind: 'heading' | 'paragraph') {
  let start = 0;
  const blocks = text.split('\n').map((line) => {
    const block = { start, end: start + line.length, kind };
    start += line.length + 1;
    return block;
  });
  return analyze(text, { blocks });
}

describe('headings from the page', () => {
  it('a short title is a heading, not a claim', () => {
    const [sentence] = withBlocks('The birth lottery and economic mobility', 'heading').sentences;
    expect(sentence).toMatchObject({ label: null, nonClaim: 'heading' });
  });

  it('a long, punctuated sentence set as a heading is still prose', () => {
    const [sentence] = withBlocks('The U.S. has long been heralded as a land of opportunity where anyone can succeed regardless of the class they were born into.', 'heading').sentences;
    expect(sentence?.label).toBe('vague');
  });
});
