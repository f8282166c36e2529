import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { isSupportedLanguage, supportedLanguageList } from '../analysis/languages/supported';
import type { NotArticleReason } from '../shared/page-state';
import type { PageMeta } from '../shared/schema';
import { detectLanguage, languageName } from './language';
import { addressOf, hasArticleSignal, judgeArticle, refusal } from './article-verdict';
import { furnitureLines, pruneBoilerplate, type PruneOptions } from './boilerplate';
import { readMetaSources, readPageMeta } from './page-meta';
import { commonAncestor } from './dom-tree';
import { popupAround } from './popup-box';
import { buildTextMap, isBlockElement, isHiddenByMarkup, isUnderHidden } from './text-map';

/**
 * Finds the article on a page: Readability decides on a clone, its choice is
 * mapped back to the live page's own elements (which are never modified), the
 * page furniture around the story is dropped block by block, and the page's own
 * metadata and the text's shape decide whether it is an article at all.
 */

export interface FoundArticle {
  state: 'article';
  /** The nearest element holding every block. */
  root: Element;
  /** Live block elements of the article body, in document order, none inside another. */
  blocks: Element[];
  /** Lines inside those blocks that are not article text (their nodes): the text map skips them. */
  skip?: ReadonlySet<Node>;
  title?: string;
  lang: string;
  /** The text is too short to tell its language (`lang` is then 'und'). */
  tooShort?: true;
  meta: PageMeta;
}

/** What extraction found, before the language gate: the article in any language, or why there is none. */
export type Extraction = FoundArticle | { state: 'not-article'; reason: string; reasons: NotArticleReason[]; lang?: string; meta?: PageMeta };

/** `tooShort`: the language is unknown because the text is too short to tell it, not because it is another. */
export type ArticleResult = Extraction | { state: 'unsupported-language'; lang: string; reason: string; tooShort?: true; meta?: PageMeta };

export interface FindArticleOptions {
  /** The live page can pass a computed-style check; the default reads markup only. */
  isHidden?: (el: Element) => boolean;
  /** The reader asked to analyse the page anyway: take Readability's pick whatever the verdict. */
  force?: boolean;
  /** The furniture pass over the candidate blocks (the corpus evaluation weighs or replaces it); `pruneBoilerplate` by default. */
  pruneBlocks?: (blocks: readonly Element[], options: PruneOptions) => Element[];
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Loose text beside the blocks of a wrapper this short is a separator, not the story's. */
const LOOSE_TEXT_CHARS = 20;

/**
 * Past this many elements the clone is thinned before Readability scores it:
 * navigation, footers and long lists of links go first (a 100,000-link footer
 * is not the story). Readability then parses whatever is left, however large.
 */
const THIN_ABOVE_ELEMENTS = 30_000;

export function findArticle(doc: Document, options: FindArticleOptions = {}): ArticleResult {
  return gateLanguage(runSteps(articleSteps(doc, options)));
}

/** Extraction alone, for every language (the command line reports the language instead of refusing it). */
export function extractArticle(doc: Document, options: FindArticleOptions = {}): Extraction {
  return runSteps(articleSteps(doc, options));
}

function runSteps<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * The same search in steps, handing the main thread back to the page between
 * them (`pause` resolves in a later task), so that no single task of ours
 * holds up the reader's scrolling and typing for long.
 */
export async function findArticleInSteps(doc: Document, pause: () => Promise<void>, options: FindArticleOptions = {}): Promise<ArticleResult> {
  const steps = articleSteps(doc, options);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return gateLanguage(step.value);
    await pause();
  }
}

/**
 * Sourcelight analyses the languages it has a pack for: an article in another is named, not analysed.
 * Only the list of codes is read here (`supported.ts`), so no pack is bundled into the content script.
 */
function gateLanguage(found: Extraction): ArticleResult {
  if (found.state !== 'article' || isSupportedLanguage(found.lang)) return found;
  if (found.tooShort) {
    return { state: 'unsupported-language', lang: found.lang, meta: found.meta, tooShort: true, reason: `Sourcelight analyses ${supportedLanguageList()} articles only; this one is too short to tell its language.` };
  }
  return {
    state: 'unsupported-language',
    lang: found.lang,
    meta: found.meta,
    reason: `Sourcelight analyses ${supportedLanguageList()} articles only; this one looks like ${languageName(found.lang)}.`,
  };
}

