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
