import { describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession('assets/demo');
const openDemo = () => session.open('index.html');

describe('reading the demo article', () => {
  it('marks claims and names, and opens a note on click', async () => {
    const page = await openDemo();
    const counts = JSON.parse((await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '{}');
    expect(counts.sourced).toBeGreaterThan(0);
    expect(counts.entities).toBeGreaterThan(0);
    const highlights = await page.evaluate(() => [...CSS.highlights.keys()].sort());
    // The calm default paints the key words of claims without a named source, and names; sourced claims are margin rules.
    expect(highlights).toEqual(expect.arrayContaining(['sourcelight-unsourced', 'sourcelight-PER', 'sourcelight-ORG']));
    expect(highlights).not.toContain('sourcelight-sourced');

    const { x, y } = await locateText(page, 'Li Yanming');
    await page.mouse.click(x, y);
    const note = overlayLocator(page, '.card');
    await note.waitFor();
    expect(await note.getAttribute('role')).toBe('dialog');
    expect(await note.textContent()).toContain('Li Yanming');
    expect(await note.textContent()).toMatch(/China expert/);

    await page.keyboard.press('Escape');
    await note.waitFor({ state: 'detached' });
    await page.close();
  });

  it('leaves the page exactly as it was when switched off', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/index.html`);
    const before = await page.evaluate(() => document.body.outerHTML);
    expect(await waitForFinalState(page)).toBe('annotated');

    const popup = await session.browser.openPopup(page);
    await popup.getByRole('switch', { name: 'Marks on this page' }).click();
    await page.waitForSelector('sourcelight-overlay[data-state="off"]', { state: 'attached' });
    const after = await page.evaluate(() => ({
      body: document.body.outerHTML,
      highlights: CSS.highlights.size,
      sheets: document.adoptedStyleSheets.length,
    }));
    expect(after).toEqual({ body: before, highlights: 0, sheets: 0 });
    await popup.close();
    await page.close();
  });

  it('summarises the article in the popup', async () => {
    const page = await openDemo();
    const counts = JSON.parse((await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '{}');
    const popup = await session.browser.openPopup(page);
    await popup.waitForSelector('.summary');
    for (const label of ['sourced', 'vague', 'unsourced', 'opinion'] as const) {
      expect(await popup.textContent(`.legend [data-label="${label}"] .count`)).toBe(String(counts[label]));
    }
    expect(await popup.textContent('#sources-heading + ul')).toContain('Li Yanming');
    await popup.close();
    await page.close();
  });

  it('reaches no host but 127.0.0.1, and the extension itself makes no request at all', () => {
    expect(session.browser.blockedRequests).toEqual([]);
    expect(session.browser.extensionRequests).toEqual([]);
  });
});
