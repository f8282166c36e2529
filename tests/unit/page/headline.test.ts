import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { buildTextMap } from '../../../src/page/text-map';

function article(title: string, body: string, head = ''): { text: string; title?: string } {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><title>${title}</title><meta property="og:type" content="article">${head}</head><body>${body}</body></html>`);
  Object.defineProperty(document, 'URL', { value: 'https://news.example/2020/03/02/council-approves-budget', configurable: true });
  const found = findArticle(document as unknown as Document);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return { text: buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text, ...(found.title ? { title: found.title } : {}) };
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

  it('is titled from the page’s metadata, not from a JSON-LD headline that holds the publishing system’s name', () => {
    const found = article(
      'Council approves budget after long debate',
      `<div class="story"><h2 class="kicker">Local</h2>${PARAGRAPHS.join('')}</div>`,
      '<meta property="og:title" content="Council approves budget after long debate"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"escenic"}</script>',
    );
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

  it('is left out when the on-page headline words the story apart from og:title and the page title, holding most of their words', () => {
    // A site that sets its long headline as an <h2> over the story and a shorter social title elsewhere.
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<div class="article-text"><h2>Council's long debate ends: members approve budget with two new libraries and bridge repairs on Main Street</h2>${PARAGRAPHS.join('')}</div><div class="share"><h1>Council approves budget after long debate</h1></div>`,
      '<meta property="og:title" content="Council approves budget after long debate">',
    );
    expect(found.text.startsWith('The city council approved')).toBe(true);
    expect(found.title).toBe('Council approves budget after long debate');
  });

  it('keeps a standfirst set as a heading even when it shares the title’s words', () => {
    const standfirst = 'The council approves the budget after a long debate. Two new libraries are funded and the bridge on Main Street is repaired';
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<main><h1>Council approves budget after long debate</h1><h2>${standfirst}</h2>${PARAGRAPHS.join('')}</main>`,
    );
    expect(found.text.startsWith(standfirst)).toBe(true);
  });

  it('keeps a one-sentence standfirst set as a heading when it is the page’s description', () => {
    const standfirst = 'Council members asked whether the long debate over the budget would ever end';
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<main><h1>Council approves budget after long debate</h1><h2>${standfirst}</h2>${PARAGRAPHS.join('')}</main>`,
      `<meta name="description" content="${standfirst}">`,
    );
    expect(found.text.startsWith(standfirst)).toBe(true);
  });

  it('keeps a section heading mid-story that shares the title’s words', () => {
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<main><h1>Council approves budget after long debate</h1>${PARAGRAPHS.slice(0, 2).join('')}<h2>Why the council approved the budget after the long debate</h2>${PARAGRAPHS.slice(2).join('')}</main>`,
    );
    expect(found.text).toContain('Why the council approved the budget after the long debate');
  });

  it('leaves the story’s own section headings in', () => {
    const found = article('Council approves budget after long debate', `<main><h1>Council approves budget after long debate</h1>${PARAGRAPHS.slice(0, 2).join('')}<h2>What happens next</h2>${PARAGRAPHS.slice(2).join('')}</main>`);
    expect(found.text).toContain('What happens next');
  });

  it('is left out with the kicker set above it (a section’s name on a line of its own)', () => {
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<article><p class="topic"><span>Local News</span></p> <h2 class="headline">Council approves budget after long debate</h2> <div class="text">${PARAGRAPHS.join('')}</div></article>`,
    );
    expect(found.text.startsWith('The city council approved')).toBe(true);
    expect(found.text).not.toContain('Local News');
  });

  it('is left out when set in a <div> whose words are the title', () => {
    const found = article(
      'Council approves budget after long debate – The Daily Example',
      `<div class="story"><div class="headline">Council approves budget after long debate</div>${PARAGRAPHS.join('')}</div>`,
      '<meta property="og:title" content="Council approves budget after long debate">',
    );
    expect(found.text.startsWith('The city council approved')).toBe(true);
  });

  it('keeps a paragraph of prose above the headline, and a line naming the title after the story has begun', () => {
    const lead = 'Readers asked us why the council took so long over this year’s budget, and what the new libraries will cost them in the end.';
    const found = article(
      'Council approves budget after long debate | The Daily Example',
      `<main><p>${lead}</p><h1>Council approves budget after long debate</h1>${PARAGRAPHS.slice(0, 1).join('')}<p>Council approves budget after long debate</p>${PARAGRAPHS.slice(1).join('')}</main>`,
    );
    expect(found.text.startsWith(lead)).toBe(true);
    expect(found.text).toContain('The city council approved');
    expect(found.text.split('\n')).toContain('Council approves budget after long debate');
  });
});
