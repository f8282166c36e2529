/**
 * Pages written to break things: each is a plausible news article with one
 * hostile or unusual trait. They are generated (the largest are megabytes)
 * into a temporary folder that the test server serves.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PROSE = [
  'Riverton’s city council approved a new flood barrier on Tuesday, ending a two-year dispute over its cost and its route along the east bank of the Calder River.',
  '“This barrier protects eleven thousand homes, and we could not wait another winter,” Mayor Alicia Moreno told reporters after the vote.',
  'The project will cost 48 million dollars, according to a report by Harbor Engineering Ltd, which designed the barrier and will oversee its construction.',
  'Critics say the plan ignores the wetlands downstream, and some residents believe the council moved too quickly.',
  'The Environmental Protection Agency approved the design in March after a public consultation that drew more than four hundred comments.',
  'Construction is expected to begin in June and to last about three years, with the first section finished before next winter’s storms.',
];

function article(body: string, options: { title?: string; head?: string; dir?: string } = {}): string {
  const title = options.title ?? 'Riverton approves flood barrier after two-year dispute';
  return `<!doctype html>
<html lang="en"${options.dir ? ` dir="${options.dir}"` : ''}>
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta property="og:type" content="article">
<link rel="canonical" href="https://riverton-gazette.example/news/2026/flood-barrier-approved">
${options.head ?? ''}
</head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>${title}</h1>
<p class="byline">By Sam Keller · <time datetime="2026-11-20">Nov. 20, 2026</time></p>
${body}
</article></main>
<footer><p>© Riverton Gazette</p></footer>
</body>
</html>`;
}

const paragraphs = (items: readonly string[]) => items.map((p) => `<p>${p}</p>`).join('\n');

export interface HostilePage {
  file: string;
  headers?: Record<string, string>;
}

export const HOSTILE_PAGES = {
  /** Names and quotations made of markup: notes must show them as text. */
  markupInText: {
    file: 'markup-in-text.html',
    html: article(
      paragraphs([
        ...PROSE.slice(0, 2),
        '“&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt; is not a safe name for a company, and &lt;script&gt;window.__pwned=2&lt;/script&gt; is no better,” said security researcher Dana &lt;b&gt;Whitfield&lt;/b&gt; of Bright&lt;i&gt;Labs.',
        'Officials at &lt;svg onload=window.__pwned=3&gt;Riverton Council said the matter was under review.',
        ...PROSE.slice(2),
      ]),
    ),
  },
  /** A Content-Security-Policy that forbids every script, style and connection the page did not bring. */
  strictCsp: {
    file: 'strict-csp.html',
    headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'none'; connect-src 'none'; require-trusted-types-for 'script'" },
    html: article(paragraphs(PROSE)),
  },
  /** Page scripts that replace built-ins the extension might use. */
  overwrittenBuiltins: {
    file: 'overwritten-builtins.html',
    html: article(
      paragraphs(PROSE) +
        `<script>
Array.prototype.map = function () { throw new Error('page broke map'); };
Array.prototype.filter = function () { return []; };
JSON.parse = function () { throw new Error('page broke JSON.parse'); };
JSON.stringify = function () { return '"broken"'; };
Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
Element.prototype.attachShadow = function () { throw new Error('page broke attachShadow'); };
window.requestIdleCallback = function () { throw new Error('page broke requestIdleCallback'); };
</script>`,
    ),
  },
  /** An iframe holding another article: only the top frame's article is ours to mark. */
  withIframe: {
    file: 'with-iframe.html',
    html: article(paragraphs(PROSE.slice(0, 3)) + '<iframe src="framed.html" title="Related story" width="600" height="300"></iframe>' + paragraphs(PROSE.slice(3))),
  },
  framed: {
    file: 'framed.html',
    html: article(paragraphs(PROSE), { title: 'A related story in a frame' }),
  },
  /** Editable regions and form fields inside the article are never marked. */
  editable: {
    file: 'editable.html',
    html: article(
      paragraphs(PROSE.slice(0, 3)) +
        '<div contenteditable="true" id="editor"><p>Mayor Alicia Moreno said in the draft that the council would vote again next year.</p></div>' +
        '<form><textarea id="comment">Harbor Engineering Ltd said nothing about this, according to my neighbour.</textarea><input id="name" value="Alicia Moreno"></form>' +
        paragraphs(PROSE.slice(3)),
    ),
  },
  /** Code blocks are not prose. */
  codeBlock: {
    file: 'code-block.html',
    html: article(paragraphs(PROSE.slice(0, 3)) + '<pre><code>const mayor = "Alicia Moreno";\nconsole.log("Harbor Engineering Ltd said hello");\n</code></pre>' + paragraphs(PROSE.slice(3))),
  },
  /** Content inside an open shadow root, attached by a page script. */
  shadowContent: {
    file: 'shadow-content.html',
    html: article(
      paragraphs(PROSE) +
        `<div id="host"></div><script>
const root = document.getElementById('host').attachShadow({ mode: 'open' });
root.innerHTML = '<p id="inside">A paragraph inside a shadow root, where Mayor Alicia Moreno said the vote was final.</p>';
</script>`,
    ),
  },
  /** Right-to-left and mixed-direction text around the English article. */
  mixedDirection: {
    file: 'mixed-direction.html',
    html: article(
      paragraphs([
        PROSE[0]!,
        'The council’s Arabic-language notice read “مجلس المدينة يوافق على الحاجز” and its Hebrew one “מועצת העיר אישרה את הסוללה”, said spokesman Omar Haddad.',
        ...PROSE.slice(1),
        '<span dir="rtl">שלום</span> Residents of the Calder valley, said Rabbi David Levi, welcomed the decision.',
      ]),
    ),
  },
  /** Emoji and other characters outside the Basic Multilingual Plane before and inside names. */
  astral: {
    file: 'astral.html',
    html: article(
      paragraphs([
        '🌊🌊 Riverton’s city council approved a new flood barrier on Tuesday 🎉, ending a two-year dispute over its cost and its route along the east bank of the Calder River.',
        '“This barrier protects eleven thousand homes 🏠, and we could not wait another winter,” Mayor Alicia Moreno told reporters 📣 after the vote.',
        'The mathematician 𝒥𝑜𝒽𝓃 wrote nothing, but 👩🏽‍🔬 engineers at Harbor Engineering Ltd said the design was sound, according to a statement.',
        ...PROSE.slice(3),
      ]),
    ),
  },
  /** A page with no text at all. */
  empty: { file: 'empty.html', html: '<!doctype html><html lang="en"><head><title>Nothing</title></head><body></body></html>' },
  /** An application page, not an article. */
  appPage: {
    file: 'app-page.html',
    html: `<!doctype html><html lang="en"><head><title>Inbox (3)</title></head><body><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/m/${i}">Message ${i}</a>`).join(' ')}</nav><button>Compose</button></body></html>`,
  },
  /** 50,000 paragraphs. */
  huge: { file: 'huge.html', html: article(Array.from({ length: 50_000 }, (_, i) => `<p>${PROSE[i % PROSE.length]}</p>`).join('\n')) },
  /** The article 5,000 elements deep. */
  deep: { file: 'deep.html', html: article(`${'<div>'.repeat(5_000)}${paragraphs(PROSE)}${'</div>'.repeat(5_000)}`) },
  /** The page registers our element's name first, with a constructor that takes the shadow root. */
  ownsOurTag: {
    file: 'owns-our-tag.html',
    html: article(paragraphs(PROSE), {
      head: `<script>
