import type { Page } from 'playwright-core';

/** Where a piece of text sits in the viewport: its box and centre. */
export interface TextBox {
  x: number;
  y: number;
  top: number;
  bottom: number;
}

/**
 * The viewport box of the first occurrence of `needle` in the page's body text,
 * scrolled to the middle of the screen first unless `scroll` is false; throws
 * when the text is not on the page.
 */
export async function locateText(page: Page, needle: string, options: { scroll?: boolean } = {}): Promise<TextBox> {
  const box = await page.evaluate(
    ([text, scroll]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(text);
        if (at === -1) continue;
        if (scroll) node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, top: rect.top, bottom: rect.bottom };
      }
      return null;
    },
    [needle, options.scroll ?? true] as const,
  );
  if (!box) throw new Error(`"${needle}" is not on the page`);
  return box;
}
