import { HIGHLIGHT_CSS, HIGH_CONTRAST_CSS } from './highlight-styles';
import type { MarginRules } from './margin-rules';
import type { Mark, MarkKind } from './marks';

const ACTIVE = 'sourcelight-active';

/** What paints marks on a page: the Custom Highlight API, or a fallback where it is missing. Quiet marks are not painted. */
export interface MarkPainter {
  apply(marks: Mark[], rangeFor: (start: number, end: number) => Range | undefined, highContrast?: boolean): void;
  /** Emphasises one range (the mark a note is open for, or a jump target). */
  setActive(range: Range | undefined): void;
  remove(): void;
}
const nameFor = (kind: MarkKind) => `sourcelight-${kind}`;

/**
 * Paints marks with the CSS Custom Highlight API: ranges registered by name and
 * styled by one adopted stylesheet. Nothing is written into the page's DOM, so
 * removing the highlights restores the page exactly.
 */
export class Highlighter implements MarkPainter {
  private readonly sheet: CSSStyleSheet;
  private names: string[] = [];

  constructor(private readonly doc: Document) {
    this.sheet = new (doc.defaultView as Window & typeof globalThis).CSSStyleSheet();
  }

  static isSupported(win: Window & typeof globalThis): boolean {
    return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
  }

  apply(marks: Mark[], rangeFor: (start: number, end: number) => Range | undefined, highContrast = false): void {
    this.remove();
    const win = this.doc.defaultView as Window & typeof globalThis;
    const groups = new Map<string, Range[]>();
    for (const mark of marks) {
      if (mark.quiet) continue;
      const range = rangeFor(mark.start, mark.end);
      if (!range) continue;
      const name = nameFor(mark.kind);
      const ranges = groups.get(name) ?? [];
      ranges.push(range);
      groups.set(name, ranges);
    }
    for (const [name, ranges] of groups) win.CSS.highlights.set(name, new win.Highlight(...ranges));
    this.names = [...groups.keys()];
    this.sheet.replaceSync(HIGHLIGHT_CSS + (highContrast ? HIGH_CONTRAST_CSS : ''));
    if (!this.doc.adoptedStyleSheets.includes(this.sheet)) {
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    }
  }

  /** Emphasises one range (the mark a note is open for, or a jump target). */
  setActive(range: Range | undefined): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    if (range) win.CSS.highlights.set(ACTIVE, new win.Highlight(range));
    else win.CSS.highlights.delete(ACTIVE);
  }

  remove(): void {
    const win = this.doc.defaultView as Window & typeof globalThis;
    for (const name of this.names) win.CSS.highlights.delete(name);
    win.CSS.highlights.delete(ACTIVE);
    this.names = [];
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
  }
}

/** Paints marks over the text with one painter, and quiet sentence marks as rules in the margin. */
export class ReadingPainter implements MarkPainter {
  constructor(
    private readonly painter: MarkPainter,
    private readonly rules: MarginRules,
  ) {}

  apply(marks: Mark[], rangeFor: (start: number, end: number) => Range | undefined, highContrast = false): void {
    this.painter.apply(marks, rangeFor, highContrast);
    this.rules.apply(marks, rangeFor);
  }

  setActive(range: Range | undefined): void {
    this.painter.setActive(range);
  }

  remove(): void {
    this.painter.remove();
    this.rules.remove();
  }
}
