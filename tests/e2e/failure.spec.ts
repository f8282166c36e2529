import { describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession('assets/demo');

describe('when analysis fails', () => {
  it('leaves the page untouched, says so, and offers details to copy — nothing is sent', async () => {
    // Break the engine from the inside: every analysis in the service worker now throws.
    await session.browser.worker.evaluate(() => {
      const original = String.prototype.toLowerCase;
      (globalThis as unknown as { __restore: () => void }).__restore = () => {
        String.prototype.toLowerCase = original;
      };
      String.prototype.toLowerCase = function () {
        throw new Error('simulated engine failure');
      };
    });
    const page = await session.browser.context.newPage();
    await page.goto(`${session.server.origin}/index.html`);
    const before = await page.evaluate(() => document.body.outerHTML);
    expect(await waitForFinalState(page)).toBe('error');
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    const popup = await session.browser.openPopup(page);
    const error = popup.locator('.state-message[data-state="error"]');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/could not analyse this page/);
    expect(await popup.locator('details pre').textContent()).toContain('simulated engine failure');
    await popup.getByRole('button', { name: 'Copy details' }).click();
    // The clipboard write resolved (reading it back needs a permission the extension does not ask for).
    await popup.getByRole('button', { name: 'Copied' }).waitFor();
    expect(session.browser.extensionRequests).toEqual([]);
    await popup.close();

    await session.browser.worker.evaluate(() => (globalThis as unknown as { __restore: () => void }).__restore());
    await page.reload();
    expect(await waitForFinalState(page)).toBe('annotated');
    await page.close();
  });
});
