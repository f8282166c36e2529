import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../src/page/article';
import { buildTextMap } from '../../../src/page/text-map';
import { FLOOD_BARRIER_PARAGRAPHS, FLOOD_BARRIER_STORY as STORY } from './flood-barrier-story';

function articleText(body: string, url = 'https://www.example-chronicle.com/news/article/city-council-approves-flood-barrier-17000000.php', head = ''): string {
  const { document } = parseHTML(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>City council approves flood barrier</title>${head}</head><body>${body}</body></html>`);
  Object.defineProperty(document, 'URL', { value: url, configurable: true });
  const found = findArticle(document as unknown as Document);
  if (found.state !== 'article') throw new Error(`${found.state}: ${found.reason}`);
  return buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text;
}

const menu = (items: string[]) => `<ul>${items.map((i) => `<li><a href="/${i.toLowerCase().replace(/\W+/g, '-')}">${i}</a></li>`).join('')}</ul>`;

describe('only the article: page furniture around the story is left out', () => {
  it('a site whose navigation and footer share the story’s container (Hearst-style layout), by shape not by name', () => {
    const body = `<div class="page">
      <div class="top">${menu(['Sign In', 'Home', 'News', 'Traffic', 'Weather', 'Sports', 'Contact Chron', 'Ads'])}</div>
      <div class="story"><h1>City council approves flood barrier</h1>${STORY}</div>
      <div class="bottom"><h4>Trending</h4>${menu(['Storm knocks out power downtown', 'New bakery opens on Main', 'High school wins title'])}
      ${menu(['Terms of Use', 'Privacy Notice', 'Contact SFGATE', 'Careers', 'Advertising'])}</div></div>`;
    const text = articleText(body);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['Sign In', 'Traffic', 'Contact Chron', 'Trending', 'Storm knocks out power', 'Terms of Use', 'Contact SFGATE']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('a video player set into the story: its controls (role button, slider) are left out, the paragraphs around it stay', () => {
    const player = `<div class="player"><div class="poster"></div>
      <div class="big-play" role="button" tabindex="0"><span class="control-text">Play Video</span></div>
      <div class="control-bar" role="group"><div class="play" role="button"><span class="control-text">Play</span></div>
        <div class="progress" role="slider" aria-valuenow="0"><div class="load"><span class="control-text"><span>Loaded</span>: 0%</span></div>
        <div class="played"><span class="control-text"><span>Progress</span>: 0%</span></div></div></div></div>`;
    const [first, ...rest] = FLOOD_BARRIER_PARAGRAPHS;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${first}${player}${rest.join('')}</article>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Engineers from the state water board');
    for (const control of ['Play Video', 'Loaded', 'Progress: 0%']) expect(text).not.toContain(control);
  });

  it('share bars, related lists, newsletter boxes, comments and bylines named as such', () => {
    const body = `<article><h1>City council approves flood barrier</h1>
      <div class="byline">By Sam Keller</div><time datetime="2020-03-02">March 2, 2020</time>
      <div class="share-tools"><a href="https://facebook.com/x">Facebook</a> <a href="https://twitter.com/x">Twitter</a></div>
      ${STORY}
      <p>Read more: <a href="/other">Bridge repairs delayed again</a></p>
      <aside class="related"><h3>Related stories</h3>${menu(['Bridge repairs delayed again', 'River levels rise'])}</aside>
      <div class="newsletter-signup"><p>Get the morning briefing in your inbox every day before breakfast.</p><form><input type="email"></form></div>
      <section id="comments"><h3>Comments</h3><p>I think the council should have waited for a second hearing before voting on this.</p></section>
    </article>`;
    const text = articleText(body);
    expect(text.split('\n')[0]).toMatch(/^The city council approved a new flood barrier/);
    expect(text).toContain('The barrier will cost an estimated 48 million dollars');
    for (const furniture of ['Sam Keller', 'March 2, 2020', 'Facebook', 'Read more', 'Related stories', 'River levels rise', 'morning briefing', 'Comments', 'second hearing before voting']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('a byline alone is furniture; a lead paragraph opening with the byline is the story', () => {
    const lead = 'By Sam Keller: The city council cannot ignore the risk of further floods, the mayor warned on Tuesday as she urged residents to prepare.';
    const text = articleText(`<article><h1>City council approves flood barrier</h1><p>By Sam Keller</p><p>${lead}</p>${STORY}</article>`);
    expect(text).toContain(lead);
    expect(text.split('\n')).not.toContain('By Sam Keller');
  });

  it('paragraphs Readability drops between the story’s paragraphs come back; teasers and captions do not', () => {
    const dropped = 'The council’s vote followed three public hearings at which more than two hundred residents spoke.';
    const teaser = 'Another city found a cheaper way to keep the river out of its streets.';
    // Not an <article>: a page's sole <article> is taken whole, which would hide what this test is about.
    const body = `<div id="main"><h1>City council approves flood barrier</h1>${STORY}
      <div class="graphic"><p>${dropped}</p><a href="/g1">Chart one here</a> <a href="/g2">Map two here</a> <a href="/g3">Data three here</a> <a href="/g4">More four</a></div>
      <figure><img src="c.png"><p>Engineers inspect the east bank of the river on Monday afternoon.</p></figure>
      <div class="card"><h3><a href="/other">Another city’s barrier</a></h3><p>${teaser}</p></div>
      ${STORY.replace(/The city council/g, 'The county board')}</div>`;
    const text = articleText(body);
    expect(text).toContain(dropped);
    for (const left of [teaser, 'Engineers inspect']) expect(text).not.toContain(left);
  });

  it('a lead paragraph in its own box between the headline and the body comes back', () => {
    const lead = 'Residents of the east bank will be protected from spring floods for the first time in a decade, the council said.';
    const links = '<a href="/g1">Chart one here</a> <a href="/g2">Map two here</a> <a href="/g3">Data three here</a> <a href="/g4">More four</a>';
    const text = articleText(`<div id="main"><h1>City council approves flood barrier</h1><div class="teaser"><p>${lead}</p>${links}</div><div class="body">${STORY}</div></div>`);
    expect(text).toContain(lead);
    expect(text).not.toContain('Chart one here');
  });

  it('a live commentary its markup names "live-match-comments" is the story; a comment section is not', () => {
    const minutes = STORY.split('</p>').filter(Boolean).map((p, i) => `<div class="live-match-comment"><div class="live-match-comment-time">${90 - i * 10}'</div><div class="live-match-comment-body">${p}</p></div></div>`);
    const comments = '<section class="comments"><p>I think the council should have waited for a second hearing before voting on this.</p></section>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1><div class="live-match-comments">${minutes.join('')}</div>${comments}</article>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('should have waited for a second hearing');
  });

  it('a rights notice of a few sentences at the story’s end is left out; a paragraph about a photo’s copyright before it stays', () => {
    const rights = '<p>© 2022, Example Chronicle. This article is the copyrighted property of the Example Chronicle. Written permission must be obtained before reprint in online or print media. Reprinting content without permission and/or payment is theft and punishable by law.</p>';
    const photo = '<p>The council’s lawyer said the photo of the flooded street was shared without permission, and the city would ask for it to be taken down.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${photo}${rights}</article>`);
    expect(text).not.toContain('copyrighted property');
    expect(text).toContain('shared without permission');
  });

  it('a disclaimer and a next-story teaser named so in their markup are left out; a paragraph about a disclaimer stays', () => {
    const notice = '<p class="editorial-disclaimer-text">NOTE: The advertising disclaimer below does not apply to this article, nor any originating from the editorial department.</p>';
    const next = '<h2 class="nextstory"><a href="/river">River levels rise after a week of rain</a></h2><div class="next-story"><p>Farmers along the river say the water reached their fields before dawn on Monday.</p></div>';
    const quoted = '<p>The contractor’s bid carried a disclaimer that costs could rise if steel prices kept climbing, the clerk said.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${quoted}${notice}${next}</article>`);
    expect(text).not.toContain('advertising disclaimer');
    expect(text).not.toContain('River levels rise');
    expect(text).not.toContain('Farmers along the river');
    expect(text).toContain('carried a disclaimer');
  });

  it('calls to action opening “Get the latest …” and “Submit your letter …” are left out; a paragraph about the latest figures stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const letter = '<p>Submit your letter to the editor via this form. Read more Letters to the Editor.</p>';
    const app = '<p>Get the latest news straight to your phone with the Chronicle app.</p>';
    const figures = '<p>The latest figures from the water board show the river rising faster than in any spring since 1993.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${letter}${paragraphs.slice(0, 3).join('')}${figures}${app}${paragraphs.slice(3).join('')}</article>`);
    expect(text).not.toContain('Submit your letter');
    expect(text).not.toContain('straight to your phone');
    expect(text).toContain('The latest figures from the water board');
  });

  it('the author’s bio at the story’s end is left out, with its title; a paragraph naming someone else stays', () => {
    const { document } = parseHTML(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><meta name="author" content="Dana Ruiz"><title>City council approves flood barrier</title></head>
      <body><article><h1>City council approves flood barrier</h1>${STORY}<p>Moreno is expected to sign the measure into law next week, her office said on Wednesday.</p>
      <h4>Author</h4><p>Dana Ruiz covers city hall and the river for the Chronicle. She joined the paper in 2015 after six years at a wire service.</p></article></body></html>`);
    Object.defineProperty(document, 'URL', { value: 'https://www.example-chronicle.com/news/city-council-approves-flood-barrier', configurable: true });
    const found = findArticle(document as unknown as Document);
    if (found.state !== 'article') throw new Error(found.reason);
    const text = buildTextMap(found.blocks, found.skip ? { skip: found.skip } : {}).text;
    expect(text).toContain('Moreno is expected to sign the measure');
    expect(text).not.toContain('Dana Ruiz covers city hall');
    expect(text).not.toMatch(/^Author$/m);
  });

  it('a bio closing the story is left out without a byline to match, when the story never named its subject', () => {
    const bio = '<p>Evan Symon is the Senior Editor for the Chronicle. Prior to the Chronicle, he reported on state politics for a wire service.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${bio}</article>`);
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('Evan Symon is the Senior Editor');
  });

  it('an author introducing themself after the story (“I’m Amy and …”) is left out; a closing line in the first person stays', () => {
    const intro = '<p>Hi, I’m Amy and I’m so glad you’ve stopped by! I write about rivers, towns and the people who look after them.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${intro}</article>`);
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('so glad you’ve stopped by');
    const closing = '<p>I am glad the council finally voted, and I will be at the river bank when the work starts in the spring.</p>';
    expect(articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${closing}</article>`)).toContain('I am glad the council finally voted');
  });

  it('the writer’s sign-off closing the post (“Cheers, Amy”, “Euer Hans”) stays, where the learned filter drops a short closing line', () => {
    const signed = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}<p>Cheers, Amy</p></article>`);
    expect(signed.trimEnd().split('\n').at(-1)).toBe('Cheers, Amy');
    const german = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}<p>Euer Hans</p></article>`);
    expect(german.trimEnd().split('\n').at(-1)).toBe('Euer Hans');
  });

  it('without a byline, the author box’s name stands in for it: the bio under it goes, middle initial and all', () => {
    const box = '<div class="author-box"><div class="author-name">Evan Symon</div></div>';
    const bio = '<p>Evan V. Symon is the Senior Editor for the Chronicle. Prior to the Chronicle, he reported on state politics for a wire service.</p>';
    const named = '<p>Symon, who wrote the first report on the plan, was at the vote.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${named}${box}${bio}</article>`);
    expect(text).toContain('Symon, who wrote the first report');
    expect(text).not.toContain('Evan V. Symon is the Senior Editor');
  });

  it('without a byline in the metadata, the author box’s name is the page’s byline; a recipe card’s “Cuisine Italian” is not', () => {
    const byline = (body: string): string | undefined => {
      const { document } = parseHTML(`<!doctype html><html lang="en"><head><meta property="og:type" content="article"><title>City council approves flood barrier</title></head><body>${body}</body></html>`);
      Object.defineProperty(document, 'URL', { value: 'https://www.example-chronicle.com/news/article/city-council-approves-flood-barrier-17000000.php', configurable: true });
      const found = findArticle(document as unknown as Document);
      return found.meta?.byline;
    };
    const box = '<div class="author-box"><div class="author-name">Evan Symon</div></div>';
    expect(byline(`<article><h1>City council approves flood barrier</h1>${STORY}${box}</article>`)).toBe('Evan Symon');
    const card = '<div class="wprm-recipe"><div class="wprm-recipe-meta-container"><div class="wprm-recipe-meta">Cuisine Italian</div></div></div>';
    expect(byline(`<article><h1>City council approves flood barrier</h1>${STORY}${card}</article>`)).toBeUndefined();
  });

  it('a closing paragraph about someone the story named, or about a thing, stays', () => {
    const named = '<p>Alicia Moreno is the first mayor in a decade to win a vote on the river, and she has said she will run again.</p>';
    const thing = '<p>The Barrier Trust is a charity that will look after the riverside path once the work is finished.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${named}${thing}</article>`);
    expect(text).toContain('Alicia Moreno is the first mayor');
    expect(text).toContain('The Barrier Trust is a charity');
  });

  it('a blog’s comment-form notices set beside the story (WordPress’s Akismet line, “Your email address will not be published”) are left out', () => {
    const notices = '<p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. <a href="https://akismet.com/privacy/">Learn how your comment data is processed</a>.</p><p class="note">Your email address will not be published. Required fields are marked *</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${notices}</article>`);
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('Akismet');
    expect(text).not.toContain('will not be published');
  });

  it('a story’s paragraphs about a spam filter and about whose address is published stay', () => {
    const story = '<p>The council’s website now uses Akismet to reduce spam in its public comment forms, the clerk said.</p><p>The clerk said that your email address will not be published when you write to the council about the barrier, and that the council will answer every letter within a month.</p>';
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 2).join('')}${story}${paragraphs.slice(2).join('')}</article>`);
    expect(text).toContain('uses Akismet to reduce spam');
    expect(text).toContain('will answer every letter');
  });

  it('an author’s box its markup names as one is left out wherever it sits; a story in a container named for its author stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const box = '<div class="author-box"><p>Dana Ruiz covers city hall and the river for the Chronicle. She joined the paper in 2015 after six years at a wire service.</p></div>';
    const tooltip = '<div class="mntl-author-tooltip__bio">Sam Keller writes about money, markets and the people who move them.</div>';
    const text = articleText(`<article class="author-article"><h1>City council approves flood barrier</h1>${tooltip}${paragraphs.slice(0, 2).join('')}${box}${paragraphs.slice(2).join('')}</article>`);
    expect(text).not.toContain('Dana Ruiz covers city hall');
    expect(text).not.toContain('Sam Keller writes about money');
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Engineers from the state water board');
  });

  it('labels on their own line, an affiliate disclosure and a “More … Stories” box are left out; a paragraph mentioning advertisers stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const body = `<article><h1>City council approves flood barrier</h1>
      <p>This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.</p>
      ${paragraphs.slice(0, 3).join('')}<div>Advertisement</div><p>Story continues below advertisement</p>${paragraphs.slice(3).join('')}
      <p>Local advertisers, who buy space in the council's weekly bulletin, said the barrier would bring more visitors to the riverside shops next summer.</p>
      <h3>More Great Chronicle Stories</h3><ul><li>Storm knocks out power downtown</li><li>New bakery opens on Main</li></ul></article>`;
    const text = articleText(body);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).toContain('Local advertisers, who buy space');
    for (const furniture of ['This post contains references', 'Advertisement', 'Story continues below', 'More Great Chronicle Stories', 'Storm knocks out power']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('an article header holding the headline, share counts, photo credit, byline and date keeps only the headline', () => {
    const header = `<header class="articleheader"><h1>Barrier wins after a two-year fight over its cost</h1><span class="count">6366</span><span class="count">12</span>
      <figure><img src="a.jpg"><figcaption>JIM WATSON/AFP/Getty Images</figcaption></figure>
      <p class="byline">by <a href="/author/dana">Dana Ruiz</a><span>22 Dec 2016</span><a href="#comments">651</a></p><time datetime="2016-12-22">22 Dec, 2016</time></header>`;
    const text = articleText(`<article>${header}${STORY}<p class="cta">SIGN UP FOR OUR NEWSLETTER</p></article>`);
    expect(text.split('\n')[0]).toBe('Barrier wins after a two-year fight over its cost');
    expect(text).toContain('The city council approved a new flood barrier');
    for (const furniture of ['6366', 'Getty Images', 'Dana Ruiz', '22 Dec', 'SIGN UP']) expect(text).not.toContain(furniture);
  });

  it('an unlinked “Related: …” line and a posting line between the paragraphs are left out', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const body = `<article><h1>City council approves flood barrier</h1><p>Chronicle (Riverton) First published March 2, 2020: 1:28 AM ET</p>${paragraphs.slice(0, 3).join('')}
      <p>Related: Riverton's flood maps were redrawn after the 2019 storm</p>${paragraphs.slice(3).join('')}</article>`;
    const text = articleText(body);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['First published', 'Related:']) expect(text).not.toContain(furniture);
  });

  it('teasers set between the paragraphs under a box’s title, whatever the separator, heading or line, are left out', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const body = `<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 2).join('')}
      <p><strong>À lire aussi »</strong> <a href="/other">Bridge repairs delayed again</a></p>${paragraphs.slice(2, 3).join('')}
      <h3>MIRA: <a href="/levels">River levels rise after a week of rain</a></h3>${paragraphs.slice(3, 4).join('')}
      <div><b>Das könnte Dich auch interessieren:</b><a href="/a">Wenn Frauen mit dem besonderen Hüftschwung</a> <a href="/b">Neue Brücke für Riverton</a></div>
      ${paragraphs.slice(4).join('')}<p><strong>Lesen Sie auch die folgenden Beiträge:</strong></p>${menu(['Warum Sie diese drei HR-Prozesse digitalisieren sollten', 'Der Jobmarkt bleibt vital'])}</article>`;
    const text = articleText(body);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['À lire aussi', 'Bridge repairs', 'MIRA', 'River levels rise', 'interessieren', 'Hüftschwung', 'Lesen Sie auch', 'Jobmarkt']) expect(text).not.toContain(furniture);
  });

  it('a heading left with only dropped links under it goes with them; a heading over prose stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const body = `<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 3).join('')}
      <h2>Auch auf example-chronicle.com</h2>${menu(['Bridge repairs delayed again', 'River levels rise', 'New bakery opens on Main'])}
      <h2>What the barrier costs</h2>${paragraphs.slice(3).join('')}</article>`;
    const text = articleText(body);
    expect(text).toContain('What the barrier costs');
    for (const furniture of ['Auch auf', 'Bridge repairs']) expect(text).not.toContain(furniture);
  });

  it('a heading ending in a colon over dropped links goes with them, whatever follows; one over the story’s list stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const authorBox = `<div class="pa10"><h4>Search for this author in:</h4>${menu(['PubMed', 'Google Scholar'])}</div>`;
    const steps = '<h3>The plan in three steps:</h3><ul><li>Gates along the east bank, built first, in the spring of next year.</li><li>A pumping station at the old ferry landing, paid for by the grant.</li></ul>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${authorBox}${paragraphs.slice(0, 3).join('')}${steps}${paragraphs.slice(3).join('')}</article>`);
    expect(text).not.toContain('Search for this author');
    expect(text).not.toContain('Google Scholar');
    expect(text).toContain('The plan in three steps:');
    expect(text).toContain('The city council approved a new flood barrier');
  });

  it('a heading that opens with a topic and a colon stays, even when it links', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const body = `<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 2).join('')}
      <h2>Riverton: <a href="/riverton">a town that floods every spring</a></h2>${paragraphs.slice(2).join('')}</article>`;
    expect(articleText(body)).toContain('Riverton: a town that floods every spring');
  });

  it('another story set into this one, under its own heading and byline, is left out; the entries of a live blog stay', () => {
    const half = STORY.split('</p>');
    const boxed = `<div class="box"><h3>Prince Charles: young people need urgent help</h3><p>By Tom Pyman for MailOnline</p>
      <p>As many as a million young people need urgent help to protect their futures from the crisis, the prince said.</p></div>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${half.slice(0, 3).join('</p>')}</p>${boxed}${half.slice(3).join('</p>')}</article>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('As many as a million young people');
    expect(text).not.toContain('Prince Charles');

    const entry = (time: string, author: string, i: number) => `<div class="entry"><h3>${time}: council update</h3><p>By ${author}</p>${STORY.split('</p>')[i]}</p></div>`;
    const live = articleText(`<article><h1>City council approves flood barrier</h1>${['Sam Keller', 'Ann Lee', 'Dana Ruiz', 'Alex Heath', 'Jake Goulding'].map((author, i) => entry(`1${i}:05`, author, i)).join('')}</article>`);
    expect(live).toContain('The city council approved a new flood barrier');
    expect(live).toContain('This barrier protects eleven thousand homes');
    expect(live).toContain('Engineers from the state water board');
    expect(live).toContain('The barrier will cost an estimated 48 million dollars');
  });

  it('a row of buttons set between the paragraphs is left out; a paragraph of two links with a sentence of its own stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const buttons = '<p><a href="#recipe">Jump to Recipe</a><a href="/print/1">Print Recipe</a></p>';
    const sourced = '<p>The vote followed reports by <a href="/a">the state water board</a> and <a href="/b">the federal grant office</a> last year.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${buttons}${paragraphs.slice(0, 3).join('')}${sourced}${paragraphs.slice(3).join('')}</article>`);
    expect(text).not.toContain('Print Recipe');
    expect(text).not.toContain('Jump to Recipe');
    expect(text).toContain('The vote followed reports by the state water board and the federal grant office last year.');
  });

  it('a link inside a paragraph of the story stays', () => {
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}<p>The full plan is on <a href="/plan">the city’s website</a>, where residents can comment until May.</p></article>`);
    expect(text).toContain('The full plan is on the city’s website, where residents can comment until May.');
  });

  it('a list of dated entries at the story’s end and addresses the story writes out stay', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const petition = '<p>Sign the petition: <a href="http://www.example.org/petition/flood-barrier">http://www.example.org/petition/flood-barrier</a></p>';
    const contact = '<p><a href="mailto:floodplan@example.org">floodplan@example.org</a></p>';
    const timeline = '<ul><li>from 1 March 2021 for the river bank</li><li>from 1 January 2022 for the east side</li></ul>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 2).join('')}${petition}${paragraphs.slice(2, 4).join('')}${contact}${paragraphs.slice(4).join('')}<p>The work is done in two stages:</p>${timeline}</article>`);
    expect(text).toContain('http://www.example.org/petition/flood-barrier');
    expect(text).toContain('floodplan@example.org');
    expect(text).toContain('from 1 March 2021 for the river bank');
    expect(text).toContain('from 1 January 2022 for the east side');
  });

  it('a paragraph of the story that gives an e-mail address stays at its end; a contact notice there is left out', () => {
    const fact = '<p>On the first and last days of the vote, hours will be extended from 10 a.m. to 9 p.m. Email <a href="mailto:vote@example.gov">vote@example.gov</a> or call 212-306-6794 for more information.</p>';
    const notices = '<p>We want to hear what you think about this article. Write to <a href="mailto:letters@example.com">letters@example.com</a>.</p><p>To reach the reporter, contact <a href="mailto:sam@example.com">sam@example.com</a>.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${fact}${notices}</article>`);
    expect(text).toContain('hours will be extended from 10 a.m. to 9 p.m. Email vote@example.gov');
    expect(text).not.toContain('letters@example.com');
    expect(text).not.toContain('sam@example.com');
  });

  it('a picture’s credit set between the paragraphs, alone or closing its caption, is left out; a paragraph citing Reuters stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const credits = '<p>© Oli Scarff/Getty Images</p><p>The river bank at dawn, two days before the vote. (Foto: dpa)</p>';
    const cited = '<p>The grant was first reported by Reuters in May, weeks before the council met to discuss it.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 2).join('')}${credits}${paragraphs.slice(2).join('')}${cited}</article>`);
    expect(text).not.toContain('Oli Scarff');
    expect(text).not.toContain('two days before the vote');
    expect(text).toContain('The grant was first reported by Reuters in May');
    expect(text).toContain('Engineers from the state water board');
  });

  it('a credit naming its maker without a colon (“Featured image by …”, “Titelbild: …”) is left out; a sentence that opens the same way stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const credits = '<p><em>Featured image by Alberto Riva/The Points Guy.</em></p><p>Photo courtesy of the Example County Water Board</p><p><em>Titelbild: Geyres Christophe/ABACA/picture-alliance</em></p>';
    const sentence = '<p>Photos by Mayor Moreno’s office showed the river at its highest level in a decade, two feet above the old wall.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 3).join('')}${sentence}${paragraphs.slice(3).join('')}${credits}</article>`);
    expect(text).not.toContain('Alberto Riva');
    expect(text).not.toContain('Photo courtesy');
    expect(text).not.toContain('Geyres Christophe');
    expect(text).toContain('Photos by Mayor Moreno’s office showed the river');
    expect(text).toContain('Residents who spoke at the meeting');
  });

  it('a byline set apart from its lead under the headline (“Article by”, then the name alone) is left out; the author named in the story stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const url = 'https://www.example-chronicle.com/news/article/city-council-approves-flood-barrier-17000000.php';
    const head = '<meta name="author" content="Barry Alleyne">';
    const byline = '<div><p>Article by</p><p>Barry Alleyne</p></div>';
    const named = '<p>Barry Alleyne, who covered the first hearing, counted 40 speakers.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${byline}${paragraphs.join('')}${named}</article>`, url, head);
    expect(text).not.toContain('Article by');
    expect(text).not.toMatch(/^Barry Alleyne$/m);
    expect(text).toContain('Barry Alleyne, who covered the first hearing');
    expect(text).toContain('The city council approved a new flood barrier');
    // Without a byline in the page's metadata, a name alone is left as it is.
    expect(articleText(`<article><h1>City council approves flood barrier</h1><p>Barry Alleyne</p>${paragraphs.join('')}</article>`)).toMatch(/^Barry Alleyne$/m);
  });

  it('a credit naming only the site (“Article by examplechronicle”) and a bare web address under the story are left out; a byline naming a person and an address in a sentence stay', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const head = '<meta property="og:site_name" content="Example Chronicle">';
    const site = '<div>Article by<br>examplechronicle</div>';
    const source = '<p>WWW.RIVERNEWS.COM</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${site}${paragraphs.join('')}${source}</article>`, undefined, head);
    expect(text).not.toContain('examplechronicle');
    expect(text).not.toContain('RIVERNEWS');
    expect(text).toContain('The city council approved a new flood barrier');
    const person = articleText(`<article><h1>City council approves flood barrier</h1><div>Article by<br>Sam Keller</div>${paragraphs.join('')}<p>Details are at www.example.org/flood-barrier.</p></article>`, undefined, head);
    expect(person).toContain('Sam Keller');
    expect(person).toContain('www.example.org/flood-barrier');
  });

  it('an advertisement spelled with look-alike Cyrillic letters is left out; a paragraph with a unit in Greek letters (“μg”) or a Russian name stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const ad = '<p>Аdvеrtіѕе wіth thе most visited news site in the county ~ Wе оffеr fullу сuѕtоmіzаblе packages.</p>';
    const units = '<p>Tests found 26 μg of lead per litre in the old wall’s runoff, and 2 μg after the filters, the state water board said.</p>';
    const russian = '<p>The engineering firm, led by Сергей Иванов, has built similar barriers on the Volga and the Neva rivers.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 3).join('')}${units}${russian}${paragraphs.slice(3).join('')}${ad}</article>`);
    expect(text).not.toContain('wіth thе most visited');
    expect(text).toContain('26 μg of lead');
    expect(text).toContain('Сергей Иванов');
    expect(text).toContain('Residents who spoke at the meeting');
  });

  it('a block that holds the whole page as loose lines is read line by line: the comment form’s notice and a bare address go, the story’s lines stay', () => {
    const lines = FLOOD_BARRIER_PARAGRAPHS.map((p) => p.replace(/<\/?p>/g, ''));
    const page = `<div class="post">${lines.join('<br>')}<br>Posted in <a href="/news">News</a> <a href="/river">River</a> <a href="/council">Council</a><br>www.rivernews.com<br>Your email address will not be published. Required fields are marked *</div>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${page}</article>`);
    for (const line of lines) expect(text).toContain(line);
    expect(text).not.toContain('www.rivernews.com');
    expect(text).not.toContain('Your email address will not be published');
  });

  it('a reading time on its own line is left out; a recipe’s time and a sentence about minutes stay', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const readingTimes = '<div class="meta"><span>5 min read</span></div><p>Reading time: 3 minutes</p><p>Lesezeit: 4 Min.</p>';
    const times = '<ul><li>45 minutes</li><li>Cook the beans for an hour.</li></ul><p>The vote took 25 minutes to read out in full.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${readingTimes}${paragraphs.slice(0, 3).join('')}${times}${paragraphs.slice(3).join('')}</article>`);
    expect(text).not.toContain('5 min read');
    expect(text).not.toContain('Reading time');
    expect(text).not.toContain('Lesezeit');
    expect(text).toContain('45 minutes');
    expect(text).toContain('The vote took 25 minutes to read out in full.');
  });

  it('a newsletter’s pitch after the story is left out; a paragraph of the story about email stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const email = '<p>Residents can ask for flood alerts by email from the water board, which sent 3,000 last spring.</p>';
    const pitch = '<div class="briefing-box"><h2>Morning Briefing</h2><p>An essential round-up of local news, opinion and analysis, delivered to your inbox every weekday.</p></div>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.join('')}${email}${pitch}</article>`);
    expect(text).not.toContain('delivered to your inbox');
    expect(text).toContain('Residents can ask for flood alerts by email');
    expect(text).toContain('Residents who spoke at the meeting');
  });

  it('a note on citing the page at the story’s end is left out; a closing paragraph that cites a study stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const study = '<p>Citations of the 2019 flood study by the water board put the damage at 30 million dollars.</p>';
    const citation = '<p>Citation: City council approves flood barrier (2020, March 2) retrieved 3 March 2020 from https://www.example-chronicle.com/news/flood-barrier.html</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.join('')}${study}${citation}</article>`);
    expect(text).not.toContain('retrieved 3 March 2020');
    expect(text).toContain('Citations of the 2019 flood study');
  });

  it('the comment form’s log-in notice and a permalink label are left out; a closing paragraph about comments stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const comments = '<p>The council will take written comments on the route until the end of March.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.join('')}${comments}<p>Permalink</p><p>You must be logged in to post a comment.</p></article>`);
    expect(text).not.toContain('Permalink');
    expect(text).not.toContain('logged in to post');
    expect(text).toContain('The council will take written comments on the route');
    const german = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.join('')}<p>Sie müssen sich anmelden, um Kommentare zu schreiben.</p></article>`);
    expect(german).not.toContain('Kommentare zu schreiben');
  });

  it('a caption its markup names as one and a sign-up line set between the paragraphs are left out; a paragraph about subscribers stays', () => {
    const paragraphs = FLOOD_BARRIER_PARAGRAPHS;
    const caption = '<div class="media__caption">The river bank at dawn, two days before the vote.</div>';
    const signUp = '<p>Sign up for the free daily Chronicle newsletter for more local news!</p>';
    const subscribers = '<p>Subscribers to the water board’s alerts were told of the vote an hour before it was announced.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${paragraphs.slice(0, 1).join('')}${subscribers}${paragraphs.slice(1, 2).join('')}${signUp}${caption}${paragraphs.slice(2).join('')}</article>`);
    expect(text).not.toContain('two days before the vote');
    expect(text).not.toContain('Sign up for the free daily');
    expect(text).toContain('Subscribers to the water board');
    expect(text).toContain('Engineers from the state water board');
  });

  it('a slideshow whose captions tell the story keeps them, each closing with its credit or set in a figure', () => {
    const slides = [
      'The new barrier is not what residents expected: a wall of steel gates that fold into the river bed when the water is low.',
      'Its first section runs along the east bank for two miles, from the old ferry landing to the rail bridge at Mill Street.',
      'Engineers say the gates can be raised in under an hour once the state water board issues a flood warning for the valley.',
      'The council will pay for most of the work with a state grant, and the rest with a bond that voters approved last spring.',
    ];
    const credited = articleText(`<article><h1>City council approves flood barrier</h1>${slides.map((s) => `<p>${s} Image credit: www.example-water-board.gov</p>`).join('')}</article>`);
    const figures = articleText(`<article><h1>City council approves flood barrier</h1><p>Four pictures of the plan.</p>${slides.map((s) => `<figure><img src="a.jpg"><figcaption class="slide-caption"><p>${s}</p></figcaption></figure>`).join('')}</article>`);
    for (const text of [credited, figures]) {
      expect(text).toContain('a wall of steel gates that fold into the river bed');
      expect(text).toContain('with a bond that voters approved last spring');
    }
  });

  // Past Readability's old 60,000-element limit (linkedom is slow at this size; the browser e2e takes 100,000).
  it('a page with a 61,000-link footer is still read as its article', { timeout: 60_000 }, () => {
    const footer = `<footer><div>${'<a href="/x">Link</a> '.repeat(61_000)}</div></footer>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}</article>${footer}`);
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('Link');
  });
});

