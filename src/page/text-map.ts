import type { BlockSpan, LinkSpan } from '../shared/schema';

/**
 * The flat text of an article and the index from its offsets back to DOM text
 * nodes. Offsets are UTF-16 code units, as everywhere in JS strings, so emoji and
 * other astral characters keep positions exact.
 */

/** `text[start, start + length)` corresponds one to one to `node.data[nodeStart, nodeStart + length)`. */
export interface TextSegment {
  node: Text;
  start: number;
  nodeStart: number;
  length: number;
}

export interface TextMap {
  /** Visible text; block boundaries are '\n', whitespace collapsed as a browser renders it. */
  text: string;
  /** One span per line of text, with the kind of block it sits in. */
  blocks: BlockSpan[];
  /** Hyperlinks (http and https only), with absolute addresses. */
  links: LinkSpan[];
  /** In text order, which is document order. Characters between segments ('\n') map to no node. */
  segments: TextSegment[];
  /** Set when `maxChars` cut the text short. */
  truncated?: boolean;
}

export interface TextMapOptions {
  /** The live page can pass a computed-style check; the default reads attributes and inline style only. */
  isHidden?: (el: Element) => boolean;
  /** Resolves relative hrefs; defaults to the document's base URI. */
  baseUrl?: string;
  /** Nodes left out with all they hold: the lines of a block that the furniture pass dropped one by one. */
  skip?: ReadonlySet<Node>;
  /** Stop after this many characters of text, at a word's end where there is one (the map then says `truncated`). */
  maxChars?: number;
}

/** A position inside a text node, as a DOM Range boundary takes it. */
export interface TextPosition {
  node: Text;
  offset: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article prose. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'textarea', 'input', 'select', 'option',
  'button', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'img', 'picture', 'head', 'title',
  'sourcelight-overlay',
]);

/** Elements that start a new line. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Whether an element starts a new line of text (a paragraph, heading, list item, cell …). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}

type BlockKind = BlockSpan['kind'];

const KIND_OF_TAG: Record<string, BlockKind> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', blockquote: 'quote', figcaption: 'caption',
};

const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * The class names CSS frameworks and CMSs give text meant for screen readers only (Bootstrap's
 * `sr-only`, WordPress's `screen-reader-text`, `visually-hidden`, Drupal's `element-invisible`, video.js's
 * `vjs-control-text`), with a prefix such as `u-` or `h-`. Such text is clipped to one pixel, not
 * `display: none`, so computed style does not show it hidden, yet no reader sees it.
 */
const SCREEN_READER_ONLY = /^(?:[a-z0-9]+-)*(?:sr-only|screen-reader-(?:text|only)|visually-?hidden|element-invisible|vjs-control-text)$/i;

/** Cheap visibility test from markup alone: the `hidden` attribute, `aria-hidden`, inline style, screen-reader-only classes. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  for (const name of el.classList) if (SCREEN_READER_ONLY.test(name)) return true;
  const style = el.getAttribute('style');
  return (style !== null && HIDING_STYLE.test(style)) || repeatsLinkTooltip(el);
}

/** A tooltip of a few words is a note ("Opens a new window"); one or two ("COVID-19" titling an abbreviation) may be the sentence's own. */
const TOOLTIP_MIN_WORDS = 3;

/**
 * The link's tooltip repeated as text after its words, for an icon to stand on ("said" then "Opens a new window"
 * in `<a title="Opens a new window">said<span class="external-link-icon">Opens a new window</span></a>`): a note on
 * the link that the icon shows, not a word of the sentence. Text opening the link ("Jane Doe" titled so) stays.
 */
function repeatsLinkTooltip(el: Element): boolean {
  const link = el.parentElement;
  if (link?.localName.toLowerCase() !== 'a') return false;
  const title = link.getAttribute('title')?.trim();
  if (!title || title.split(/\s+/).length < TOOLTIP_MIN_WORDS || (el.textContent ?? '').trim() !== title) return false;
  for (let before = el.previousSibling; before; before = before.previousSibling) if (before.textContent?.trim()) return true;
  return false;
}

