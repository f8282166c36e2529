import type { NotArticleReason } from '../shared/page-state';
import type { PageMeta } from '../shared/schema';
import { SECTION_WORDS, STORY_PARENT_WORDS } from './address-words';
import type { TextMap } from './text-map';

export interface Verdict {
  article: boolean;
  /** In English, for the page state and the command line; empty for an article. */
  reason: string;
  /** The causes of a refusal, which the popup words in the reader's language; empty for an article. */
  reasons: VerdictCause[];
}

type VerdictCause = Extract<NotArticleReason, 'front-page' | 'listing' | 'teasers' | 'declared-other' | 'mostly-links' | 'little-prose' | 'no-signal'>;

/** Each cause in English words (the interface's catalogues, `_locales/<lang>/messages.json`, word them for the popup). */
const CAUSE_WORDS: Record<VerdictCause, string> = {
  'front-page': 'its address is a front or section page',
  listing: 'the page is marked as a list of posts',
  teasers: 'its text is teasers of other pages',
  'declared-other': 'the page calls itself something other than an article',
  'mostly-links': 'most of its text is links',
  'little-prose': 'little of its text is running prose',
  'no-signal': 'nothing on the page marks it as an article, and its text is short',
};

/** The refusals decided before or without a verdict, in English. */
const REFUSALS: Record<Exclude<NotArticleReason, VerdictCause>, string> = {
  'no-text': 'The page has no text.',
  'short-prose': 'The page has no long stretch of prose.',
  'no-main-text': 'No main text was found on the page.',
  failed: 'Sourcelight could not find the article on this page.',
};

/** A refusal decided before or without a verdict: its English sentence and its code. */
export function refusal(code: keyof typeof REFUSALS): { state: 'not-article'; reason: string; reasons: NotArticleReason[] } {
  return { state: 'not-article', reason: REFUSALS[code], reasons: [code] };
}

/** `og:type website` is what most CMSes put on every page, articles included: it says nothing either way. */
const NON_ARTICLE_OG_TYPES = /^(product|profile|video|music|book|place|business)/i;
const ARTICLE_LD_TYPES = /(Article|BlogPosting|Report|Review|LiveBlogPosting)$/;
const LISTING_LD_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|Product|ProfilePage|SoftwareApplication|WebApplication)$/;

/**
 * Whether the page says it is an article: `og:type` article, a JSON-LD
 * article type, `article:published_time`, an `<article>` with a headline, a
 * sole `<h1>` that is the page's title, or
 * the markup a publishing system gives one post ({@link marksOneEntry}).
 */
export function declaresArticle(doc: Document, meta: PageMeta): boolean {
  return (
    declaredByMetadata(meta) ||
    doc.querySelector('meta[property="article:published_time"]') !== null ||
    hasArticleElement(doc) ||
    hasTitleHeadline(doc, meta) ||
    marksOneEntry(doc, meta)
  );
}

/**
 * Classes publishing systems put on the `<body>` of one post or story
 * (WordPress `single-post`, Drupal's node types for stories, Ghost's
 * `post-template`), and on pages that list many (archives, search results,
 * Drupal's and Ghost's fronts). Tokens, matched whole.
 */
const ONE_ENTRY_CLASSES = /^(?:single-post|single-format-\w+|post-template|(?:page-)?node-type-(?:article|blog|blog[-_]post|news|news[-_]article|story|press[-_]release|pressemitteilung|meldung))$/;
const LISTING_CLASSES = /^(?:search-results|error404|paged|home-template|tag-template|author-template|path-frontpage)$/;
/** Classes that say "a list" only beside another: WordPress `archive category`, Drupal 7 `html front`. */
const LISTING_PAIRS: ReadonlyArray<[string, RegExp]> = [
  ['archive', /^(?:category|tag|date|author|post-type-archive)$/],
  ['front', /^html$/],
];

/**
 * Markup that says the page holds one post: the publishing system's classes
 * on `<body>`, a single hAtom or microformats2 entry with its title, or a
 * permalink to the page itself (`rel="bookmark"` on the post's title, as blog
 * themes write it; not the site's root, which a logo links to).
 */
