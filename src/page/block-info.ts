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

export function describeBlock(el: Element): BlockInfo {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
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