describe('the story’s own subheadings', () => {
  const reviews: Array<[string, string]> = [
    ['“Rez Infinite” ($30)', 'The cult shooter returns with a fully remastered take on the original game and a new level built for the headset, and the results are terrific from the first minute.'],
    ['“Until Dawn: Rush of Blood” ($20)', 'Last year’s horror hit becomes a rollercoaster ride through a haunted theme park, where you shoot at everything that jumps out of the dark with two pistols in hand.'],
    ['“RIGS: Mechanized Combat League” ($50)', 'Giant robots meet team sports in this loud arena game, which pits two teams of three pilots against one another in short, explosive and occasionally nauseating matches.'],
    ['“Batman Arkham VR” ($20)', 'You really are the caped detective in this short mystery, solving a murder in Gotham with gadgets you hold in your own hands, and it lasts barely an hour.'],
    ['“Job Simulator” ($30)', 'The office comedy from the PC headsets arrives intact: you stack boxes, make coffee and throw staplers at your robot boss, and it is as silly as ever on the console.'],
    ['“Eve Valkyrie” ($60)', 'Already a hit on other headsets, this space dogfighting game shows off how virtual reality can turn a familiar kind of game into something that feels entirely new.'],
  ];
  const moreNews = `<p>More games news:</p><ul>${['A new toy game lets you print your own figures', 'Review: the basketball game has a career year', 'Review: race at your own speed in a big, beautiful open world', 'The faster console shows promise and plenty of pretty lighting'].map((t, i) => `<li><a href="/games/${i}">${t}</a></li>`).join('')}</ul>`;
  // Each title links to the game's page in the store, as roundups and deals posts do.
  const roundup = reviews.map(([title, review], i) => `<h3><a href="https://store.example.com/game/${i}">${title}</a></h3><p>${review}</p>`).join('');

  it('a roundup’s titles between its reviews stay, each above its review, linked as they are', () => {
    const text = articleText(`<article><h1>These are the coolest new virtual reality games</h1>
      <p>Virtual reality has officially reached the consoles, and the headset is comfortable and reasonably priced, with dozens of games on sale from the first day.</p>${roundup}
      <p>Which of them is worth your money depends on how much motion you can stomach, but every one of these is worth a try at a friend’s house first.</p>${moreNews}</article>`);
    for (const [title, review] of reviews) expect(text).toContain(`${title}\n${review}`);
  });

  it('a box’s title between the paragraphs is still left out, and so is a heading after the story’s last paragraph', () => {
    const text = articleText(`<article><h1>These are the coolest new virtual reality games</h1>
      <p>Virtual reality has officially reached the consoles, and the headset is comfortable and reasonably priced, with dozens of games on sale from the first day.</p>${roundup}
      <h3>Related stories</h3><p>Which of them is worth your money depends on how much motion you can stomach, but every one of these is worth a try at a friend’s house first.</p>
      <h4>Up next</h4><ul><li><a href="/a">Review: a big year for basketball games</a></li><li><a href="/b">The console that wants to be a PC</a></li></ul></article>`);
    expect(text).toContain('“Job Simulator” ($30)');
    for (const furniture of ['Related stories', 'Up next', 'big year for basketball']) expect(text).not.toContain(furniture);
  });
});

