import { markAt, type Mark, type Pointer } from './marks';
import type { TextMap } from './text-map';

interface CaretPoint {
  node: Node;
  offset: number;
}

/** The text position under a viewport point, only when the point is really over that text. */
export function textPositionAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return undefined;
  const length = (caret.node as Text).data.length;
  // The caret sits between characters: test the characters on both sides.
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (offset < 0 || offset >= length) continue;
    const range = doc.createRange();
    range.setStart(caret.node, offset);
    range.setEnd(caret.node, offset + 1);
    for (const rect of range.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
        return { node: caret.node, offset };
      }
    }
  }
  return undefined;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | undefined {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const range = legacy?.call(doc, x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

const segmentsByNode = new WeakMap<TextMap, Map<Text, number[]>>();

/**
 * The text offset of a character the map holds, or undefined: unlike a
 * selection's lookup, a point over text the article does not include (a
 * caption, a credit, a byline, gallery controls) never falls forward to the
 * next analysed text.
 */
export function mappedOffsetAt(map: TextMap, node: Node, offset: number): number | undefined {
  let index = segmentsByNode.get(map);
  if (!index) {
    index = new Map();
    map.segments.forEach((seg, i) => {
      const list = index!.get(seg.node);
      if (list) list.push(i);
      else index!.set(seg.node, [i]);
    });
    segmentsByNode.set(map, index);
  }
  for (const i of index.get(node as Text) ?? []) {
    const seg = map.segments[i]!;
    if (offset >= seg.nodeStart && offset < seg.nodeStart + seg.length) return seg.start + offset - seg.nodeStart;
  }
  return undefined;
}

/** The mark under a viewport point whose note the pointer opens; undefined anywhere else. */
export function markAtPoint(doc: Document, map: TextMap, marks: readonly Mark[], x: number, y: number, pointer: Pointer): Mark | undefined {
  const position = textPositionAt(doc, x, y);
  if (!position) return undefined;
  const offset = mappedOffsetAt(map, position.node, position.offset);
  return offset === undefined ? undefined : markAt(marks, offset, pointer);
}
