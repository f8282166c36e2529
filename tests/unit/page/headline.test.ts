import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { buildTextMap } from '../../../src/page/text-map';

function article(title: string, body: string, head = ''): { text: string; title?: string } {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`);
  Object.defineProperty(document, 'URL', { value: 'https://news.example/2020/03/02/council-approves-budget', configurable: true });
  const found = findArticle(document as unknown as Document);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return { text: buildTextMap(found.blocks).text, ...(found.title ? { title: found.title } : {}) };
}

const PARAGRAPHS = [
  'The city council approved the budget on Tuesday after a long debate that ran late into the evening.',
  'Mayor Ellen Ford said the plan would fund two new libraries and repair the bridge on Main Street.',
  'Opponents argued that the tax increase was too steep for families already struggling with rent.',
  'The vote was seven to four, with two members absent because of illness, the clerk said afterwards.',
].map((p) => `<p>${p} ${p}</p>`);

// The headline is the article's title, not its body: the analysed text starts with the story, as
// Readability's does and as hand-checked article bodies do, and the title is kept in the result.
describe('the headline', () => {
  it('is left out of the text and kept as the title', () => {
    const found = article('Council approves budget after long debate', `<main><h1>Council approves budget after long debate</h1>${PARAGRAPHS.join('')}</main>`);
    expect(found.text.startsWith('The city council approved')).toBe(true);
    expect(found.title).toBe('Council approves budget after long debate');
  });

  it('is left out when the page title adds the site name and the article element brings it in', () => {
    const found = article(
      'Council approves budget after long debate - The Daily Example',
      `<article><header><h1>Council approves budget after long debate</h1><p class="byline">By Dana Ruiz</p></header>${PARAGRAPHS.join('')}</article>`,
    );
    expect(found.text).not.toContain('Council approves budget after long debate');
    expect(found.text).toContain('The city council approved');
  });

  it('is left out when the social title (og:title) words the story apart from the headline and the page title', () => {
    const found = article(
      'Budget: Council approves budget after long debate - The Daily Example',
      `<main><h1>Budget: Council approves budget after long debate</h1>${PARAGRAPHS.join('')}</main>`,
      '<meta property="og:title" content="Council backs budget after late-night debate">',
    );
    expect(found.text.startsWith('The city council approved')).toBe(true);
    expect(found.title).toBe('Council backs budget after late-night debate');
  });

  it('leaves the story’s own section headings in', () => {
    const found = article('Council approves budget after long debate', `<main><h1>Council approves budget after long debate</h1>${PARAGRAPHS.slice(0, 2).join('')}<h2>What happens next</h2>${PARAGRAPHS.slice(2).join('')}</main>`);
    expect(found.text).toContain('What happens next');
  });
});
