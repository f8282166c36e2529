export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where a note goes so that it never covers what it explains (the whole
 * sentence of a claim, or a name): below it, else above it, else beside it,
 * always inside the viewport. Only when none of these fits (a sentence taller
 * than the window, a tiny window) does it fall back to the nearest edge below.
 */
export function placeNote(anchor: readonly Rect[], size: { width: number; height: number }, viewport: { width: number; height: number }, gap = 8): { left: number; top: number } {
  const fallbackRect: Rect = { left: gap, top: gap, right: gap, bottom: gap };
  const first = anchor[0] ?? fallbackRect;
  const bounds = anchor.reduce<Rect>(
    (b, r) => ({ left: Math.min(b.left, r.left), top: Math.min(b.top, r.top), right: Math.max(b.right, r.right), bottom: Math.max(b.bottom, r.bottom) }),
    first,
  );
  const clampLeft = (left: number) => Math.max(gap, Math.min(left, viewport.width - size.width - gap));
  const clampTop = (top: number) => Math.max(gap, Math.min(top, viewport.height - size.height - gap));
  const fitsTop = (top: number) => top >= gap && top + size.height <= viewport.height - gap;
  const fitsLeft = (left: number) => left >= gap && left + size.width <= viewport.width - gap;

  const below = bounds.bottom + gap;
  if (fitsTop(below)) return { left: clampLeft(first.left), top: below };
  const above = bounds.top - size.height - gap;
  if (fitsTop(above)) return { left: clampLeft(first.left), top: above };
  const right = bounds.right + gap;
  if (fitsLeft(right)) return { left: right, top: clampTop(bounds.top) };
  const left = bounds.left - size.width - gap;
  if (fitsLeft(left)) return { left, top: clampTop(bounds.top) };
  return { left: clampLeft(first.left), top: clampTop(below) };
}
