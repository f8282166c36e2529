import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle, extractArticle } from '../../../src/page/article';
import { buildTextMap } from '../../../src/page/text-map';

/** A page at `url` (standing in for where it was loaded from) with `head` and `body` markup. */
function page(url: string, head: string, body: string): Document {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  return document as unknown as Document;
}

function textOf(doc: Document): string {
  const found = findArticle(doc);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text;
}

const NEWS_ARTICLE = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves budget","datePublished":"2020-03-02T10:00:00Z","author":{"@type":"Person","name":"Dana Ruiz"}}</script>';
const OG_ARTICLE = '<meta property="og:type" content="article"><meta property="article:published_time" content="2020-03-02T10:00:00Z">';
const SENTENCES = [
  'The city council approved the budget on Tuesday after a long debate.',
  'Mayor Ellen Ford said the plan would fund two new libraries.',
  'Opponents argued that the tax increase was too steep for families.',
  'The vote was seven to four, with two members absent.',
  'A final reading is scheduled for next month.',
];

describe('every real article is an article', () => {
  it('a one-paragraph brief of 64 words that declares itself a news article', () => {
    const brief = 'Police closed Main Street on Monday morning after a water main burst near the library, flooding several basements. Crews expect repairs to take two days, the utility said in a statement. Drivers should use Elm Avenue instead, and residents without water can collect bottles at the fire station on Oak Road until the line is fixed, officials added.';
    const doc = page('https://news.example/local/2020/03/02/main-street-closed', OG_ARTICLE, `<article><h1>Main Street closed</h1><p>${brief}</p></article>`);
    expect(textOf(doc)).toContain('Police closed Main Street');
  });

  it('a story told in one-sentence paragraphs, declared in JSON-LD', () => {
    const doc = page('https://news.example/story/12345678', NEWS_ARTICLE, `<main><h1>Council approves budget</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</main>`);
    const text = textOf(doc);
    for (const sentence of SENTENCES) expect(text).toContain(sentence);
  });

  it('a press release without any metadata, at an address naming one story', () => {
    const body = SENTENCES.concat(SENTENCES.map((s) => s.replace('council', 'board'))).map((s) => `<p>${s} It will take effect in May, the company said in a release issued from its head office.</p>`).join('');
    const doc = page('https://corp.example/press/acme-announces-new-budget-plan', '', `<div class="release"><h1>Acme announces budget plan</h1>${body}</div>`);
    expect(findArticle(doc).state).toBe('article');
  });

  it('a story at an address whose query names it (autonews.php?newsid=6486285), without any metadata', () => {
    const body = SENTENCES.map((s) => `<p>${s} The council will publish the full plan on its website this week.</p>`).join('');
    const doc = page('https://cars.example/autonews.php?newsid=6486285', '', `<div><h1>Council approves budget</h1>${body}</div>`);
    expect(findArticle(doc).state).toBe('article');
  });

  it('a short post whose only signal is its microformats markup: one h-entry with its title (three are a front)', () => {
    const post = (n: number) =>
      `<div class="hentry h-entry"><h2 class="entry-title p-name">Notes from the council meeting ${n}</h2><div class="entry-content">${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</div></div>`;
    const one = page('https://blog.example/?p=2895', '<title>Pottering About</title>', `<div id="content">${post(1)}</div>`);
    expect(textOf(one)).toContain(SENTENCES[1]);
    const front = page('https://blog.example/?paged=2', '<title>Pottering About</title>', `<div id="content">${[1, 2, 3].map(post).join('')}</div>`);
    expect(findArticle(front).state).toBe('not-article');
  });

  it('a list post at a story’s address whose items end with a handle instead of a full stop', () => {
    const items = ['Ann Lee', 'Bea Ruiz', 'Cara Diaz', 'Dee Park', 'Eve Stone'].map(
      (name, i) => `<h3>${i + 1}. ${name}</h3><p>Sports broadcaster for a national network. She covers football and basketball on weekends. Twitter: @${name.replace(' ', '').toLowerCase()}</p>`,
    );
    const doc = page('https://blog.example/top-5-women-talking-sports/', '', `<div class="post"><h1>Top 5 women talking sports</h1>${items.join('')}</div>`);
    expect(textOf(doc)).toContain('She covers football and basketball on weekends. Twitter: @annlee');
  });

  it('a short post saved without metadata or address: about 170 words, nearly all of its text running prose', () => {
    const paragraphs = (n: number) => Array.from({ length: n }, (_, i) => `<p>${SENTENCES[i % 5]} ${SENTENCES[(i + 2) % 5]} ${SENTENCES[(i + 4) % 5]}</p>`).join('');
    const post = (body: string) => page('file:///saved/post.html', '<title>Notes</title>', `<div id="main"><h2>On the budget</h2>${body}</div>`);
    expect(findArticle(post(paragraphs(6))).state).toBe('article');
    // Shorter, or beside a list of links and labels, it is a page's blurb (an about page, a product's pitch).
    expect(findArticle(post(paragraphs(4))).state).toBe('not-article');
    const list = Array.from({ length: 12 }, (_, i) => `<li>Library branch number ${i}</li>`).join('');
    expect(findArticle(post(`${paragraphs(6)}<ul>${list}</ul>`)).state).toBe('not-article');
  });
});

