import { describe, expect, it } from 'vitest';
import { decodeHtml, extractHtml } from '../../../scripts/eval/extract-html';
import { FLOOD_BARRIER_STORY as STORY } from './flood-barrier-story';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>City council approves flood barrier</title><meta property="og:type" content="article"><link rel="canonical" href="https://www.example-chronicle.com/news/2020/03/02/city-council-approves-flood-barrier"></head><body>${body}</body></html>`;

// The command line and the corpus evaluation read saved pages with linkedom: where its parser and a
// browser's differ, the page is read as a browser reads it, so that the text is the extension's.
describe('saved pages read as a browser reads them', () => {
  it('a heading closed by another level’s end tag does not swallow the story', () => {
    const found = extractHtml(page(`<h1>City council approves flood barrier</h1><h2 class="excerpt">A dispute over the river ends.</h3><div class="body">${STORY}</div>`));
    expect(found.state).toBe('article');
    expect(found.text).toContain('The barrier will cost an estimated 48 million dollars');
    expect(found.text).not.toContain('A dispute over the river ends.\nThe city council');
  });

  it('an ad slot’s label is a label, whatever script the slot holds', () => {
    const paragraphs = STORY.split('</p>').filter(Boolean).map((p) => `${p}</p>`);
    const slot = `<div class="slot"><span>Advertisement</span><script>window.ads = window.ads || []; window.ads.push({ slot: "mid-article", sizes: [[300, 250], [728, 90]] });</script></div>`;
    const found = extractHtml(page(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 3).join('')}${slot}${paragraphs.slice(3).join('')}</article>`));
    expect(found.text).not.toContain('Advertisement');
    expect(found.text).toContain('Opponents, including two council members');
  });

  it('a short story its page sets in an <aside> (Readability drops every aside) is read from the element marked as its body', () => {
    const brief = '<p>Frankfurt (dpa) - For a novel about the old Federal Republic, Frank Witzel has won the 2015 German Book Prize, the trade’s most important award.</p>';
    const found = extractHtml(page(`<main><aside class="content"><article><h1>City council approves flood barrier</h1><div itemprop="articleBody">${brief}</div></article></aside></main>`));
    expect(found.state).toBe('article');
    expect(found.text).toContain('Frank Witzel has won the 2015 German Book Prize');
  });

  it('scripts between </head> and <body> stay in the head: the body’s text is the page’s, and tells its language', () => {
    const entry = [
      '蔡健雅，1975年1月28日出生于新加坡，祖籍中国江苏省，现定居于台湾。华语流行乐女歌手、音乐制作人、词曲创作人。',
      '1997年在新加坡发行英语专辑正式出道；1999年签约唱片公司推出同名国语专辑，即入围台湾金曲奖最佳新人奖。',
      '2005年发行专辑《双栖动物》，凭借此专辑获得最佳国语女演唱人奖；2007年发行新专辑，获得最佳专辑制作人奖。',
    ];
    const html = `<!doctype html><html><head><title>蔡健雅_百科</title></head>\n<script>var _hmt = _hmt || [];</script>\n<body class="wiki-lemma"><div class="main-content">${entry.map((line) => `<div class="para">${line}</div>`).join('')}</div></body></html>`;
    const found = extractHtml(html);
    expect(found.language).toBe('zh');
  });

  it('a page with no <html> (a fragment, plain text, an empty file) is read inside the document a browser builds round it', () => {
    expect(extractHtml('')).toMatchObject({ state: 'not-article', text: '' });
    expect(extractHtml('Just a line of text.')).toMatchObject({ state: 'not-article', text: '' });
    const fragment = extractHtml(`<head><title>City council approves flood barrier</title></head><body><article><h1>City council approves flood barrier</h1>${STORY}</article></body>`);
    expect(fragment).toMatchObject({ state: 'article', title: 'City council approves flood barrier' });
    expect(fragment.text).toContain('The barrier will cost an estimated 48 million dollars');
    expect(extractHtml(`<article><h1>City council approves flood barrier</h1>${STORY}</article>`).text).toContain('The barrier will cost an estimated 48 million dollars');
  });

  it('a page without a script before <body> is read as before', () => {
    const found = extractHtml(page(`<article><h1>City council approves flood barrier</h1>${STORY}</article><script>window.done = true;</script>`));
    expect(found.state).toBe('article');
    expect(found.language).toBe('en');
    expect(found.text).toContain('The barrier will cost an estimated 48 million dollars');
  });

  it('decodes a saved page by its declared charset, as a browser does, else UTF-8, else Windows-1252', () => {
    const latin1 = (html: string) => Uint8Array.from(html, (c) => c.charCodeAt(0));
    expect(decodeHtml(latin1('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>fürs Studium in Tübingen</p>'))).toContain('fürs Studium in Tübingen');
    expect(decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>fürs Studium</p>'))).toContain('fürs Studium');
    expect(decodeHtml(latin1('<p>fürs Studium, no charset declared</p>'))).toContain('fürs Studium');
  });
});