describe('a box titled like furniture', () => {
  const relatedPost = (title: string, summary: string, date: string) =>
    `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/${date.replace(/\W+/g, '-')}">${title}</a></h4><p class="jp-relatedposts-post-excerpt">${summary}</p><p class="jp-relatedposts-post-date">${date}</p><p class="jp-relatedposts-post-context">In "News"</p></div>`;
  const related = `<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><div class="jp-relatedposts-items">${[
    relatedPost('Council delays vote on river wall', 'The city council postponed its vote on the river wall for a second time on Monday, after engineers asked for another month to study the route along the east bank.', 'March 17, 2019'),
    relatedPost('Flood insurance costs rise for riverside homes', 'Homeowners along the river will pay about a fifth more for flood insurance next year, the state regulator said, citing three floods in five years and rising repair costs.', 'April 8, 2019'),
  ].join('')}</div></div>`;

  it('is left out whole when the title opens a box of its own: each teaser’s title, summary and date', () => {
    const text = articleText(`<div class="post"><h1>City council approves flood barrier</h1><div class="entry-content">${STORY}${related}</div></div>`);
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['Related', 'Council delays vote', 'postponed its vote', 'Flood insurance costs rise', 'about a fifth more', 'In "News"']) expect(text).not.toContain(furniture);
  });

  it('that holds a paragraph of prose not under a linked title is not left out whole: a story’s own section', () => {
    const section = `<section class="answers"><h3>Comments</h3><p>Asked whether residents had been heard, the mayor said the council had read every one of the four hundred written comments it received before the vote on Tuesday.</p><p>${'Two of those comments came from engineers who had worked on the barrier in the neighbouring county, and both supported the route the council chose.'}</p></section>`;
    const text = articleText(`<div class="post"><h1>City council approves flood barrier</h1><div class="entry-content">${STORY}${section}</div></div>`);
    expect(text).toContain('Two of those comments came from engineers');
  });
});