function isEditable(el: Element): boolean {
  const value = el.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Content that is never prose to analyse: scripts, media, form fields, editors, code blocks. */
function isNeverProse(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  return SKIPPED_TAGS.has(tag) || isEditable(el) || isBlockControl(el) || (tag === 'code' && isCodeBlock(el)) || (tag === 'pre' && !isLaidOutInPre(el));
}

/**
 * A box made a button (`<div role="button">`: a picture's "Bild anzeigen Bild schließen" toggle in each of a
 * recipe's steps) is a `<button>` in all but name, and its label is no more prose than one. A word of a sentence
 * made clickable (`<span role="button">` on a glossary term) is inline and stays.
 */
function isBlockControl(el: Element): boolean {
  return el.getAttribute('role')?.toLowerCase() === 'button' && isBlockElement(el);
}

/**
 * Preformatted text is code or a listing, never analysed; but a `<pre>` holding a table is a page laid out
 * in it (an old site's results lists, set in tables inside one `<pre>`), and its text is the page's own.
 */
function isLaidOutInPre(pre: Element): boolean {
  return pre.querySelector('table') !== null;
}

/** Roots are often chosen below an editor, form field or code block; those stay the reader's own. */
function insideSkippedAncestor(root: Element): boolean {
  for (let el = root.parentElement; el; el = el.parentElement) if (isNeverProse(el)) return true;
  return false;
}

/**
 * Whether `el` or an element above it is hidden: a block chosen inside a box
 * the page keeps hidden (the rest of a story behind "read more") is not text
 * the reader sees until the box is shown.
 */
export function isUnderHidden(el: Element, isHidden: (el: Element) => boolean = isHiddenByMarkup): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) {
    if (isHiddenByMarkup(up) || (isHidden !== isHiddenByMarkup && isHidden(up))) return true;
  }
  return false;
}

/** A multi-line `code` element is a code block; inline `code` stays part of its sentence. */
function isCodeBlock(el: Element): boolean {
  return (el.textContent ?? '').includes('\n');
}

function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function absoluteHttpUrl(raw: string | null, base: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function usableBase(doc: Document | null, explicit: string | undefined): string | undefined {
  if (explicit) return explicit;
  const base = doc?.baseURI ?? doc?.URL;
  return base && /^https?:/i.test(base) ? base : undefined;
}

/**
 * A text cut at the budget ends at a sentence's end when one lies this close
 * before the cut in the same line: the analysis then reads a whole last
 * sentence, not a paragraph that seems to end unpunctuated (as a caption does).
 */
const SENTENCE_LOOKBACK = 2_000;

const SENTENCE_END = /[.!?…]["”’')\]]*(?=\s)/gu;

/** The offset just after the last sentence end in `text` at or after `from`, if any. */
function lastSentenceEnd(text: string, from: number): number | undefined {
  let end: number | undefined;
  SENTENCE_END.lastIndex = Math.max(0, from);
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) end = match.index + match[0].length;
  return end;
}

/** Accumulates the flat text in one pass; line breaks and spaces are emitted lazily so none dangle. */
class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  readonly segments: TextSegment[] = [];
  readonly blocks: BlockSpan[] = [];
  readonly links: LinkSpan[] = [];
  private pendingBreak = false;
  private pendingSpace: TextPosition | null = null;
  private lineStart = -1;
  private lineKind: BlockKind = 'paragraph';
  private link: { href: string; element: Element; start: number } | null = null;
  /** No more text fits. */
  full = false;
  /** The budget ran out inside a line (not at a block's end). */
  private cutInsideLine = false;

  constructor(
    private readonly kindNow: () => BlockKind,
    private readonly maxChars = Infinity,
  ) {}

  lineBreak(): void {
    this.pendingSpace = null;
    if (this.length > 0) this.pendingBreak = true;
  }

  text(node: Text): void {
    const data = node.data;
    let i = 0;
    while (i < data.length) {
      if (isCollapsible(data.charCodeAt(i))) {
        if (!this.pendingBreak && !this.pendingSpace && this.length > 0) {
          this.pendingSpace = { node, offset: i };
        }
        i++;
        continue;
      }
      let j = i + 1;
      while (j < data.length && !isCollapsible(data.charCodeAt(j))) j++;
      if (this.full) return;
      const room = this.maxChars - this.length - (this.pendingBreak || this.pendingSpace ? 1 : 0);
      if (j - i > room) {
        // Over budget: end at the previous word, or inside this one when it alone is too long.
        this.full = true;
        this.cutInsideLine = !this.pendingBreak;
        if (this.length > 0 && j - i <= this.maxChars / 2) return;
        j = i + Math.max(0, room);
        if (j <= i) return;
      }
      this.flushPending();
      if (this.pendingSpace) {
        this.emit(this.pendingSpace.node, this.pendingSpace.offset, 1, ' ');
        this.pendingSpace = null;
      }
      if (this.link && this.link.start < 0) this.link.start = this.length;
      this.emit(node, i, j - i, data.slice(i, j));
      i = j;
    }
  }

  openLink(element: Element, href: string): void {
    if (!this.link) this.link = { href, element, start: -1 };
  }

  closeLink(element: Element): void {
    if (this.link?.element !== element) return;
    if (this.link.start >= 0 && this.length > this.link.start) {
      this.links.push({ start: this.link.start, end: this.length, href: this.link.href });
    }
    this.link = null;
  }

  finish(): TextMap {
    if (this.link) this.closeLink(this.link.element);
    const lineStart = this.lineStart;
    this.closeLine();
    let text = this.parts.join('');
    if (this.cutInsideLine) {
      const end = lastSentenceEnd(text, Math.max(lineStart, text.length - SENTENCE_LOOKBACK));
      if (end !== undefined && end < text.length) {
        text = text.slice(0, end);
        this.cutAt(end);
      }
    }
    const map: TextMap = { text, blocks: this.blocks, links: this.links, segments: this.segments };
    if (this.full) map.truncated = true;
    return map;
  }

  /** Drops everything from `end` on from the index (the text itself is cut by the caller). */
  private cutAt(end: number): void {
    const keepSpan = <T extends { start: number; end: number }>(spans: T[]): T[] =>
      spans.filter((span) => span.start < end).map((span) => (span.end > end ? { ...span, end } : span));
    this.blocks.splice(0, this.blocks.length, ...keepSpan(this.blocks));
    this.links.splice(0, this.links.length, ...keepSpan(this.links));
    while (this.segments.length > 0 && this.segments[this.segments.length - 1]!.start >= end) this.segments.pop();
    const last = this.segments[this.segments.length - 1];
    if (last && last.start + last.length > end) last.length = end - last.start;
    this.length = end;
  }

  private flushPending(): void {
    if (this.pendingBreak) {
      this.closeLine();
      this.parts.push('\n');
      this.length += 1;
      this.pendingBreak = false;
      this.pendingSpace = null;
    }
    if (this.lineStart < 0) {
      this.lineStart = this.length;
      this.lineKind = this.kindNow();
    }
  }

  private closeLine(): void {
    if (this.lineStart >= 0 && this.length > this.lineStart) {
      this.blocks.push({ start: this.lineStart, end: this.length, kind: this.lineKind });
    }
    this.lineStart = -1;
  }

  private emit(node: Text, nodeStart: number, length: number, chunk: string): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.start + last.length === this.length) {
      last.length += length;
    } else {
      this.segments.push({ node, start: this.length, nodeStart, length });
    }
    this.parts.push(chunk);
    this.length += length;
  }
}