/** The search, as a generator that yields wherever the page may safely get a turn. */
function* articleSteps(doc: Document, options: FindArticleOptions): Generator<void, Extraction> {
  // Some parsers leave content outside an empty <body> when the markup omits it.
  const body = hasText(doc.body) ? doc.body : doc.documentElement;
  if (!hasText(body)) return refusal('no-text');
  const isHidden = options.isHidden ?? isHiddenByMarkup;
  let meta: PageMeta | undefined;
  try {
    const sources = readMetaSources(doc);
    meta = readPageMeta(doc, {}, sources);
    // A page that declares itself an article, or sits at an article's address, is parsed however short
    // it is (a brief, one-line paragraphs); the verdict after extraction decides.
    if (!options.force && !hasArticleSignal(doc, meta)) {
      const readerable = isProbablyReaderable(doc, { visibilityChecker: (node) => !isHidden(node as Element) });
      if (!readerable) return { ...refusal('short-prose'), meta };
    }
    yield;

    // Readability's pick and the furniture pass, as one step: a pick the pass leaves (nearly) nothing of was a box of
    // furniture (a comment form beside a story of three lines), and is set aside for Readability to be asked again.
    const setAside: Element[] = [];
    let pick = yield* pickArticle(doc, body, setAside, meta, sources, isHidden, options);
    while (pick.emptied && setAside.length < EMPTIED_RETRIES) {
      setAside.push(pick.emptied);
      yield;
      const retry = yield* pickArticle(doc, body, setAside, meta, sources, isHidden, options);
      if (!retry.blocks || keptChars(retry) <= keptChars(pick)) break;
      pick = retry;
    }
    if (!pick.blocks) return { ...refusal('no-main-text'), meta: pick.meta };
    ({ meta } = pick);
    let { blocks } = pick;
    const { heading, titles, namedTitles, title, skip } = pick;
    yield;

    const map = buildTextMap(blocks, { isHidden, skip });
    const { lang, tooShort } = detectLanguage(doc, map.text);
    if (blocks.length === 0 || !map.text.trim()) return { ...refusal('no-main-text'), lang, meta };
    if (!options.force) {
      const verdict = judgeArticle(doc, map, meta);
      if (!verdict.article) return { state: 'not-article', reason: verdict.reason, reasons: verdict.reasons, lang, meta };
    }
    // The headline marks where the story starts and counts for the verdict, but it is the article's title
    // (the metadata carries it), not its body: the analysed text is the body alone, as Readability's is.
    blocks = withoutHeadline(blocks, heading, titles, { titleWords: titleWordSets([title ?? '', doc.title ?? '']), descriptions: descriptionsOf(doc) });
    const root = commonAncestor(blocks)!;
    const result: FoundArticle = { state: 'article', root, blocks, lang, meta, ...(skip.size > 0 ? { skip } : {}), ...(tooShort ? { tooShort } : {}) };
    // The headline's own wording when it is the metadata's or Readability's title; one found through the <title> alone may run a kicker into it.
    const headingText = heading && readsAsTitle(heading, namedTitles) ? heading.textContent?.replace(/\s+/g, ' ').trim() : undefined;
    if (headingText || title) result.title = headingText || title;
    return result;
  } catch {
    // Whatever went wrong inside a library is no reader's business; the page stays as it was.
    return { ...refusal('failed'), ...(meta ? { meta } : {}) };
  }
}

/** How many emptied picks are set aside before the last pick is taken as it is. */
const EMPTIED_RETRIES = 2;
/** The furniture pass keeps less than this share of a pick's text, and fewer characters than these, a line or two: the pick was furniture, not the story. */
const EMPTIED_SHARE = 0.1;
const EMPTIED_CHARS = 100;
/** A box holding this share of the page's text or more is the page's frame, never set aside. */
const FRAME_SHARE = 0.8;

/** Readability's pick after the furniture pass: its blocks (none when it found nothing), and what the rest of the search reads of it. */
interface Pick {
  blocks?: Element[];
  meta: PageMeta;
  heading?: Element;
  titles: string[];
  namedTitles: string[];
  title?: string;
  skip: Set<Node>;
  /** The pick's box, when the furniture pass left (nearly) nothing of it: Readability may be asked again without it. */
  emptied?: Element;
}

/** Characters the furniture pass kept of a pick. */
const keptChars = (pick: Pick): number => charsOf(pick.blocks ?? []);
const charsOf = (blocks: readonly Element[]): number => blocks.reduce((sum, el) => sum + visibleChars(el), 0);
const visibleChars = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;

/**
 * Readability's pick on the page without `setAside` (each popup it picks set aside too), mapped back to the
 * live page, its headline found and its furniture dropped.
 */
