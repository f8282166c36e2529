import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { articleTextMap, MAX_ARTICLE_CHARS } from '../../../src/page/article-budget';
import { buildTextMap, offsetsFromPoint, positionAtOffset, rangeFromOffsets } from '../../../src/page/text-map';

function page(html: string): Document {
  return parseHTML(`<!doctype html><html lang="en"><head><title>t</title></head><body>${html}</body></html>`).document as unknown as Document;
}

describe('text map offsets round-trip through the DOM', () => {
  const article = findArticle(parseHTML(readFileSync('tests/fixtures/pages/guardian-1/source.html', 'utf8')).document as unknown as Document);
  if (article.state !== 'article') throw new Error('guardian-1 is an article');
  const map = buildTextMap(article.blocks);
  // Every word start of the article: offset → DOM position → offset.
  const starts = [...map.text.matchAll(/\S+/g)].map((m) => m.index!);

  it('offset → position → offset for every word', () => {
    expect(starts.length).toBeGreaterThan(500);
    const wrong = starts.filter((offset) => {
      const position = positionAtOffset(map, offset, 'start');
      return !position || offsetsFromPoint(map, position.node, position.offset) !== offset;
    });
    expect(wrong).toEqual([]);
  });

  it('offset → range → offset for every line-sized span', () => {
    // linkedom has no Range: a recording stand-in takes the boundaries rangeFromOffsets sets.
    const ranges = { createRange: () => new RecordingRange() } as unknown as Document;
    for (const match of map.text.matchAll(/[^\n]{1,80}/g)) {
      const start = match.index!;
      const end = start + match[0].trimEnd().length;
      if (end <= start) continue;
      const range = rangeFromOffsets(map, start, end, ranges);
      expect(offsetsFromPoint(map, range.startContainer, range.startOffset)).toBe(start);
      expect(offsetsFromPoint(map, range.endContainer, range.endOffset)).toBe(end);
    }
  });
});

class RecordingRange {
  startContainer!: Node;
  startOffset = 0;
  endContainer!: Node;
  endOffset = 0;
  setStart(node: Node, offset: number) {
    this.startContainer = node;
    this.startOffset = offset;
  }
  setEnd(node: Node, offset: number) {
    this.endContainer = node;
    this.endOffset = offset;
  }
  collapse() {
    this.endContainer = this.startContainer;
    this.endOffset = this.startOffset;
  }
}

describe('the article budget cuts at a character offset', () => {
  it('a heading and one enormous paragraph: the paragraph is analysed, its first part', () => {
    const words = 'Officials said the river rose again overnight. '.repeat(Math.ceil((MAX_ARTICLE_CHARS * 1.05) / 47));
    const doc = page(`<h1>Flood waters rise</h1><p>${words}</p>`);
    const map = articleTextMap([...doc.querySelectorAll('h1, p')]);
    expect(map.truncated).toBe(true);
    expect(map.text.length).toBeLessThanOrEqual(MAX_ARTICLE_CHARS);
    expect(map.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - 100);
    expect(map.text.startsWith('Flood waters rise\nOfficials said the river')).toBe(true);
    // Cut at a sentence's end, so the analysis does not read the cut paragraph as ending unpunctuated.
    expect(map.text.endsWith('overnight.')).toBe(true);
    expect(words.startsWith(map.text.slice(map.text.indexOf('\n') + 1))).toBe(true);
    expect(map.blocks.at(-1)!.end).toBe(map.text.length);
  });

  it('without a sentence end near the cut, the text ends at a word', () => {
    const words = 'officials said the river rose again overnight and '.repeat(Math.ceil((MAX_ARTICLE_CHARS * 1.05) / 50));
    const doc = page(`<p>${words}</p>`);
    const map = articleTextMap([doc.querySelector('p')!]);
    expect(map.truncated).toBe(true);
    expect(map.text.length).toBeGreaterThan(MAX_ARTICLE_CHARS - 20);
    expect(map.text.endsWith(' ')).toBe(false);
    expect(words.startsWith(map.text)).toBe(true);
  });

  it('an article within the budget is whole and says so', () => {
    const doc = page('<h1>Short</h1><p>One paragraph of text.</p>');
    const map = articleTextMap([...doc.querySelectorAll('h1, p')]);
    expect(map).toMatchObject({ text: 'Short\nOne paragraph of text.', truncated: false });
  });
});

