import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockFeatures } from '../../../src/page/block-features';
import { describeBlock } from '../../../src/page/block-info';
import { articleTextProbability } from '../../../src/page/block-filter';
import { explainBoilerplate, handRules } from '../../../src/page/boilerplate';
import { BLOCK_FILTER_MODEL } from '../../../src/page/data/block-filter-model';
import { FLOOD_BARRIER_STORY as STORY } from './flood-barrier-story';

function blocksOf(inner: string): Element[] {
  const { document } = parseHTML(`<html><body><article>${inner}</article></body></html>`);
  return [...document.querySelectorAll('article > *')] as unknown as Element[];
}

const text = (el: Element) => el.textContent ?? '';

describe('the learned block filter', () => {
  it('is a logistic regression: the bias alone at zero gives one half, more evidence gives more', () => {
    expect(articleTextProbability([1, 0], [0, 5])).toBe(0.5);
    expect(articleTextProbability([1, 1], [0, 5])).toBeGreaterThan(0.99);
    expect(articleTextProbability([1, 1], [0, -5])).toBeLessThan(0.01);
  });

  it('gives one feature per weight of the shipped model, the same for the same blocks', () => {
    const blocks = blocksOf(`<h1>City council approves flood barrier</h1>${STORY}`);
    const info = blocks.map(describeBlock);
    const features = blockFeatures(info, handRules(info));
    expect(features).toHaveLength(blocks.length);
    for (const f of features) expect(f).toHaveLength(BLOCK_FILTER_MODEL.weights.length);
    const again = blocks.map(describeBlock);
    expect(blockFeatures(again, handRules(again))).toEqual(features);
  });

  it('keeps every paragraph of the story and leaves out a teaser’s byline after it', () => {
    const blocks = blocksOf(`<h1>City council approves flood barrier</h1>${STORY}<p>Skin Deep</p><p>A new market of drinks promises gut health and glowing skin.</p><p>By Rachel Strugatz</p>`);
    const rules = explainBoilerplate(blocks, { keep: new Set([blocks[0]!]) });
    const dropped = blocks.filter((_, i) => rules[i] === 'learned-filter').map(text);
    expect(dropped).toContain('By Rachel Strugatz');
    expect(dropped).not.toContain('A new market of drinks promises gut health and glowing skin.');
    for (const [i, block] of blocks.entries()) if (block.localName === 'p' && text(block).length > 100) expect(rules[i]).toBeUndefined();
  });

  it('leaves out a heading with nothing after it at the story’s end, unless the page titles the article with it', () => {
    const blocks = blocksOf(`${STORY}<h2>Wrap-up</h2>`);
    const last = blocks.length - 1;
    expect(explainBoilerplate(blocks)[last]).toBe('learned-filter');
    expect(explainBoilerplate(blocks, { keep: new Set([blocks[last]!]) })[last]).toBeUndefined();
  });
});