function* pickArticle(
  doc: Document,
  body: Element,
  setAside: Element[],
  pageMeta: PageMeta,
  sources: ReturnType<typeof readMetaSources>,
  isHidden: (el: Element) => boolean,
  options: FindArticleOptions,
): Generator<void, Pick> {
  let meta = pageMeta;
  let { parsed, clone, index } = yield* readabilityPick(doc, setAside);
  let kept = parsed?.content ? keptLiveText(parsed.content, index) : undefined;
  // Readability's pick inside a popup beside the story (a contact flyout, a cookie notice): asked again without it,
  // and without each popup it picks next; when it finds nothing outside one, its first pick stands.
  const popups = [...setAside];
  for (let popup = kept && popupAround(kept, body); popup && popups.length < setAside.length + POPUP_RETRIES; ) {
    popups.push(popup);
    yield;
    const retry = yield* readabilityPick(doc, popups);
    if (!retry.parsed?.content) break;
    const retryKept = keptLiveText(retry.parsed.content, retry.index);
    popup = popupAround(retryKept, body);
    if (!popup) ({ parsed, clone, index, kept } = { ...retry, kept: retryKept });
  }
  // Readability finds nothing in a short story (under its 500 characters) it cannot score: the one
  // element the page marks as its article body stands in, and the verdict after extraction decides.
  const content = parsed?.content ?? soleElement(clone, DECLARED_BODY);
  if (!content) return { meta, titles: [], namedTitles: [], skip: new Set() };
  if (parsed) meta = readPageMeta(doc, parsed, sources);
  yield;

  // The page may have changed while we waited: only text still in it counts.
  const liveText = withDeclaredBody(doc, kept ?? keptLiveText(content, index), index.order, isHidden).filter((text) => text.isConnected);
  let blocks = blocksOf(liveText, body).flatMap(splitArticleHeader);
  const firstKept = liveText.length ? (index.order.get(liveText[0]!) ?? 0) : 0;
  // The page's own metadata first: Readability reads a JSON-LD headline before anything else, and some
  // publishing systems fill it with their own name (telegraph.co.uk's 'escenic').
  const parsedTitle = parsed?.title?.trim();
  const title = meta.title || parsedTitle;
  // Readability's title (the <title> without the site's name) and the page's <title> too: a social title in og:title
  // ("New York ramps up mass burials amid virus outbreak") may word the story apart from its headline and <title>
  // ("Coronavirus: New York ramps up mass burials amid outbreak"). A <title> of a word or two is the site's name, not a headline.
  const pageTitle = normalize(doc.title ?? '');
  const namedTitles = [...new Set([normalize(title ?? ''), normalize(parsedTitle ?? '')])].filter(Boolean);
  const titles = [...namedTitles, pageTitle.split(' ').length >= 3 ? pageTitle : ''].filter(Boolean);
  const heading = titleHeading(doc, titles, blocks, firstKept, index.order, isHidden);
  if (heading) blocks.unshift(heading);
  blocks = withSkippedParagraphs(blocks, index.order, isHidden);
  const pickedChars = charsOf(blocks.filter((el) => el !== heading));
  const found: { author?: string } = {};
  const pruneOptions: PruneOptions = { ...(heading ? { keep: new Set([heading]) } : {}), ...(meta.byline ? { byline: meta.byline } : {}), site: ownNames(meta), found };
  blocks = (options.pruneBlocks ?? pruneBoilerplate)(blocks, pruneOptions);
  // A page without a byline in its metadata: the name its author box gives is its byline.
  if (!meta.byline && found.author) meta = { ...meta, byline: found.author };
  // A block holding most of the page's lines loose in it, one after another: each line judged on its own.
  const skip = furnitureLines(blocks, pruneOptions);
  const pick: Pick = { blocks, meta, titles, namedTitles, skip, ...(heading ? { heading } : {}), ...(title ? { title } : {}) };
  const box = kept && kept.length > 0 ? commonAncestor(kept) : undefined;
  const keptOfPick = charsOf(blocks.filter((el) => el !== heading));
  if (box && box !== body && body.contains(box) && keptOfPick < Math.min(EMPTIED_CHARS, EMPTIED_SHARE * pickedChars) && visibleChars(box) < FRAME_SHARE * visibleChars(body)) pick.emptied = box;
  return pick;
}

/** How many popups beside the story Readability's pick is moved past before its first pick is taken as it is. */
const POPUP_RETRIES = 3;

/**
 * Readability's parse of a clone of the page, without the clone's copies of `without` (live elements),
 * and the index that maps the clone's text back to the live page's.
 */
function* readabilityPick(doc: Document, without: readonly Element[]): Generator<void, { parsed: ReturnType<Readability<Element>['parse']>; clone: Document; index: LiveIndex }> {
  const { clone, ...index } = cloneWithIndex(doc);
  for (const el of without) {
    const copy = copyOf(el, doc, clone);
    copy?.parentNode?.removeChild(copy);
  }
  thinHugePage(clone);
  yield;
  return { parsed: new Readability<Element>(clone, { serializer: (node) => node as Element, keepClasses: true }).parse(), clone, index };
}

/** The clone's copy of a live node, found by its path of child indexes (both trees have the same shape right after cloning). */
function copyOf(live: Node, doc: Document, clone: Document): Node | undefined {
  const path: number[] = [];
  for (let node: Node = live; node !== doc; node = node.parentNode!) {
    if (!node.parentNode) return undefined;
    path.push(Array.prototype.indexOf.call(node.parentNode.childNodes, node));
  }
  let copy: Node | undefined = clone;
  for (let i = path.length - 1; i >= 0 && copy; i--) copy = copy.childNodes[path[i]!];
  return copy;
}