describe('what is not an article stays not-article, with a plain reason', () => {
  it('a home page of headline links', () => {
    const links = Array.from({ length: 40 }, (_, i) => `<li><a href="/news/story-${i}">Headline number ${i} about the day's events in the city</a></li>`).join('');
    const doc = page('https://news.example/', '<meta property="og:type" content="website">', `<main><h1>News Example</h1><ul>${links}</ul><p>${SENTENCES.join(' ')}</p></main>`);
    const found = findArticle(doc);
    expect(found.state).toBe('not-article');
    if (found.state === 'not-article') expect(found.reason).toMatch(/^(This page does not look like a single article|No main text|The page has no long stretch of prose)/);
  });

  it('a search results page', () => {
    const results = Array.from({ length: 20 }, (_, i) => `<div class="result"><h3><a href="/a/${i}">Result ${i}: budget vote coverage</a></h3><p>Snippet about the budget vote number ${i}.</p></div>`).join('');
    const doc = page('https://news.example/search?q=budget', '<script type="application/ld+json">{"@type":"SearchResultsPage"}</script>', `<main>${results}</main>`);
    expect(findArticle(doc).state).toBe('not-article');
  });

  it('a gallery without text', () => {
    const figures = Array.from({ length: 12 }, (_, i) => `<figure><img src="/p/${i}.jpg" alt=""><figcaption>Photo ${i}</figcaption></figure>`).join('');
    const doc = page('https://news.example/gallery', '', `<main><h1>Pictures of the week</h1>${figures}</main>`);
    expect(findArticle(doc).state).toBe('not-article');
  });

  it('an app shell', () => {
    const doc = page('https://app.example/', '', '<div id="root"><button>Sign in</button><nav><a href="/a">Inbox</a><a href="/b">Sent</a></nav></div>');
    expect(findArticle(doc).state).toBe('not-article');
  });

  it('a huge page never shows the library’s own message', () => {
    const doc = page('https://news.example/', '', `<div>${'<span>x</span>'.repeat(10)}</div>`);
    const found = extractArticle(doc);
    if (found.state === 'not-article') expect(found.reason).not.toMatch(/Aborting|elements found|TypeError/);
  });
});

describe('page metadata', () => {
  it('reads headline, byline, date, site, section and types from meta tags and JSON-LD', () => {
    const head = `${NEWS_ARTICLE}<meta property="og:site_name" content="News Example"><meta property="article:section" content="Opinion"><link rel="canonical" href="https://news.example/opinion/budget-vote-2020">`;
    const doc = page('https://news.example/opinion/budget-vote-2020?utm=1', head, `<article><h1>Council approves budget</h1>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article>`);
    const found = findArticle(doc);
    expect(found.state).toBe('article');
    expect(found.meta).toMatchObject({
      url: 'https://news.example/opinion/budget-vote-2020',
      title: 'Council approves budget',
      byline: 'Dana Ruiz',
      published: '2020-03-02T10:00:00Z',
      siteName: 'News Example',
      section: 'Opinion',
      schemaTypes: ['NewsArticle'],
    });
  });

  it('leaves the date out of a byline element that also holds it', () => {
    const body = `<article><h1>Council approves budget</h1><p class="byline">By Dana Ruiz · <time datetime="2020-03-02">March 2, 2020</time></p>${SENTENCES.map((s) => `<p>${s}</p>`).join('')}</article>`;
    const found = findArticle(page('https://news.example/2020/03/02/budget-vote', '', body));
    expect(found.meta?.byline).toBe('By Dana Ruiz');
  });
});