window.__constructed = 0;
customElements.define('sourcelight-overlay', class extends HTMLElement {
  constructor() { super(); window.__constructed++; this.attachShadow({ mode: 'closed' }); }
});
</script>`,
    }),
  },
  /**
   * A clock ticking inside the article ("Updated 3 seconds ago") and a table of
   * contents of fragment links. `window.__ticks` counts the ticks.
   */
  tickingClock: {
    file: 'ticking-clock.html',
    html: article(
      '<nav id="toc"><a href="#part-2">Part 2</a></nav>' +
        paragraphs(PROSE.slice(0, 3)) +
        '<p>The council will publish the final figures after the vote is certified; this report was updated <span id="updated">0 seconds</span> ago and is updated as results arrive.</p>' +
        `<h2 id="part-2">Part 2</h2>` +
        paragraphs(PROSE.slice(3)) +
        `<script>
window.__ticks = 0;
setInterval(() => {
  window.__ticks++;
  document.getElementById('updated').textContent = window.__ticks + ' seconds';
}, 800);
</script>`,
    ),
  },
  /** A ticker inside the article that rewrites a whole sentence on every tick: material change, over and over. */
  tickingHeadline: {
    file: 'ticking-headline.html',
    html: article(
      paragraphs(PROSE) +
        `<p id="ticker">Latest: nothing yet.</p><script>
const WORDS = ['river', 'council', 'barrier', 'budget', 'wetland', 'storm', 'winter', 'engineer', 'mayor', 'resident', 'consultation', 'design', 'vote'];
window.__ticks = 0;
setInterval(() => {
  window.__ticks++;
  const pick = (i) => WORDS[(window.__ticks * (i + 2) + i) % WORDS.length];
  document.getElementById('ticker').textContent = 'Latest: the ' + Array.from({ length: 16 }, (_, i) => pick(i)).join(' ') + ' story changed again.';
}, 800);
</script>`,
    ),
  },
  /** An article with 52,000 links within its first million characters (more than an analyze request carries). */
  manyLinks: {
    file: 'many-links.html',
    html: article(
      paragraphs(PROSE) +
        Array.from({ length: 520 }, (_, p) => `<p>${Array.from({ length: 100 }, (_, i) => `<a href="/w/${p * 100 + i}">the</a> council met.`).join(' ')}</p>`).join('\n'),
    ),
  },
  /** A headline and one paragraph of 1.1 million characters: more than the analysis budget in one block. */
  hugeParagraph: {
    file: 'huge-paragraph.html',
    html: article(`<p>${Array.from({ length: Math.ceil(1_100_000 / 100) }, (_, i) => PROSE[i % PROSE.length]).join(' ').slice(0, 1_100_000)}</p>`),
  },
  /** A short article above a footer of 100,000 links: more elements than Readability parses. */
  hugeFooter: {
    file: 'huge-footer.html',
    html: article(paragraphs(PROSE)).replace(
      '<footer>',
      `<footer><ul>${Array.from({ length: 100_000 }, (_, i) => `<li><a href="/archive/${i}">Archive ${i}</a></li>`).join('')}</ul>`,
    ),
  },
} satisfies Record<string, HostilePage & { html: string }>;

export type HostilePageName = keyof typeof HOSTILE_PAGES;

/** Writes every page into `dir`; returns the per-path headers the server should send. */
export function writeHostilePages(dir: string): Record<string, { headers: Record<string, string> }> {
  mkdirSync(dir, { recursive: true });
  const routes: Record<string, { headers: Record<string, string> }> = {};
  for (const page of Object.values(HOSTILE_PAGES)) {
    writeFileSync(join(dir, page.file), page.html);
    if ('headers' in page && page.headers) routes[`/${page.file}`] = { headers: page.headers };
  }
  return routes;
}
