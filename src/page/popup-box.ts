import { CLOSE_MARKUP_WORDS, POPUP_MARKUP_WORDS } from './boilerplate-words';
import { markupTokens } from './boilerplate';
import { commonAncestor } from './dom-tree';

/**
 * Whether Readability's pick is a box beside the story rather than the story: a dialog, a flyout or a
 * popup (a contact box, a shipping-costs notice, a cookie notice) that its scoring took for the page's
 * main text because the story is short or split up. Such a box is then set aside and Readability asked
 * again (`article.ts`).
 */

/**
 * The popup-like element holding all of `texts` (the pick's text), if there is one: the texts' nearest
 * common element or one of its ancestors, below `body`, that is a dialog (`<dialog>`, `role="dialog"`,
 * `aria-modal`), named as a popup ("contact-flyout", "eu-cookie-law", "modal"), or opens or closes with a
 * close control of its own ("Schließen [X]"). An ancestor holding the page's headline or main region, or
 * nearly all of its text, is the page's own frame (a wrapper marked "modal-open" while a dialog is open),
 * not a box beside the story.
 */
export function popupAround(texts: readonly Text[], body: Element): Element | undefined {
  const box = commonAncestor(texts);
  if (!box || !body.contains(box) || box === body) return undefined;
  let pageChars: number | undefined;
  for (let el: Element | null = box; el && el !== body; el = el.parentElement) {
    if (!isPopup(el)) continue;
    if (el.querySelector(FRAME_PARTS)) return undefined;
    pageChars ??= visibleChars(body);
    return visibleChars(el) < PAGE_SHARE * pageChars ? el : undefined;
  }
  return undefined;
}

/** A box holding this share of the page's text or more is the page's frame, not a popup beside the story. */
const PAGE_SHARE = 0.8;
/** What only the page's frame holds, never a box laid over it. */
const FRAME_PARTS = 'h1, main, [role="main"]';

function isPopup(el: Element): boolean {
  const role = el.getAttribute('role')?.toLowerCase();
  if (el.localName.toLowerCase() === 'dialog' || role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true') return true;
  if (markupTokens(el).some((words) => words.some((w) => POPUP_MARKUP_WORDS.has(w)))) return true;
  return [el.firstElementChild, el.lastElementChild].some((child) => child !== null && isCloseControl(child));
}

/** A control closing its box: named so, and holding a label at most ("×", "Schließen [X]"), not a section of text ("box-close" comments). */
function isCloseControl(el: Element): boolean {
  return markupTokens(el).some((words) => words.some((w) => CLOSE_MARKUP_WORDS.has(w))) && visibleChars(el) <= CONTROL_CHARS;
}

/** The most characters a close control's label holds. */
const CONTROL_CHARS = 20;

const visibleChars = (el: Element): number => (el.textContent ?? '').replace(/\s+/g, '').length;