/** The page's own names for the furniture pass: its site's name and its address's host. */
function ownNames(meta: PageMeta): string[] {
  return [meta.siteName, addressOf(meta)?.hostname].filter((name): name is string => Boolean(name));
}

/**
 * On a page with a huge number of elements, drops from the clone what cannot be
 * the story before Readability scores it: navigation and footers, and any
 * element holding a long run of links. Each link is counted once, on its
 * parent and grandparent, so this stays linear in the page's size.
 */
function thinHugePage(clone: Document): void {
  const all = clone.getElementsByTagName('*');
  if (all.length <= THIN_ABOVE_ELEMENTS) return;
  for (const el of [...clone.querySelectorAll('nav, footer, aside, [role="navigation"], [role="contentinfo"]')]) el.remove();
  if (all.length <= THIN_ABOVE_ELEMENTS) return;
  const linkCount = new Map<Element, number>();
  for (const a of clone.getElementsByTagName('a')) {
    for (let up = a.parentElement, depth = 0; up && depth < 2; up = up.parentElement, depth++) linkCount.set(up, (linkCount.get(up) ?? 0) + 1);
  }
  for (const [el, count] of linkCount) {
    if (count < 200 || !el.isConnected || el === clone.body || el === clone.documentElement) continue;
    let linked = 0;
    for (const a of el.getElementsByTagName('a')) linked += a.textContent?.length ?? 0;
    if (linked >= 0.7 * (el.textContent?.length ?? 0)) el.remove();
  }
}

/**
 * The element the page itself marks as the article: schema.org's
 * `articleBody`, the body class names common publishing systems use, or an
 * `<article>` element, when there is exactly one of them.
 */
const DECLARED_BODY = [
  '[itemprop="articleBody"]',
  '.entry-content', '.post-content', '.article-content', '.article-body', '.articleBody', '.article__body', '.article__content',
  '.story-body', '.post-body', '.post-entry', '.article-text', '#article-body', '#articleBody', '#story-body',
].join(', ');

/** Content whose text is never prose, whatever element holds it. */
const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'head', 'title', 'iframe', 'object', 'textarea', 'select', 'option', 'button']);

/**
 * Readability's cleaning sometimes drops real parts of the story (a lead in
 * its own box, a table, a list of ingredients). When most of what it kept lies
 * inside the one element the page marks as its article, the rest of that
 * element is taken too; the furniture pass that follows removes what is not
 * the story.
 */
function withDeclaredBody(doc: Document, kept: Text[], order: Map<Text, number>, isHidden: (el: Element) => boolean): Text[] {
  if (kept.length === 0) return kept;
  const container = soleElement(doc, DECLARED_BODY) ?? soleElement(doc, 'article');
  if (!container || isUnderHidden(container, isHidden)) return kept;
  const body: Text[] = [];
  let bodyChars = 0;
  const hiddenBelow = hiddenWithin(container, isHidden);
  for (const text of textNodesUnder(container)) {
    if (!text.data.trim() || NOT_TEXT.has(text.parentElement?.localName.toLowerCase() ?? '')) continue;
    if (hiddenBelow(text)) continue;
    body.push(text);
    bodyChars += text.data.trim().length;
  }
  const inside = kept.filter((text) => container.contains(text)).length;
  if (inside >= kept.length * 0.8) {
    const all = new Set([...kept, ...body]);
    return [...all].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  }
  // Readability picked a box beside the declared body (a disclosure, a teaser list) that holds far less text.
  const keptChars = kept.reduce((sum, text) => sum + text.data.trim().length, 0);
  if (inside < kept.length / 2 && bodyChars >= Math.max(MIN_DECLARED_BODY_CHARS, 2 * keptChars)) return body;
  return kept;
}

/**
 * Whether a text node under `container` sits in an element the page keeps
 * hidden (Readability leaves those out; the rest of a story behind "read more"
 * is analysed once shown). Each element is judged once.
 */
function hiddenWithin(container: Element, isHidden: (el: Element) => boolean): (text: Text) => boolean {
  const judged = new Map<Element, boolean>();
  return (text) => {
    // Walk up to the first element already judged (a loop: deep nesting cannot overflow the stack).
    const unjudged: Element[] = [];
    let verdict = false;
    for (let el = text.parentElement; el && el !== container; el = el.parentElement) {
      const known = judged.get(el);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      unjudged.push(el);
    }
    for (let i = unjudged.length - 1; i >= 0; i--) {
      const el = unjudged[i]!;
      verdict ||= isHiddenByMarkup(el) || isHidden(el);
      judged.set(el, verdict);
    }
    return verdict;
  };
}

/** A declared body shorter than this does not replace Readability's pick. */
const MIN_DECLARED_BODY_CHARS = 500;

