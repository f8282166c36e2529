import { render } from 'preact';
import type { EntityInfo } from '../shared/messages';
import type { PageStateName } from '../shared/page-state';
import type { Analysis, Counts } from '../shared/schema';
import { NoteCard, targetKey, type NoteTarget } from '../ui/note-card';
import { NOTE_CSS } from '../ui/note-styles';
import { PAGE_LEGEND_CSS, PageLegend } from '../ui/page-legend';
import { MARGIN_RULE_CSS } from './margin-rules';
import { placeNote } from './note-placement';
import { RECT_PAINTER_CSS } from './rect-painter';

export const OVERLAY_TAG = 'sourcelight-overlay';
const GAP = 8;

/** Our styles select a theme on `:host([data-theme])`; the attribute lives on an inner element, out of the page's sight. */
const onThemeElement = (css: string) => css.replace(/:host\((\[data-theme="[\w-]+"\])\)/g, '.theme$1');

/**
 * Our host element, made so that no page can pre-empt it. An element created
 * by the page's document with a name the page registered as a custom element
 * would run the page's constructor inside our call (and that constructor can
 * take the shadow root first). So the host is created by a document of our
 * own, which has no custom element registry, and gets its closed shadow root
 * before it ever enters the page. When it is inserted, a page definition may
 * still "upgrade" it, but the shadow root is ours by then, and the page's
 * constructor can only fail in the page's own world.
 */