export function marksOneEntry(doc: Document, meta: PageMeta): boolean {
  if (bodyClasses(doc).some((c) => ONE_ENTRY_CLASSES.test(c))) return true;
  // One query for both kinds of mark: the entries and the permalinks.
  const entries: Element[] = [];
  const permalinks: Element[] = [];
  for (const el of doc.querySelectorAll('.hentry, .h-entry, a[rel~="bookmark"][href]')) (el.localName.toLowerCase() === 'a' && el.hasAttribute('href') ? permalinks : entries).push(el);
  // The hAtom / microformats2 markup blog themes give a post: one entry with its title (a front lists several).
  if (entries.length === 1 && entries[0]!.querySelector('.entry-title, .p-name') !== null) return true;
  const own = [addressOf(meta), loadedAddress(doc)].filter((url): url is URL => url !== undefined && pathParts(url).length > 0).map(sameDocument);
  if (own.length === 0) return false;
  for (const link of permalinks) {
    if (!/(?:^|\s)bookmark(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const target = resolve(link.getAttribute('href')!, doc, meta);
    if (target && own.includes(sameDocument(target))) return true;
  }
  return false;
}

/** The publishing system's classes for a page listing many posts (an archive, search results, a front). */
function marksListing(doc: Document): boolean {
  const classes = bodyClasses(doc);
  return classes.some((c) => LISTING_CLASSES.test(c)) || LISTING_PAIRS.some(([one, other]) => classes.includes(one) && classes.some((c) => other.test(c)));
}

function bodyClasses(doc: Document): string[] {
  return [doc.body, doc.documentElement].flatMap((el) => el?.getAttribute('class')?.trim().split(/\s+/) ?? []).map((c) => c.toLowerCase());
}

/** An address without its fragment, query and trailing slash: the same document whichever way a link spells it. */
function sameDocument(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

function siteOf(url: URL): string {
  return url.hostname.replace(/^www\./, '').toLowerCase();
}

/** `href` resolved against where the page was loaded from, or its own address where that is unknown (a saved file). */
function resolve(href: string, doc: Document, meta: PageMeta): URL | undefined {
  try {
    return new URL(href.trim(), (loadedAddress(doc) ?? addressOf(meta))?.href);
  } catch {
    return undefined;
  }
}

/** Where the page was loaded from (its canonical address may name a list it belongs to instead of the story). */
function loadedAddress(doc: Document): URL | undefined {
  try {
    return /^https?:/i.test(doc.URL) ? new URL(doc.URL) : undefined;
  } catch {
    return undefined;
  }
}

function declaredByMetadata(meta: PageMeta): boolean {
  return meta.ogType?.toLowerCase() === 'article' || (meta.schemaTypes ?? []).some((t) => ARTICLE_LD_TYPES.test(t));
}

/** An `<article>` with a headline: a strong hint, but front pages also wrap their teasers so. */
function hasArticleElement(doc: Document): boolean {
  return doc.querySelector('article h1, article [itemprop="headline"]') !== null;
}

/** A headline has a few words; a section's name ("Europe") or a site's ("Pottering About") has fewer. */
const HEADLINE_MIN_WORDS = 3;

const normalizeWords = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Whether the page is titled by one story's headline: exactly one `<h1>` reads as
 * the page's title or its first or last part ("Fixing the squeaky gate" under
 * "Fixing the squeaky gate | Pottering About"), has a few words, and is neither
 * the site's name nor a link to the site's root (a logo). Pages that say
 * nothing else about themselves (a press release, a hand-made blog) still have one.
 */
export function hasTitleHeadline(doc: Document, meta: PageMeta): boolean {
  const titles = [doc.title, meta.title].filter((t): t is string => Boolean(t)).map(normalizeWords);
  if (titles.length === 0) return false;
  let headlines = 0;
  for (const h1 of doc.querySelectorAll('h1')) {
    // Words as written: "HE:Kassel/Stammtisch", a wiki page's name, is one.
    const written = (h1.textContent ?? '').trim().split(/\s+/);
    const text = normalizeWords(h1.textContent ?? '');
    if (written.length < HEADLINE_MIN_WORDS || (meta.siteName && normalizeWords(meta.siteName) === text)) continue;
    if ([...h1.querySelectorAll('a[href]')].some((link) => isSiteRoot(resolve(link.getAttribute('href')!, doc, meta)))) continue;
    if (titles.some((title) => title === text || title.startsWith(`${text} `) || title.endsWith(` ${text}`))) headlines++;
  }
  return headlines === 1;
}

/**
 * A site-root address on a page that declares itself an article and is titled by one story's headline:
 * a publishing system that gives every page the site's address, not a front page (a front's `<h1>`, if
 * any, is the site's name or its logo).
 */
function namesSiteForStory(doc: Document, meta: PageMeta, address: URL | undefined): boolean {
  return isSiteRoot(address) && declaredByMetadata(meta) && hasTitleHeadline(doc, meta);
}

function isSiteRoot(url: URL | undefined): boolean {
  return url !== undefined && pathParts(url).length === 0;
}

/**
 * Readability finds the longest run of prose on any page; whether that is an
 * article is weighed here from the page's own signals first (what it declares,
 * its date and byline, its address), then the shape of the extracted text.
 * Signals: +2 declared an article, −1 declared something else, +1 an
 * `<article>` with a headline or a sole `<h1>` that is the page's title, +1 byline or date, +1 an article-like address (a slug, a date or a long id), −3 a front or
 * section page address; for the text: +1 prose, −2 mostly links, −1 little
 * prose. An article needs at least +1, and a page signal or long prose ({@link isLoneStory}).
 */
export function judgeArticle(doc: Document, extracted: TextMap, meta: PageMeta): Verdict {
  const reasons: VerdictCause[] = [];
  let score = 0;

  const types = meta.schemaTypes ?? [];
  // Positive signals from the page itself; without one, only a long text makes an article.
  let signals = 0;
  const declaredOther = !declaredByMetadata(meta) && ((meta.ogType !== undefined && NON_ARTICLE_OG_TYPES.test(meta.ogType)) || types.some((t) => LISTING_LD_TYPES.test(t)));
  if (declaredByMetadata(meta)) {
    score += 2;
    signals++;
  } else if (declaredOther) {
    score -= 1;
    reasons.push('declared-other');
  }

  // A product's or a video's page is titled by its name too: the headline counts only where the page says nothing else.
  if (hasArticleElement(doc) || (!declaredOther && hasTitleHeadline(doc, meta))) {
    score += 1;
    signals++;
  }
  if (hasBylineOrDate(doc, meta)) {
    score += 1;
    signals++;
  }
  if (marksOneEntry(doc, meta)) {
    score += 1;
    signals++;
  }

  // The canonical address may name the list a story belongs to (`/media/releases.html` for `…releases.html?newsID=…`):
  // where the page was loaded from counts too.
  const address = addressOf(meta);
  const loaded = loadedAddress(doc);
  if (isArticleAddress(address) || isArticleAddress(loaded)) {
    score += 1;
    signals++;
  } else if (isFrontPageAddress(address) && !namesSiteForStory(doc, meta, address)) {
    score -= 3;
    reasons.push('front-page');
  }
  if (marksListing(doc)) {
    score -= 2;
    reasons.push('listing');
  }

  // A front or a list's items are teasers (a linked headline over a line or two): its text, stripped of the
  // links, reads as prose. A page that declares itself an article (a roundup of the day's stories) keeps its +2.
  if (teaserShare(extracted, doc, meta) >= TEASER_SHARE) {
    score -= 2;
    reasons.push('teasers');
  }

  const shape = textShape(extracted, signals > 0);
  if (shape.linkShare > 0.3) {
    score -= 2;
    reasons.push('mostly-links');
  } else if (shape.proseShare < 0.4) {
    score -= 1;
    reasons.push('little-prose');
  } else if (shape.proseChars >= 400 && shape.proseShare >= 0.6) {
    score += 1;
  }

  if (score >= 1 && (signals > 0 || isLoneStory(shape))) return { article: true, reason: '', reasons: [] };
  if (score >= 1 || reasons.length === 0) reasons.push('no-signal');
  return { article: false, reason: `This page does not look like a single article: ${reasons.map((r) => CAUSE_WORDS[r]).join('; ')}.`, reasons };
}

/**
 * Share of the text in links, and how much of it is running prose: lines of
 * several words ending like a sentence, not mostly linked (one-sentence
 * paragraphs count; menu items and headlines do not). On a page that marks
 * itself as an article (`loose`), lines of sentences that end otherwise (a
 * list item ending in a handle) count too; a page with no signal of its own
 * needs plainly punctuated prose.
 */
function textShape(map: TextMap, loose: boolean): { linkShare: number; proseShare: number; proseChars: number } {
  const total = map.text.length || 1;
  const linked = map.links.reduce((sum, link) => sum + link.end - link.start, 0);
  let proseChars = 0;
  let looseChars = 0;
  let link = 0;
  for (const block of map.blocks) {
    const length = block.end - block.start;
    if (block.kind === 'heading') continue;
    const line = map.text.slice(block.start, block.end).trimEnd();
    if (line.split(' ').length < 6 && (line.match(UNSPACED_SCRIPT) ?? []).length < 15) continue;
    let inLinks = 0;
    while (link < map.links.length && map.links[link]!.end <= block.start) link++;
    for (let i = link; i < map.links.length && map.links[i]!.start < block.end; i++) {
      inLinks += Math.min(block.end, map.links[i]!.end) - Math.max(block.start, map.links[i]!.start);
    }
    if (inLinks / length >= 0.5) continue;
    if (SENTENCE_END.test(line)) proseChars += length;
    else if (SENTENCES_WITHIN.test(line)) looseChars += length;
  }
  return { linkShare: linked / total, proseShare: (proseChars + (loose ? looseChars : 0)) / total, proseChars };
}

/** Teasers: at least this many, holding at least this share of the text, make a page a list of other pages. */
const MIN_TEASERS = 4;
const TEASER_SHARE = 0.5;
/** A teaser's box holds a headline and a line or two; a story's body is longer. */
const TEASER_CHARS = 600;
/** How far up from a line of text its teaser's box is looked for. */
const TEASER_DEPTH = 4;
const LINKED_HEADLINE = 'h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href]';

/**
 * Share of the text that sits in teasers: a small box (`<article>`, `<li>`, a
 * card) whose one linked headline points to another page of the same site (a
 * deals post or a roundup links its headlines to other sites). Each line's box is
 * the nearest element above it holding a linked headline; it counts when it
 * holds exactly one, short of a story's length, to somewhere else. Boxes are
 * judged once each, so this stays linear in the text's size.
 */
function teaserShare(map: TextMap, doc: Document, meta: PageMeta): number {
  const total = map.text.length;
  if (total === 0 || map.blocks.length < MIN_TEASERS) return 0;
  const headlines = doc.querySelectorAll(LINKED_HEADLINE);
  if (headlines.length < MIN_TEASERS) return 0;
  // How many linked headlines each element holds, counted once from each headline up.
  const held = new Map<Element, number>();
  for (const link of headlines) for (let up = link.parentElement; up; up = up.parentElement) held.set(up, (held.get(up) ?? 0) + 1);
  const addresses = [addressOf(meta), loadedAddress(doc)].filter((url): url is URL => url !== undefined);
  const own = new Set(addresses.map(sameDocument));
  const sites = new Set(addresses.map(siteOf));
  const judged = new Map<Element, boolean>();
  const isTeaser = (box: Element): boolean => {
    let teaser = judged.get(box);
    if (teaser !== undefined) return teaser;
    teaser = false;
    if (held.get(box) === 1 && (box.textContent?.length ?? 0) <= TEASER_CHARS) {
      const target = resolve(box.querySelector(LINKED_HEADLINE)?.getAttribute('href') ?? '', doc, meta);
      teaser = target !== undefined && !own.has(sameDocument(target)) && sites.has(siteOf(target));
    }
    judged.set(box, teaser);
    return teaser;
  };
  const teasers = new Set<Element>();
  let inTeasers = 0;
  let segment = 0;
  for (const block of map.blocks) {
    while (segment < map.segments.length && map.segments[segment]!.start + map.segments[segment]!.length <= block.start) segment++;
    const found = map.segments[segment];
    if (!found || found.start >= block.end) continue;
    let box = found.node.parentElement;
    for (let depth = 0; box && depth < TEASER_DEPTH && !held.has(box); depth++) box = box.parentElement;
    if (box && held.has(box) && isTeaser(box)) {
      teasers.add(box);
      inTeasers += block.end - block.start;
    }
  }
  return teasers.size >= MIN_TEASERS ? inTeasers / total : 0;
}

/** Prose that makes an article even on a page that says nothing about itself (about 300 words). */
const LONE_PROSE_CHARS = 2000;
/**
 * Shorter prose (about 170 words) does where it is nearly all the text: a short post's pick is its
 * paragraphs, while a home page's, a menu's or a product pitch's mixes its prose with
 * headings, buttons, lists and links.
 */
const SHORT_PROSE_CHARS = 1000;
const SHORT_PROSE_SHARE = 0.9;

/** Whether the text alone makes an article, on a page that says nothing about itself. */
function isLoneStory(shape: { proseShare: number; proseChars: number }): boolean {
  return shape.proseChars >= LONE_PROSE_CHARS || (shape.proseChars >= SHORT_PROSE_CHARS && shape.proseShare >= SHORT_PROSE_SHARE);
}

/** Scripts written without spaces between words: their length is counted in characters. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const SENTENCE_END = /[.!?…:;"'“”‘’»«›‹)。！？」』]$/u;
/**
 * A line holding a whole sentence and the start of another ("… her biggest fan. Twitter: @name"):
 * prose, however it ends. A capital after the stop, so that "Jan. 5" or "U.S. troops" do not count.
 */
const SENTENCES_WITHIN = /\p{Ll}{2}[.!?]["'”’»]?\s+["'“‘„«]?\p{Lu}\p{Ll}*\s+\p{L}+\s+\p{L}+/u;

/** A site's root, a language root ("/es/") or a section front ("/news/", "/sport/"), rather than one story. */
function isFrontPageAddress(url: URL | undefined): boolean {
  if (!url) return false;
  const parts = pathParts(url).filter((p) => !/^index\.\w+$/i.test(p));
  if (parts.length === 0) return !url.search;
  if (parts.length !== 1) return false;
  const only = parts[0]!.toLowerCase();
  return /^[a-z]{2}(?:[-_][a-z]{2})?$/.test(only) || SECTION_WORDS.has(only);
}

/**
 * An address naming one story: a slug of several words, a date in the path,
 * a long numeric id (in the path, or in the query, where a UUID counts too), or anything below a
 * "news", "article" or "press release" segment.
 */
export function isArticleAddress(url: URL | undefined): boolean {
  if (!url) return false;
  const path = decodeURIComponentSafe(url.pathname);
  if (/[\p{L}\p{N}]+(?:[-_][\p{L}\p{N}]+){3,}/u.test(path) || /\/(19|20)\d{2}\/\d{1,2}\//.test(path) || /\d{5,}/.test(path)) return true;
  if (/[?&][\w-]*(?:id|code|article|story)[\w-]*=(?:\d{5,}|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})(?:&|$)/i.test(url.search)) return true;
  const parts = pathParts(url).map((p) => p.toLowerCase());
  return parts.slice(0, -1).some((part) => STORY_PARENT_WORDS.has(part));
}

/** The page's own address, as its metadata recorded it (canonical, `og:url`, or where it was loaded from). */
export function addressOf(meta: PageMeta): URL | undefined {
  try {
    return meta.url ? new URL(meta.url) : undefined;
  } catch {
    return undefined;
  }
}

function pathParts(url: URL): string[] {
  return url.pathname.split('/').filter(Boolean);
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Whether anything on the page says it holds one story (what it declares, its
 * markup, its canonical or loaded address): such a page is parsed however short
 * its prose, and the verdict after extraction decides.
 */
export function hasArticleSignal(doc: Document, meta: PageMeta): boolean {
  return declaresArticle(doc, meta) || hasBylineOrDate(doc, meta) || isArticleAddress(addressOf(meta)) || isArticleAddress(loadedAddress(doc));
}

/** A byline or a publication date, from the page's metadata or markup: the verdict counts it as a signal, so the parse must not skip it. */
function hasBylineOrDate(doc: Document, meta: PageMeta): boolean {
  return Boolean(meta.byline || meta.published) || doc.querySelector('[itemprop="datePublished"]') !== null;
}
