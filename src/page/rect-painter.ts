import { DrawnLayer } from './drawn-layer';
import type { MarkPainter } from './highlight';
import type { Mark, MarkKind } from './marks';

/** Beyond this many boxes the fallback stops drawing: it exists for older browsers, not giant pages. */
const MAX_BOXES = 6000;

/**
 * Styles of the fallback boxes: the same Okabe–Ito colours and line styles as
 * the highlights (see highlight-styles.ts for why these styles), drawn as
 * borders and tints.
 */
export const RECT_PAINTER_CSS = `
.marks { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.marks > div { position: absolute; pointer-events: none; box-sizing: border-box; }
.m-sourced { border-bottom: 3px double #0072b2; }
.m-vague { border-bottom: 2px dashed #e69f00; }
.m-unsourced { border-bottom: 3px dotted #d55e00; }
.m-opinion { border-bottom: 5px solid rgb(204 121 167 / 0.55); }
.m-PER { background: rgb(86 180 233 / 0.28); }
.m-ORG { background: rgb(0 158 115 / 0.24); }
.m-LOC { background: rgb(240 228 66 / 0.38); }
.m-MISC { background: rgb(153 153 153 / 0.24); }
.m-active { background: rgb(0 114 178 / 0.30); }
.high-contrast .m-PER, .high-contrast .m-ORG, .high-contrast .m-LOC, .high-contrast .m-MISC { background: rgb(255 255 0 / 0.55); }
.high-contrast .m-sourced, .high-contrast .m-vague, .high-contrast .m-unsourced, .high-contrast .m-opinion { border-bottom-width: 3px; }
`;

/**
 * Paints marks where the CSS Custom Highlight API is missing (Firefox before
 * 140): translucent boxes over each range's client rectangles, drawn in our
 * own shadow root above the page. The page's DOM is never touched, so its text
 * content stays exactly as it was, and removing the layer removes every mark.
 */
export class RectPainter extends DrawnLayer implements MarkPainter {
  private ranges: Array<{ kind: MarkKind; range: Range }> = [];
  private active: Range | undefined;
  apply(marks: Mark[], rangeFor: (start: number, end: number) => Range | undefined, highContrast = false): void {
    this.ranges = [];
    for (const mark of marks) {
      if (mark.quiet) continue;
      const range = rangeFor(mark.start, mark.end);
      if (range) this.ranges.push({ kind: mark.kind, range });
    }
    this.layer.classList.toggle('high-contrast', highContrast);
    this.show();
  }

  setActive(range: Range | undefined): void {
    this.active = range;
    this.draw();
  }

  protected isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  protected forget(): void {
    this.ranges = [];
    this.active = undefined;
  }

  /** Boxes in document coordinates, so scrolling the page needs no redraw. */
  protected draw(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const boxes: HTMLElement[] = [];
    const add = (kind: string, range: Range) => {
      for (const rect of range.getClientRects()) {
        if (boxes.length >= MAX_BOXES || rect.width === 0 || rect.height === 0) continue;
        const box = this.doc.createElement('div');
        box.className = `m-${kind}`;
        box.style.cssText = `left:${rect.left + win.scrollX}px;top:${rect.top + win.scrollY}px;width:${rect.width}px;height:${rect.height}px`;
        boxes.push(box);
      }
    };
    for (const { kind, range } of this.ranges) add(kind, range);
    if (this.active) add('active', this.active);
    this.layer.replaceChildren(...boxes);
  }
}