describe('boxes named in their markup', () => {
  it('a related-posts box whose class runs its words together (Jetpack’s “jp-relatedposts”) is left out, whatever its title says', () => {
    const related = `<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">From the archive</h3>
      <div class="jp-relatedposts-post"><h4><a href="/2019/03/17/river-wall">Council delays vote on river wall</a></h4>
      <p>The city council postponed its vote on the river wall for a second time on Monday, after engineers asked for another month to study the route along the east bank.</p></div></div>`;
    const text = articleText(`<div class="post"><h1>City council approves flood barrier</h1><div class="entry-content">${STORY}${related}</div></div>`);
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['From the archive', 'Council delays vote', 'postponed its vote']) expect(text).not.toContain(furniture);
  });

  it('a dialog laid over the page is left out however long its text; a story opened in a box named “modal” keeps its text', () => {
    const dialog = `<div class="modal fade" id="author-request"><div class="modal-dialog"><h4 class="modal-title">Become an approved author!</h4>
      <div class="modal-body">Your account is not approved yet. To become an approved author, you must have a minimum of two articles in your account. The articles must be complete and ready to be published. The articles must be unique and contain no duplicate content from other websites, books or magazines. You think you are ready? If so, request to become an approved author.</div></div></div>`;
    const text = articleText(`<div class="post"><h1>City council approves flood barrier</h1><div class="entry-content">${STORY}${dialog}</div></div>`);
    expect(text).toContain('Residents who spoke at the meeting');
    for (const furniture of ['approved author', 'duplicate content']) expect(text).not.toContain(furniture);
    const opened = articleText(`<div class="story-modal"><h1>City council approves flood barrier</h1><div class="modal-body">${STORY}</div></div>`);
    expect(opened).toContain('The city council approved a new flood barrier');
    expect(opened).toContain('Residents who spoke at the meeting');
  });

  it('a subscription offer laid over a paywalled preview is left out; the preview stays', () => {
    const preview = `<p>The city council approved a new flood barrier on Tuesday night, ending a two-year dispute over how to protect the riverside homes from the spring floods.</p>
      <p>“This barrier protects eleven thousand homes,” Mayor Alicia Moreno told reporters after the vote, which passed seven to two after a debate that ran past midnight.</p>
      <p>Residents who spoke at the meeting said the barrier came too late for the families flooded last year, but welcomed the vote ...</p>`;
    const offer = `<section class="row paywall" id="regWall"><p>Already a subscriber? Sign in</p><h3>Read this article now!</h3>
      <ul><li class="icon--salewall">All articles on example-chronicle.com</li><li class="icon--salewall">The news app</li><li class="icon--salewall">Our editors' newsletter</li></ul>
      <p>Digital basic $3 / month</p><p>for the first 3 months</p><p>cancel any time after 3 months</p><a class="button button--salewall" href="/subscribe">Continue reading</a></section>`;
    const text = articleText(`<main><section class="row non-paywall"><h1>City council approves flood barrier</h1>${preview}</section>${offer}</main>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('welcomed the vote');
    for (const furniture of ['Already a subscriber', 'Read this article now', 'All articles on', 'Digital basic', 'cancel any time']) expect(text).not.toContain(furniture);
  });

  it('a generated id (Medium’s “e1ad”) names no ad slot: its short paragraph stays; a real “ad-slot” id still goes', () => {
    const [first, ...rest] = FLOOD_BARRIER_PARAGRAPHS;
    const lead = '<p id="e1ad">The barrier will be built in three stages, here is what each one covers:</p>';
    const slot = '<p id="ad-slot-3">Advertise with the Chronicle today</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${first}${lead}${slot}${rest.join('')}</article>`);
    expect(text).toContain('built in three stages');
    expect(text).not.toContain('Advertise with the Chronicle');
  });

  it('a section whose id is made of its own heading (“sharing-with-residents”) keeps its text; a box named “share-bar” still goes', () => {
    const [first, ...rest] = FLOOD_BARRIER_PARAGRAPHS;
    const section = `<div class="section" id="sharing-the-cost-with-residents"><h2>Sharing the cost with residents</h2>
      <p>Homeowners along the river will pay a levy of forty dollars a year for ten years, the council decided, while the state covers the rest of the cost.</p></div>`;
    const bar = '<div id="share-bar"><p>Share this story with your neighbours on every network</p></div>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${first}${section}${bar}${rest.join('')}</article>`);
    expect(text).toContain('Homeowners along the river will pay a levy');
    expect(text).not.toContain('Share this story with your neighbours');
  });

  it('a count of comments alone (“160 comments”, “Comments (5 posted)”) is left out; a sentence counting comments stays', () => {
    const counted = '<p>The council said it had read 400 comments from residents before the vote.</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${counted}<p>160 comments</p><p>Comments (5 posted)</p></article>`);
    expect(text).toContain('had read 400 comments from residents');
    for (const count of ['160 comments', 'Comments (5 posted)']) expect(text).not.toContain(count);
  });

  it('a picture’s box whose caption, named so, opens with its credit is left out however long the caption (MSN’s “© Getty Images …”)', () => {
    const [first, ...rest] = FLOOD_BARRIER_PARAGRAPHS;
    const caption = `© Getty Images RIVERSIDE, MARCH 3, 2021 -- ${'Workers survey the river bank where the barrier will stand, a stretch flooded twice in the last three years and now lined with sandbags. '.repeat(3)}`;
    const picture = `<span class="storyimage inlineimage"><img src="/a.jpg" alt=""><span class="caption truncate"><span class="attribution">${caption}</span></span></span>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${first}${picture}${rest.join('')}</article>`);
    expect(text).toContain('Residents who spoke at the meeting');
    expect(text).not.toContain('Workers survey the river bank');
  });

  it('a lead-in ending in a colon before a code listing stays, furniture phrase or not (“And its test suite, powered by Mocha and Chai:”)', () => {
    const [first, ...rest] = FLOOD_BARRIER_PARAGRAPHS;
    const listing = '<p>And the flood model, powered by open data:</p><pre>model.run({ river: "east", years: 30 })</pre>';
    const footer = '<p>Powered by open data</p>';
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${first}${listing}${rest.join('')}${footer}</article>`);
    expect(text).toContain('And the flood model, powered by open data:');
    expect(text).not.toMatch(/open data\s*$/);
  });

  it('a photo gallery’s controls inside the story are left out (“Autoplay”, “1 of 24”, “Wait 1 second to continue.”)', () => {
    const gallery = `<div class="inline-content pb-f-gallery-gallery"><div class="wp-volt-gal"><div class="wp-volt-gal-bar"><div class="wp-volt-gal-nav-number"><span>1</span> of 24</div>
      <div class="wp-volt-gal-button">Full Screen</div><div class="wp-volt-gal-button">Autoplay</div><div class="wp-volt-gal-button">Close</div></div>
      <div class="wp-volt-gal-templates"><div class="wp-volt-gal-interstitial-text">Wait 1 second to continue.</div></div></div></div>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${FLOOD_BARRIER_PARAGRAPHS.slice(0, 2).join('')}${gallery}${FLOOD_BARRIER_PARAGRAPHS.slice(2).join('')}</article>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    for (const control of ['Autoplay', 'Full Screen', 'of 24', 'Wait 1 second']) expect(text).not.toContain(control);
  });

  it('a gallery of other stories set into the story between its paragraphs is left out, blurbs and all; a slideshow page keeps its slides', () => {
    const slides = ['Star Wars boosts economy', 'Airport put up for sale', 'Pubs get protected'].map(
      (title, i) => `<li><h2><span class="counter">${i + 1}/3</span> ${title}</h2><p>${title} was one of the week’s business stories, and this blurb tells it in two long sentences. Analysts said the move came as no surprise to anyone in the City.</p></li>`,
    );
    const gallery = `<div class="inline-gallery-embedded"><ul class="legends">${slides.join('')}</ul></div>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${FLOOD_BARRIER_PARAGRAPHS.slice(0, 3).join('')}${gallery}${FLOOD_BARRIER_PARAGRAPHS.slice(3).join('')}</article>`);
    expect(text).toContain('The city council approved a new flood barrier');
    expect(text).toContain('Residents who spoke at the meeting');
    for (const slide of ['Star Wars boosts economy', 'business stories', 'Pubs get protected']) expect(text).not.toContain(slide);
    const slideshow = articleText(`<article><h1>City council approves flood barrier</h1>${FLOOD_BARRIER_PARAGRAPHS.slice(0, 2).join('')}${gallery}${FLOOD_BARRIER_PARAGRAPHS[5]}</article>`);
    expect(slideshow).toContain('Star Wars boosts economy was one of the week’s business stories');
  });

  it('a story whose own container is named for a gallery keeps its short lines', () => {
    const text = articleText(`<div class="gallery-story"><h1>City council approves flood barrier</h1>${STORY}<p>The mayor declined to comment further.</p></div>`);
    expect(text).toContain('The mayor declined to comment further.');
    expect(text).toContain('Residents who spoke at the meeting');
  });

  it('a paywall word on the story’s own wrapper (“paywall-on”, “non-paywall”) is no offer: the story keeps its text', () => {
    const story = [
      'The trial over the river-wall contracts entered its final stage on Tuesday, and the court set the closing arguments for Wednesday morning at ten o’clock.',
      '“We expect the court to hand down its sentence on the same day,” said the prosecutor, who is asking for twelve to fifteen years for each of the accused.',
      'The defence lawyers asked for more time to present expert reports, but the court turned the request down and kept Wednesday’s hearing on the calendar.',
    ].map((p) => `<p>${p}</p>`).join('');
    // Summaries of the day's other stories after it, more text than the story: its wrapper is not the article's container.
    const others = Array.from({ length: 8 }, (_, i) => `<div class="views-row"><p>A commission from the water utility inspected the progress of the sewer works at roundabout number ${i + 1} on Tuesday and said the job would be finished before the rains...</p></div>`).join('');
    const wrapped = articleText(`<article class="node node-full paywall-on"><h1>City council approves flood barrier</h1>${story}</article><div class="region">${others}</div>`);
    expect(wrapped).toContain('The trial over the river-wall contracts');
    expect(wrapped).toContain('kept Wednesday’s hearing on the calendar');
    const marked = articleText(`<section class="row non-paywall"><h1>City council approves flood barrier</h1>${story}</section><div class="region">${others}</div>`);
    expect(marked).toContain('kept Wednesday’s hearing on the calendar');
  });

  it("a linked item of a list whose other items are the story's prose stays; a list of links goes", () => {
    const changes = `<h3>What changed this week</h3><ul>
      <li>The bridge team fixed the lights on the east span, which had failed twice in the storm last month.</li>
      <li>Road crews repaved the junction at Mill Street and put in a new crossing for the school.</li>
      <li><a href="https://tracker.example.org/1677080">Bug 1677080 – the parking meters on Main Street reject new coins.</a></li>
      <li><a href="https://tracker.example.org/1677107">Bug 1677107 – the bus stop screens show yesterday's times.</a></li>
      <li>The library moved its evening hours to Thursday, after a survey of readers asked for a later close.</li></ul>`;
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${changes}</article>
      <div class="more">${menu(['Bridge repairs delayed again', 'River levels rise', 'New bakery opens on Main'])}</div>`);
    expect(text).toContain('Bug 1677080 – the parking meters on Main Street reject new coins');
    expect(text).toContain('Bug 1677107 – the bus stop screens');
    expect(text).toContain('Road crews repaved the junction');
    expect(text).not.toContain('River levels rise');
  });

  it('a recipe’s last steps keep their place though each holds a control whose words are furniture (“Share this step”)', () => {
    const steps = ['Stir the flour into the butter until the dough is smooth and leaves the side of the bowl.', 'Press the dough into the tin and bake it for thirty minutes in the lower third of the oven.', 'Let the cake cool for an hour on a rack before you take it out of the tin and cut it.']
      .map((s, i) => `<div class="step">${i + 1} of 3 ${s} <div class="toggle" role="button"><span>Share this step</span></div></div>`).join('');
    const text = articleText(`<article><h1>City council approves flood barrier</h1>${STORY}${steps}</article>`);
    expect(text).toContain('Press the dough into the tin');
    expect(text).toContain('Let the cake cool for an hour');
  });
});