/**
 * Walks the visible text under `source` (one element, or a list of block elements
 * in document order) once, without recursion, into a flat string with an index
 * back to the text nodes. Never mutates the DOM.
 */
export function buildTextMap(source: Element | readonly Element[], options: TextMapOptions = {}): TextMap {
  const roots = Array.isArray(source) ? (source as readonly Element[]) : [source as Element];
  const isHidden = options.isHidden ?? isHiddenByMarkup;
  const kinds: BlockKind[] = [];
  const kindNow = (): BlockKind => kinds[kinds.length - 1] ?? 'paragraph';
  const builder = new TextBuilder(kindNow, options.maxChars);
  const base = usableBase(roots[0]?.ownerDocument ?? null, options.baseUrl);
  // Which entered elements pushed a kind, so leaving them pops it.
  const pushedKind = new Set<Element>();

  const enter = (node: Node): boolean => {
    if (builder.full || options.skip?.has(node)) return false;
    if (node.nodeType === TEXT_NODE) {
      builder.text(node as Text);
      return false;
    }
    if (node.nodeType !== ELEMENT_NODE) return false;
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (isNeverProse(el) || isHiddenByMarkup(el)) return false;
    if (isHidden !== isHiddenByMarkup && isHidden(el)) return false;
    if (tag === 'br') {
      builder.lineBreak();
      return false;
    }
    if (BLOCK_TAGS.has(tag)) {
      builder.lineBreak();
      const kind = KIND_OF_TAG[tag];
      if (kind) {
        kinds.push(kind);
        pushedKind.add(el);
      }
    } else if (tag === 'a') {
      const href = absoluteHttpUrl(el.getAttribute('href'), base);
      if (href) builder.openLink(el, href);
    }
    return true;
  };

  const exit = (el: Element): void => {
    const tag = el.localName.toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      builder.lineBreak();
      if (pushedKind.delete(el)) kinds.pop();
    } else if (tag === 'a') {
      builder.closeLink(el);
    }
  };

  let walked: Element | undefined;
  for (const root of roots) {
    if (builder.full) break;
    if (walked?.contains(root) || insideSkippedAncestor(root) || isUnderHidden(root, isHidden)) continue;
    walked = root;
    builder.lineBreak();
    walkTree(root, enter, exit);
  }
  return builder.finish();
}