describe('text the page keeps hidden is not analysed until it is shown', () => {
  const story = (para: string) => `<p>${para} said the inspector, who spoke to reporters on Tuesday after the hearing had ended.</p>`;

  it('a block chosen inside a hidden box is left out of the map', () => {
    const doc = page(`<div>${story('First')}</div><div hidden>${story('Second')}</div><div style="display: none">${story('Third')}</div><div aria-hidden="true">${story('Fourth')}</div>`);
    const map = buildTextMap([...doc.querySelectorAll('p')]);
    expect(map.text).toContain('First said');
    expect(map.text).not.toMatch(/Second|Third|Fourth/);
  });

  it('text for screen readers only (clipped to a pixel by its class, not display:none) is not what a reader sees', () => {
    const doc = page(
      `<div>${story('First')}</div><h2 class="sr-only">Article continues below</h2>` +
        `<p>The report <a href="/r">was published<span class="u-screen-reader-text"> (opens in a new window)</span></a> on Monday.</p>` +
        `<div class="visually-hidden">${story('Second')}</div><div class="sr-only-focusable">${story('Third')}</div>`,
    );
    const map = buildTextMap([...doc.querySelectorAll('h2, p')]);
    expect(map.text).toContain('The report was published on Monday.');
    expect(map.text).toContain('Third said');
    expect(map.text).not.toMatch(/continues below|new window|Second/);
  });

  it('a box made a button (a step’s picture toggle) is no text, as a <button> is; a word of a sentence made clickable stays', () => {
    const doc = page(
      `<div class="step">Stir the flour into the butter until smooth. <div class="toggle" role="button"><span>Show picture</span> <span>Hide picture</span></div></div>` +
        `<p>Prices rose with <span role="button" class="glossary">inflation</span> last year.</p>`,
    );
    const map = buildTextMap([...doc.querySelectorAll('div.step, p')]);
    expect(map.text).toContain('Stir the flour into the butter until smooth.');
    expect(map.text).toContain('Prices rose with inflation last year.');
    expect(map.text).not.toContain('picture');
  });

  it('a link’s tooltip repeated after its words for an icon (“Opens a new window”) is no text; a word titled so, or a name opening the link, stays', () => {
    const doc = page(
      `<p>The company <a href="/r" title="Opens a new window">said<span class="external-link-icon">Opens a new window </span></a> on Monday.</p>` +
        `<p>Read the <a href="/m" title="COVID-19">guidance on <abbr>COVID-19</abbr></a> today.</p>` +
        `<p>Written by <a href="/a" title="Jane Ann Doe"><span>Jane Ann Doe</span> (staff)</a> for the desk.</p>`,
    );
    const map = buildTextMap([...doc.querySelectorAll('p')]);
    expect(map.text).toContain('The company said on Monday.');
    expect(map.text).toContain('guidance on COVID-19 today');
    expect(map.text).toContain('Jane Ann Doe (staff)');
  });

  it('the rest of a declared article behind "read more" is analysed once shown, not before', () => {
    const paragraphs = ['The council voted', 'The mayor argued', 'Residents told', 'The budget office said', 'The vote followed']
      .map((start) => story(start))
      .join('');
    const doc = parseHTML(`<!doctype html><html lang="en"><head><title>Council votes</title><meta property="og:type" content="article"></head>
      <body><nav><a href="/">Home</a></nav><main><article id="story">${paragraphs}<button>Read more</button>
      <div id="rest" hidden>${story('Inspector Hana Sato')}</div></article></main></body></html>`).document as unknown as Document;
    const hidden = findArticle(doc);
    if (hidden.state !== 'article') throw new Error(hidden.reason);
    expect(buildTextMap(hidden.blocks).text).not.toContain('Hana Sato');
    doc.getElementById('rest')!.removeAttribute('hidden');
    const shown = findArticle(doc);
    if (shown.state !== 'article') throw new Error(shown.reason);
    expect(buildTextMap(shown.blocks).text).toContain('Hana Sato');
  });
});

describe('preformatted text', () => {
  it('a code block is never analysed; a table laid out inside a <pre> is the page’s text', () => {
    const doc = page(
      '<div id="story"><p>Results of the regional championship.</p>' +
        '<pre>npm install --save sourcelight\nnpm run build</pre>' +
        '<pre><table><tr><td>1.</td><td>Greiner, Anja 1992</td><td>53,09 sec.</td></tr></table></pre></div>',
    );
    const text = buildTextMap([doc.getElementById('story')!]).text;
    expect(text).toContain('Results of the regional championship.');
    expect(text).toContain('Greiner, Anja 1992');
    expect(text).not.toContain('npm install');
  });
});