/** The one outermost element matching `selector` (nested matches count once), if there is exactly one. */
function soleElement(doc: Document, selector: string): Element | undefined {
  const found = new Set(doc.querySelectorAll(selector));
  let outermost: Element | undefined;
  for (const el of found) {
    let nested = false;
    for (let up = el.parentElement; up && !nested; up = up.parentElement) nested = found.has(up);
    if (nested) continue;
    if (outermost) return undefined;
    outermost = el;
  }
  return outermost;
}

/** Whether any text node under `el` has a visible character; stops at the first (textContent would copy the whole page). */
function hasText(el: Element | null | undefined): el is Element {
  if (!el) return false;
  for (const text of textNodesUnder(el)) if (/\S/.test(text.data)) return true;
  return false;
}

// ─── Clone and map back ─────────────────────────────────────────────────────

interface LiveIndex {
  /** Clone text node → the live text node it copies. */
  liveOf: WeakMap<Node, Text>;
  /** Live text nodes → their rank in document order (DOM shims do not all implement compareDocumentPosition). */
  order: Map<Text, number>;
}

/**
 * Clones the document and remembers, for every text node of the clone, the live
 * text node it copies. Readability moves those clone nodes into its result, so
 * the result's text resolves to live text by identity.
 */
function cloneWithIndex(doc: Document): { clone: Document } & LiveIndex {
  const clone = doc.cloneNode(true) as Document;
  const liveOf = new WeakMap<Node, Text>();
  const order = new Map<Text, number>();
  // Both trees have the same shape right after cloning: walk them in lockstep, by
  // child index (sibling links and tree walkers are unreliable after a clone or a
  // moved node in some DOM shims), with an explicit stack so that deeply nested
  // pages cannot overflow the call stack.
  const stack: Array<[Node, Node]> = [[doc, clone]];
  while (stack.length > 0) {
    const [live, copy] = stack.pop()!;
    if (live.nodeType === TEXT_NODE) {
      liveOf.set(copy, live as Text);
      order.set(live as Text, order.size);
      continue;
    }
    const liveChildren = live.childNodes;
    const copyChildren = copy.childNodes;
    for (let i = Math.min(liveChildren.length, copyChildren.length) - 1; i >= 0; i--) {
      stack.push([liveChildren[i]!, copyChildren[i]!]);
    }
  }
  return { clone, liveOf, order };
}

/**
 * The live text nodes behind the text Readability kept, in document order. When
 * Readability retried from re-parsed HTML its nodes are new; those are matched
 * to live text nodes with the same content, the next one in document order first.
 * A re-parsed node may join the text of several live ones (a parser that splits
 * text at character references, as linkedom's does, or a script that appended
 * text): then the run of neighbouring live text nodes that spells it out is taken.
 */
