const ELEMENT_NODE = 1;

/**
 * The nearest element holding every one of `nodes` (for one element, itself), climbing no higher than the
 * document's root element; none for no nodes or a text node outside any element.
 */
export function commonAncestor(nodes: readonly Node[]): Element | undefined {
  const first = nodes[0];
  let root = first?.nodeType === ELEMENT_NODE ? (first as Element) : (first?.parentElement ?? undefined);
  if (!root) return undefined;
  for (const node of nodes) {
    while (!root.contains(node) && root.parentElement) root = root.parentElement;
  }
  return root;
}
