import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { buildTextMap } from '../../../src/page/text-map';

function articleText(body: string): string {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>Digital ID programme starts</title></head><body>${body}</body></html>`);
  const found = findArticle(document as unknown as Document);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text;
}

describe("Readability's pick mapped back to the page's own text", () => {
  it('a paragraph whose text the parser split at character references, re-parsed whole by a Readability retry, stays', () => {
    // The short story makes Readability retry from re-parsed HTML ("extra" is stripped on its first pass);
    // linkedom splits the last paragraph's text at each &#8222; and &#8220;, the re-parsed copy holds it in one node.
    const text = articleText(`<div class="story"><h1>Digital ID programme starts</h1>
      <p>The programme starts on Tuesday and builds on the so-called digital public infrastructure, also DPI, in fifty countries.</p>
      <div class="extra"><p>Critics say the plan hands &#8222;too much power&#8220; to a few firms and their partners, and they ask for a public hearing.</p></div></div>`);
    expect(text).toContain('The programme starts on Tuesday');
    expect(text).toContain('Critics say the plan hands „too much power“ to a few firms and their partners');
  });

  it('a paragraph opening with a character reference, and one shorter than the index key, stay too', () => {
    // linkedom splits "&#8222;Dann …" into "„" and "Dann …"; the re-parsed copy starts with "„Dann": the run opens with a one-character node.
    // "&#8211; &#8222;Ok.&#8220;" is four nodes, seven characters joined.
    const text = articleText(`<div class="story"><h1>Digital ID programme starts</h1>
      <p>The programme starts on Tuesday and builds on the so-called digital public infrastructure, also DPI, in fifty countries.</p>
      <div class="extra"><p>&#8222;Dann sag es nicht&#8220;, the minister answered when asked about the cost of the programme and its partners.</p>
      <p>&#8211; &#8222;Ok.&#8220;</p></div></div>`);
    expect(text).toContain('„Dann sag es nicht“, the minister answered');
    expect(text).toContain('– „Ok.“');
  });
});
