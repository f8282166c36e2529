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

  it('a pick the furniture pass leaves nothing of (a comment form beside a three-line post) is set aside and Readability asked again', () => {
    const fields = ['Name', 'E-mail (will never be published)', 'Website'].map((f) => `<div class="comment-form-field"><label>${f}</label><input></div>`).join('');
    const notes = ['WordPress.com', 'Google', 'Twitter', 'Facebook'].map((site) => `<p class="comment-form-posting-as">You are commenting using your ${site} account. ( Log out / Change )</p>`).join('');
    const form = `<div id="respond" class="comment-respond"><h3 class="comment-reply-title">Leave a comment</h3><div class="comment-form">
      <p>Fill in your details below or click an icon to log in, so that your comment can be shown with your name, and so that others can answer it.</p>${fields}${notes}
      <p class="comment-form-posting-as">Notify me of new comments by email, and of new posts by email, whenever someone writes here.</p></div></div>`;
    const blogroll = ['The night bus diaries of a city that never sleeps', 'Kebab reviews from every corner of the old town', 'Small talk and big questions on the last tram home', 'Letters to the editor we never sent', 'Notes from the corner shop at midnight', 'A year of overheard conversations']
      .map((t, i) => `<li><a href="https://blog${i}.example.org/">${t}</a></li>`)
      .join('');
    const text = articleText(`<div id="content"><div class="post hentry"><h2 class="posttitle">Digital ID programme starts</h2>
      <p class="postmeta">June 14, 2013 at 20:51 (<a href="/category/small-talk/">Small talk</a>)</p>
      <p>“I know I am tired and should not say this…”</p><p>– “Then don’t say it.”</p><p>– “Ok,” he said.</p></div>${form}</div>
      <div id="sidebar"><h3>Blogroll</h3><ul>${blogroll}</ul></div>`);
    expect(text).toContain('I know I am tired and should not say this');
    expect(text).toContain('– “Ok,” he said.');
    expect(text).not.toContain('commenting using');
  });
});