/** Depth-first, in document order, with a loop instead of recursion so deep nesting cannot overflow the stack. */
function walkTree(root: Node, enter: (node: Node) => boolean, exit: (el: Element) => void): void {
  let node: Node = root;
  for (;;) {
    const descend = enter(node);
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend) exit(node as Element);
    while (node !== root && !node.nextSibling) {
      const parent: Node | null = node.parentNode;
      if (!parent) return;
      node = parent;
      exit(node as Element);
    }
    if (node === root) return;
    const next: Node | null = node.nextSibling;
    if (!next) return;
    node = next;
  }
}

/** Index of the last segment starting at or before `offset`, or -1. */
function segmentAtOrBefore(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

interface Located extends TextPosition {
  segment: number;
}

function locate(map: TextMap, offset: number, edge: 'start' | 'end'): Located | null {
  const { segments } = map;
  const index = segmentAtOrBefore(segments, edge === 'end' ? offset - 1 : offset);
  const seg = segments[index];
  if (edge === 'start') {
    if (seg && offset < seg.start + seg.length) {
      return { node: seg.node, offset: seg.nodeStart + offset - seg.start, segment: index };
    }
    const next = segments[index + 1];
    return next ? { node: next.node, offset: next.nodeStart, segment: index + 1 } : null;
  }
  if (seg) {
    const within = Math.min(offset, seg.start + seg.length) - seg.start;
    return { node: seg.node, offset: seg.nodeStart + within, segment: index };
  }
  const first = segments[0];
  return first && offset <= first.start ? { node: first.node, offset: first.nodeStart, segment: 0 } : null;
}

/**
 * The DOM position of a text offset. A range start (`'start'`) that falls on a
 * line break moves forward to the next text; a range end (`'end'`) moves back.
 */
export function positionAtOffset(map: TextMap, offset: number, edge: 'start' | 'end'): TextPosition | null {
  const found = locate(map, offset, edge);
  return found && { node: found.node, offset: found.offset };
}

/** A DOM Range over `[start, end)` of the map's text; collapsed when the span holds no text. */
export function rangeFromOffsets(map: TextMap, start: number, end: number, doc: Document): Range {
  const range = doc.createRange();
  const from = locate(map, Math.max(0, Math.min(start, end)), 'start');
  const to = locate(map, Math.min(map.text.length, Math.max(start, end)), 'end');
  if (!from) return range;
  range.setStart(from.node, from.offset);
  const backwards = !to || to.segment < from.segment || (to.segment === from.segment && to.offset < from.offset);
  if (backwards) range.collapse(true);
  else range.setEnd(to.node, to.offset);
  return range;
}

const nodeIndexes = new WeakMap<TextMap, Map<Text, number>>();

function firstSegmentOf(map: TextMap, node: Text): number | undefined {
  let index = nodeIndexes.get(map);
  if (!index) {
    index = new Map();
    map.segments.forEach((seg, i) => {
      if (!index!.has(seg.node)) index!.set(seg.node, i);
    });
    nodeIndexes.set(map, index);
  }
  return index.get(node);
}

/**
 * The text offset of a DOM position (for a selection or a click). A position in
 * collapsed whitespace or outside the mapped text snaps to the next mapped text;
 * null when nothing mapped follows it.
 */
export function offsetsFromPoint(map: TextMap, node: Node, offset: number): number | null {
  const { segments } = map;
  const first = node.nodeType === TEXT_NODE ? firstSegmentOf(map, node as Text) : undefined;
  if (first !== undefined) {
    // A node's segments are consecutive: it is walked in one go.
    let i = first;
    for (; i < segments.length && segments[i]!.node === node; i++) {
      const seg = segments[i]!;
      if (offset < seg.nodeStart) return seg.start;
      if (offset <= seg.nodeStart + seg.length) return seg.start + offset - seg.nodeStart;
    }
    return segments[i]?.start ?? map.text.length;
  }
  // Elsewhere: the first mapped text node from the point on, in document order.
  let next: Node | null =
    node.nodeType === ELEMENT_NODE && offset < node.childNodes.length ? node.childNodes[offset]! : afterSubtree(node);
  if (node.nodeType === ELEMENT_NODE && offset >= node.childNodes.length && offset === 0) next = node;
  while (next) {
    const at = next.nodeType === TEXT_NODE ? firstSegmentOf(map, next as Text) : undefined;
    if (at !== undefined) return segments[at]!.start;
    next = next.firstChild ?? afterSubtree(next);
  }
  return null;
}

/** The node that follows `node` and all its descendants in document order. */
function afterSubtree(node: Node): Node | null {
  let current: Node | null = node;
  while (current && !current.nextSibling) current = current.parentNode;
  return current?.nextSibling ?? null;
}
