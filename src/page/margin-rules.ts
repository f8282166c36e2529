import { DrawnLayer } from './drawn-layer';
import type { Mark } from './marks';
import { isBlockElement } from './text-map';

/** How far left of its paragraph a rule sits, and its width. */
const OFFSET = 10;
const WIDTH = 3;
/** Beyond this many rules the layer stops measuring and drawing: one per run of sentences, so real articles stay far below it. */
const MAX_RULES = 1500;

/**
 * A quiet rule per run of same-label sentences in a paragraph, in the left
 * margin, in the label's colour and line style. Not a highlight: the text
 * itself stays unmarked. Rules sit in our shadow root, above the page, and let
 * the pointer through.
 */
export const MARGIN_RULE_CSS = `
.rules { position: absolute; top: 0; left: 0; width: 0; height: 0; pointer-events: none; }
.rules > div { position: absolute; pointer-events: none; box-sizing: border-box; width: ${WIDTH}px; opacity: 0.75; }
.r-sourced { border-left: ${WIDTH}px double var(--sourced-line); }
.r-vague { border-left: ${WIDTH}px dashed var(--vague-line); }
.r-unsourced { border-left: ${WIDTH}px dotted var(--unsourced-line); }
.r-opinion { border-left: ${WIDTH}px solid var(--opinion-line); }
`;

type SentenceMark = Extract<Mark, { sentence: number }>;

/**
 * Draws margin rules for quiet sentence marks in document coordinates, so
 * scrolling needs no redraw; a resize or a reflow of the page redraws them.
 */
export class MarginRules extends DrawnLayer {
  private items: Array<{ mark: SentenceMark; range: Range }> = [];
  apply(marks: readonly Mark[], rangeFor: (start: number, end: number) => Range | undefined): void {
    this.items = [];
    for (const mark of marks) {
      if (!('sentence' in mark) || !mark.quiet) continue;
      const range = rangeFor(mark.start, mark.end);
      if (range && !range.collapsed) this.items.push({ mark, range });
    }
    this.show();
  }

  protected isEmpty(): boolean {
    return this.items.length === 0;
  }

  protected forget(): void {
    this.items = [];
  }

  protected draw(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const rules: HTMLElement[] = [];
    let run: { kind: string; block: Element | null; left: number; top: number; bottom: number } | undefined;
    const flush = () => {
      if (!run) return;
      const rule = this.doc.createElement('div');
      rule.className = `r-${run.kind}`;
      const left = Math.max(0, run.left - OFFSET) + win.scrollX;
      rule.style.cssText = `left:${left}px;top:${run.top + win.scrollY}px;height:${Math.max(1, run.bottom - run.top)}px`;
      rules.push(rule);
    };
    for (const { mark, range } of this.items) {
      if (rules.length >= MAX_RULES) break;
      const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      if (rects.length === 0) continue;
      const block = blockOf(range.startContainer);
      const top = Math.min(...rects.map((r) => r.top));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      const left = block?.getBoundingClientRect().left ?? Math.min(...rects.map((r) => r.left));
      if (run && run.kind === mark.kind && run.block === block && top <= run.bottom + 2) {
        run.bottom = Math.max(run.bottom, bottom);
        continue;
      }
      flush();
      run = { kind: mark.kind, block, left, top, bottom };
    }
    flush();
    this.layer.replaceChildren(...rules);
  }
}

/** The paragraph, list item or other block a text position sits in. */
function blockOf(node: Node): Element | null {
  for (let el = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isBlockElement(el)) return el;
  }
  return null;
}