function keptLiveText(content: Element, { liveOf, order }: LiveIndex): Text[] {
  const kept = new Set<Text>();
  let byContent: ContentIndex | undefined;
  let last = -1;
  for (const text of textNodesUnder(content)) {
    if (!text.data.trim()) continue;
    const live = liveOf.get(text);
    if (live) {
      kept.add(live);
      last = order.get(live) ?? last;
      continue;
    }
    byContent ??= new ContentIndex(order);
    for (const found of byContent.take(text.data, last)) {
      kept.add(found);
      last = order.get(found) ?? last;
    }
  }
  return [...kept].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Characters of a live text node that index it for a joined match. */
const RUN_KEY_CHARS = 8;

/** Live text nodes by their content, each used once. */
class ContentIndex {
  private readonly byData = new Map<string, Array<[number, Text]>>();
  /** Live text nodes by the opening RUN_KEY_CHARS characters of the text from them on, for joined text. */
  private readonly byOpening = new Map<string, Array<[number, Text]>>();
  private readonly inOrder: Text[] = [];
  private readonly used = new Set<Text>();

  constructor(order: Map<Text, number>) {
    for (const [text, rank] of order) this.inOrder[rank] = text;
    for (const [text, rank] of order) {
      if (!text.data.trim()) continue;
      const list = this.byData.get(text.data);
      if (list) list.push([rank, text]);
      else this.byData.set(text.data, [[rank, text]]);
      // A run may open with a node shorter than its key (a paragraph's opening quotation mark, split off at
      // its character reference): its key runs on into the nodes after it.
      let key = text.data;
      for (let next = rank + 1; key.length < RUN_KEY_CHARS && next < rank + RUN_KEY_CHARS && this.inOrder[next]; next++) key += this.inOrder[next]!.data;
      if (key.length < RUN_KEY_CHARS) continue;
      key = key.slice(0, RUN_KEY_CHARS);
      const openers = this.byOpening.get(key);
      if (openers) openers.push([rank, text]);
      else this.byOpening.set(key, [[rank, text]]);
    }
  }

  /** The live text nodes that hold `data`: one with the same content, or a run of neighbours that joined make it up. */
  take(data: string, after: number): Text[] {
    const unused = (entry: [number, Text]) => !this.used.has(entry[1]);
    const list = this.byData.get(data);
    const entry = list && (list.find((e) => e[0] > after && unused(e)) ?? list.find(unused));
    if (entry) {
      this.used.add(entry[1]);
      return [entry[1]];
    }
    // Text shorter than a key ("– „Ok.“", split at each character reference) is looked for right after the last match.
    const openers = data.length < RUN_KEY_CHARS ? this.following(after) : this.byOpening.get(data.slice(0, RUN_KEY_CHARS));
    if (!openers) return [];
    const fits = (e: [number, Text]) => unused(e) && data.startsWith(e[1].data);
    const opener = openers.find((e) => e[0] > after && fits(e)) ?? openers.find(fits);
    if (!opener) return [];
    const run: Text[] = [];
    let spelled = '';
    for (let rank = opener[0]; rank < this.inOrder.length; rank++) {
      const next = this.inOrder[rank];
      if (!next || this.used.has(next) || !data.startsWith(spelled + next.data, 0)) break;
      spelled += next.data;
      run.push(next);
      if (spelled.length === data.length) break;
    }
    for (const text of run) this.used.add(text);
    return run.filter((text) => text.data.trim());
  }

  /** The live text nodes that follow rank `after`, a few of them. */
  private following(after: number): Array<[number, Text]> {
    const found: Array<[number, Text]> = [];
    for (let rank = after + 1; rank < Math.min(this.inOrder.length, after + 1 + SHORT_RUN_WINDOW); rank++) {
      const text = this.inOrder[rank];
      if (text?.data.trim()) found.push([rank, text]);
    }
    return found;
  }
}

/** How many live text nodes after the last match a text shorter than a key is looked for among. */
const SHORT_RUN_WINDOW = 16;

function* textNodesUnder(root: Node): Generator<Text> {
  let node: Node | null = root.firstChild;
  while (node && node !== root) {
    if (node.nodeType === TEXT_NODE) yield node as Text;
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    if (!node || node === root) return;
    node = node.nextSibling;
  }
}

/**
 * The block elements holding the kept text (in document order): each text's
 * nearest block ancestor, or the outermost of those when they nest. Figure
 * captions are left out, unless they hold most of the text (a slideshow). Inline content set loose in a wrapper of other blocks
 * (a `<time>` or `<span>` beside the paragraphs of an `<article>`) is its own
 * block, so that the wrapper does not swallow the story as one block; a few
 * loose characters there (a separator) are no text of the story.
 */
function blocksOf(texts: readonly Text[], body: Element): Element[] {
  const nearest = new Map<Text, Element>();
  const chosen = new Set<Element>();
  const captions = toldInCaptions(texts);
  for (const text of texts) {
    let el = text.parentElement;
    while (el && el !== body && !isBlockElement(el)) el = el.parentElement;
    if (!el || el === body) el = text.parentElement;
    if (!el || (!captions && el.closest('figure, figcaption'))) continue;
    nearest.set(text, el);
    chosen.add(el);
  }
  const wrappers = new Set<Element>();
  for (const el of chosen) for (let up = el.parentElement; up && up !== body && !wrappers.has(up); up = up.parentElement) wrappers.add(up);
  for (const [text, el] of nearest) {
    if (!wrappers.has(el)) continue;
    let inline = text.parentElement;
    while (inline && inline.parentElement !== el && inline !== el) inline = inline.parentElement;
    if (inline && inline !== el) nearest.set(text, inline);
    else if (text.data.trim().length < LOOSE_TEXT_CHARS) nearest.delete(text);
  }
  chosen.clear();
  for (const el of nearest.values()) chosen.add(el);
  const outermost = new Map<Element, Element>();
  const blocks: Element[] = [];
  const placed = new Set<Element>();
  for (const text of texts) {
    const el = nearest.get(text);
    if (!el) continue;
    let top = outermost.get(el);
    if (!top) {
      top = el;
      for (let up = el.parentElement; up && up !== body; up = up.parentElement) if (chosen.has(up)) top = up;
      outermost.set(el, top);
    }
    if (!placed.has(top)) {
      placed.add(top);
      blocks.push(top);
    }
  }
  return blocks;
}

/**
 * Whether figures hold more of the kept text than the rest: a slideshow whose captions tell the story
 * (a costume or product gallery, one slide per item), whose captions are its text, not a story's pictures.
 */
function toldInCaptions(texts: readonly Text[]): boolean {
  let captions = 0;
  let rest = 0;
  for (const text of texts) {
    const chars = text.data.trim().length;
    if (text.parentElement?.closest('figure, figcaption')) captions += chars;
    else rest += chars;
  }
  return captions > rest;
}

/**
 * A block holding the headline and more (an article's `<header>` with its share
 * counts, photo credit, byline and date) is split into its parts, so that each
 * is judged on its own: the headline stays, the furniture around it goes
 * (and the photo, whose caption is never the story's). Loose text of its own longer than a separator keeps the block whole.
 */
function splitArticleHeader(block: Element): Element[] {
  if (/^h[1-6]$/i.test(block.localName) || !block.querySelector('h1')) return [block];
  const parts: Element[] = [];
  for (const node of block.childNodes) {
    if (node.nodeType === TEXT_NODE) {
      if ((node as Text).data.trim().length >= LOOSE_TEXT_CHARS) return [block];
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || !hasText(node as Element) || /^fig(?:ure|caption)$/i.test((node as Element).localName)) continue;
    parts.push(...splitArticleHeader(node as Element));
  }
  return parts.length > 0 ? parts : [block];
}

/** A dropped paragraph shorter than this is a chart label or a caption, not a paragraph of the story. */
const SKIPPED_MIN_WORDS = 6;
/** A paragraph with more of its text in links than this is a teaser or a menu, not the story's. */
const SKIPPED_LINK_SHARE = 0.5;

/**
 * Readability's cleaning drops some paragraphs between the ones it keeps (a
 * lead in a box of its own under the headline, a paragraph beside a row of
 * links). Paragraphs that lie inside the story's container, between its first
 * block (the headline, when it was found) and its last, and are not lists of
 * links, are the story's too; what lies before or after the story's span in
 * the same container (teasers, comments) is left out.
 */
function withSkippedParagraphs(blocks: Element[], order: Map<Text, number>, isHidden: (el: Element) => boolean): Element[] {
  if (blocks.length < 2) return blocks;
  const root = commonAncestor(blocks)!;
  const rankOf = (el: Element): number | undefined => {
    for (const text of textNodesUnder(el)) if (text.data.trim()) return order.get(text);
    return undefined;
  };
  const first = rankOf(blocks[0]!);
  const last = rankOf(blocks[blocks.length - 1]!);
  if (first === undefined || last === undefined) return blocks;
  const taken = new Set(blocks);
  // Ancestors of taken blocks: a paragraph among them holds part of the story already.
  const aboveTaken = new Set<Element>();
  for (const block of blocks) for (let up = block.parentElement; up && up !== root && !aboveTaken.has(up); up = up.parentElement) aboveTaken.add(up);
  const insideTaken = (p: Element): boolean => {
    for (let up = p.parentElement; up && up !== root; up = up.parentElement) if (taken.has(up)) return true;
    return false;
  };
  const added: Element[] = [];
  for (const p of root.getElementsByTagName('p')) {
    if (taken.has(p) || aboveTaken.has(p)) continue;
    const rank = rankOf(p);
    if (rank === undefined || rank < first || rank > last) continue;
    if (insideTaken(p) || isUnderHidden(p, isHidden)) continue;
    if (p.closest('figure, figcaption, table, li') || isTeaserSummary(p)) continue;
    const text = (p.textContent ?? '').trim();
    if (text.split(/\s+/).length < SKIPPED_MIN_WORDS || !SENTENCE_END.test(text)) continue;
    let linked = 0;
    for (const a of p.getElementsByTagName('a')) linked += (a.textContent ?? '').trim().length;
    if (linked > SKIPPED_LINK_SHARE * text.length) continue;
    added.push(p);
  }
  if (added.length === 0) return blocks;
  const ranked = [...blocks, ...added].map((el) => [rankOf(el) ?? 0, el] as const);
  ranked.sort((a, b) => a[0] - b[0]);
  return ranked.map(([, el]) => el);
}

/** A paragraph's text ends as a sentence does. */
const SENTENCE_END = /[.!?…]["”’»)]*$/u;

/** A paragraph set under a linked headline in the same box: another story's summary. */
function isTeaserSummary(p: Element): boolean {
  const box = p.parentElement;
  if (!box) return false;
  for (const heading of box.querySelectorAll('h1, h2, h3, h4, h5, h6')) if (heading.querySelector('a')) return true;
  return false;
}

// ─── Title ──────────────────────────────────────────────────────────────────

const normalize = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** A heading whose words are one of the page's titles (normalised), or within one, or hold one. */
function readsAsTitle(heading: Element, titles: readonly string[]): boolean {
  const text = normalize(heading.textContent ?? '');
  return text.length >= 8 && titles.some((wanted) => wanted.includes(text) || text.includes(wanted));
}

/** A title of this many distinct words or more can be matched word by word; a shorter one is a site's or a section's name. */
const TITLE_MATCH_WORDS = 4;
/** The share of a title's distinct words an on-page headline worded apart from it still holds. */
const TITLE_WORD_SHARE = 0.6;
/** Separators between a page title's headline and the site's name ('Headline | Site', 'Headline - Site'). */
const TITLE_PARTS = /\s+[|–—»·•-]\s+/u;

/** The distinct words of each title long enough to be matched word by word: the metadata's, and the longest part of the page's <title>. */
function titleWordSets(titles: readonly string[]): Array<Set<string>> {
  return titles
    .map((title) => title.split(TITLE_PARTS).reduce((a, b) => (b.length > a.length ? b : a), ''))
    .map((title) => new Set(normalize(title).split(' ').filter(Boolean)))
    .filter((words) => words.size >= TITLE_MATCH_WORDS);
}

/**
 * A heading that holds most of a title's words without reading as it: the
 * site's own headline worded apart from its social and page titles (a longer
 * on-page headline, a kicker run into it). A standfirst set as a heading may
 * share the title's words too, but it is prose (it ends with a full stop or
 * runs on past the end of a sentence) or it is the page's own description.
 */
function rewordsTitle(heading: Element, { titleWords, descriptions }: Reworded): boolean {
  const text = (heading.textContent ?? '').trim();
  if (/[.…]["”’»)]*$|[.!?…]["”’»)]*\s+\p{Lu}/u.test(text)) return false;
  const words = normalize(text);
  if (descriptions.some((description) => description.includes(words) || words.includes(description))) return false;
  const distinct = new Set(words.split(' '));
  return titleWords.some((wanted) => [...wanted].filter((w) => distinct.has(w)).length >= TITLE_WORD_SHARE * wanted.size);
}

/** What a headline worded apart from the page's titles is matched against: the titles' words, and the page's descriptions (a standfirst's wording). */
interface Reworded {
  titleWords: ReadonlyArray<Set<string>>;
  descriptions: readonly string[];
}

/** The page's own descriptions of the story (normalised), which a standfirst under the headline often repeats. */
function descriptionsOf(doc: Document): string[] {
  const found = doc.querySelectorAll('meta[name="description" i], meta[property="og:description" i], meta[name="twitter:description" i]');
  return [...found].map((m) => normalize(m.getAttribute('content') ?? '')).filter((d) => d.length >= 8);
}

/**
 * The blocks without the headline and what the page sets above it: the
 * heading found for the title, any `<h1>`/`<h2>` that reads as the title or
 * rewords it, or any block whose words are exactly one of the titles (a
 * headline set in a `<div>`), among the blocks before the story's first
 * paragraph of prose. Short blocks above the headline go with it: a kicker or
 * section label ("Local News", "Obituary"), a date, a caption, a notice; the
 * page's metadata carries the title, and the story starts below it. Nothing is
 * removed from a story of one block.
 */
function withoutHeadline(blocks: Element[], heading: Element | undefined, titles: readonly string[], reworded: Reworded): Element[] {
  const isHeadline = (block: Element): boolean =>
    block === heading ||
    (/^h[12]$/i.test(block.localName) && (readsAsTitle(block, titles) || rewordsTitle(block, reworded))) ||
    titles.includes(normalize(block.textContent ?? ''));
  const header = Math.min(blocks.length, HEADER_BLOCKS);
  let headline = -1;
  for (let i = 0; i < header && !isStoryProse(blocks[i]!); i++) if (isHeadline(blocks[i]!)) headline = i;
  const kept = blocks.filter((block, i) => i > headline || (i < headline && (block.textContent ?? '').trim().length >= ABOVE_HEADLINE_CHARS));
  return kept.length > 0 ? kept : blocks;
}

/** How many blocks at the story's top may be its header (headline, kicker, date, byline, picture). */
const HEADER_BLOCKS = 6;
/** A block above the headline this long is prose, not a kicker, label or caption, and stays. */
const ABOVE_HEADLINE_CHARS = 200;
/** A paragraph of the story: this many words or more, ending as a sentence does. */
const PROSE_WORDS = 15;

/** A paragraph of running prose, where the story (not its header) has begun. */
function isStoryProse(block: Element): boolean {
  if (/^h[1-6]$/i.test(block.localName)) return false;
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.split(' ').length >= PROSE_WORDS && SENTENCE_END.test(text);
}

/**
 * The live heading that matches the page title and precedes the body (Readability
 * drops it from its result): it marks where the story starts, so that a lead
 * between it and the body is the story's, and it is kept out of the furniture pass.
 */
function titleHeading(
  doc: Document,
  titles: readonly string[],
  blocks: readonly Element[],
  firstKept: number,
  order: Map<Text, number>,
  isHidden: (el: Element) => boolean,
): Element | undefined {
  if (titles.length === 0) return undefined;
  let best: Element | undefined;
  for (const heading of doc.querySelectorAll('h1, h2')) {
    const first = textNodesUnder(heading).next().value;
    if (!first || (order.get(first) ?? Infinity) > firstKept) continue;
    if (blocks.some((b) => b.contains(heading) || heading.contains(b))) continue;
    if (!readsAsTitle(heading, titles) || isHidden(heading)) continue;
    best = heading;
  }
  return best;
}