function createHost(doc: Document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.implementation.createHTMLDocument('').createElement(OVERLAY_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  doc.adoptNode(host);
  return { host, root };
}

/** A host without a shadow root, for when ours could not be built: it still carries `data-state="error"`. */
function fallbackHost(doc: Document): HTMLElement {
  try {
    return doc.adoptNode(doc.implementation.createHTMLDocument('').createElement(OVERLAY_TAG));
  } catch {
    return doc.createElement(OVERLAY_TAG);
  }
}

/**
 * Our one element on the page: `<sourcelight-overlay data-state data-counts>`,
 * a child of <html> (outside the page's body) whose closed shadow root holds
 * the note cards and fallback marks, so page CSS cannot reach them, ours
 * cannot leak, and page scripts can neither read nor change what a note shows.
 * The page sees exactly the two attributes of the test contract.
 *
 * If anything here fails, `failure` says why: the host still carries
 * `data-state`, and the controller sets it to `error`.
 */
export class Overlay {
  readonly host: HTMLElement;
  /** Why the overlay could not be built, when it could not. */
  readonly failure: Error | undefined;
  private readonly themed: HTMLElement;
  private readonly noteBox: HTMLElement;
  private readonly live: HTMLElement;
  /** Where the fallback painter draws marks when the page has no Custom Highlight API. */
  readonly markLayer: HTMLElement;
  /** Where quiet claims are drawn as rules in the margin. */
  readonly ruleLayer: HTMLElement;
  /** The legend and mode switch in a corner of an annotated page. */
  readonly legend: PageLegend;
  private anchor: Range | undefined;
  private returnFocus: Element | null = null;
  /** What the open note shows, kept so it can be drawn again when entity context arrives. */
  private shown: { analysis: Analysis; target: NoteTarget } | undefined;
  private info: Record<string, EntityInfo> | undefined;

  constructor(private readonly doc: Document, signal: AbortSignal) {
    const win = doc.defaultView as Window & typeof globalThis;
    this.themed = doc.createElement('div');
    this.themed.className = 'theme';
    this.themed.dataset.theme = 'auto';
    this.noteBox = doc.createElement('div');
    this.noteBox.className = 'note';
    this.noteBox.hidden = true;
    this.live = doc.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.markLayer = doc.createElement('div');
    this.markLayer.className = 'marks';
    this.markLayer.setAttribute('aria-hidden', 'true');
    this.ruleLayer = doc.createElement('div');
    this.ruleLayer.className = 'rules';
    this.ruleLayer.setAttribute('aria-hidden', 'true');
    const legendBox = doc.createElement('div');
    this.legend = new PageLegend(legendBox);
    this.themed.append(this.ruleLayer, this.markLayer, this.noteBox, legendBox, this.live);
    let host: HTMLElement | undefined;
    let failure: unknown;
    try {
      const created = createHost(doc);
      host = created.host;
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(onThemeElement(NOTE_CSS + RECT_PAINTER_CSS + MARGIN_RULE_CSS + PAGE_LEGEND_CSS) + '.theme { display: contents; }');
      created.root.adoptedStyleSheets = [sheet];
      created.root.append(this.themed);
    } catch (error) {
      failure = error;
    }
    // Even when the shadow root failed, an element of ours carries `data-state` (then `error`) on the page.
    this.host = host ?? fallbackHost(doc);
    try {
      doc.documentElement.append(this.host);
    } catch (error) {
      failure ??= error;
    }
    if (failure !== undefined) this.failure = failure instanceof Error ? failure : new Error(String(failure));

    const follow = () => this.position();
    win.addEventListener('scroll', follow, { passive: true, capture: true, signal });
    win.addEventListener('resize', follow, { passive: true, signal });
    // Only the reader's own key press closes a note: a page's synthetic events are not trusted.
    doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.isOpen() && this.hideNote(), { signal });
    signal.addEventListener('abort', () => this.hideNote());
  }

  setState(state: PageStateName, counts?: Counts): void {
    this.host.dataset.state = state;
    if (counts) this.host.dataset.counts = JSON.stringify(counts);
    else delete this.host.dataset.counts;
    this.legend.update({ state, counts });
  }

  setTheme(theme: 'auto' | 'light' | 'dark' | 'high-contrast'): void {
    this.themed.dataset.theme = theme;
  }

  /** Tells screen-reader users what happened, without moving their focus. */
  announce(message: string): void {
    this.live.textContent = message;
  }

  isOpen(): boolean {
    return !this.noteBox.hidden;
  }

  openTarget(): string | undefined {
    return this.isOpen() ? this.noteBox.dataset.target : undefined;
  }

  showNote(analysis: Analysis, target: NoteTarget, anchor: Range, options: { focus: boolean }): void {
    this.anchor = anchor;
    this.noteBox.dataset.target = targetKey(target);
    this.shown = { analysis, target };
    this.renderNote();
    this.noteBox.hidden = false;
    this.position();
    if (options.focus) {
      // Moving from note to note keeps the place the reader came from.
      if (this.doc.activeElement !== this.host) this.returnFocus = this.doc.activeElement;
      this.noteBox.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
    }
  }

  /** The open note's mark moved (the page repainted): the note follows it. */
  moveAnchor(anchor: Range): void {
    if (!this.isOpen()) return;
    this.anchor = anchor;
    this.position();
  }

  /** Context for entities from beyond the article; an open note shows it at once. */
  setEntityInfo(info: Record<string, EntityInfo> | undefined): void {
    this.info = info;
    if (this.shown && !this.noteBox.hidden) {
      this.renderNote();
      this.position();
    }
  }

  private renderNote(): void {
    if (!this.shown) return;
    const { analysis, target } = this.shown;
    render(<NoteCard analysis={analysis} target={target} info={this.info} onClose={() => this.hideNote()} />, this.noteBox);
  }

  hideNote(): void {
    if (this.noteBox.hidden) return;
    this.shown = undefined;
    render(null, this.noteBox);
    this.noteBox.hidden = true;
    this.anchor = undefined;
    delete this.noteBox.dataset.target;
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /** True when a pointer event happened inside our note. */
  contains(event: Event): boolean {
    return event.composedPath().includes(this.host);
  }

  /** Places the note beside what it explains (below, above, or to a side), never over it, always inside the viewport. */
  private position(): void {
    if (!this.anchor || this.noteBox.hidden) return;
    const win = this.doc.defaultView!;
    const rects = [...this.anchor.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    const box = this.noteBox.getBoundingClientRect();
    const { left, top } = placeNote(rects.length ? rects : [this.anchor.getBoundingClientRect()], box, { width: win.innerWidth, height: win.innerHeight }, GAP);
    this.noteBox.style.left = `${Math.round(left)}px`;
    this.noteBox.style.top = `${Math.round(top)}px`;
  }
}
