const HEADING = /^h[1-6]$/;

/** What the furniture rules and the learned filter read of one candidate block. */
export interface BlockInfo {
  el: Element;
  tag: string;
  text: string;
  chars: number;
  links: number;
  linkChars: number;
  linkShare: number;
  heading: boolean;
  /** The block sits inside a link (a teaser's headline wrapped in `<a>`): all its text is link text. */
  insideLink: boolean;
}

/** Elements whose text no reader sees: an ad slot's script is not its label's words. */
export const UNSEEN = 'script, style, noscript, template';

/** An element's text as read, without the elements `skipped` names (by default the code inside it). */
export function readableText(el: Element, skipped = UNSEEN): string {
  if (!el.querySelector(skipped)) return el.textContent ?? '';
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) parts.push((child as Text).data);
      else if (child.nodeType === 1 && !(child as Element).matches(skipped)) walk(child);
    }
  };
  walk(el);
  return parts.join('');
}

export function describeBlock(el: Element): BlockInfo {
  const text = readableText(el).replace(/\s+/g, ' ').trim();
  let linkChars = 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) {
    const length = (a.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (length === 0) continue;
    links++;
    linkChars += length;
  }
  const tag = el.localName.toLowerCase();
  const insideLink = tag !== 'a' && el.closest('a') !== null;
  if (tag === 'a') {
    links = 1;
    linkChars = text.length;
  } else if (insideLink) {
    linkChars = text.length;
  }
  const linkShare = text.length ? Math.min(1, linkChars / text.length) : 0;
  return { el, tag, text, chars: text.length, links, linkChars, linkShare, heading: HEADING.test(tag), insideLink };
}
