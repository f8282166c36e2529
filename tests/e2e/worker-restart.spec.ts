import { describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { useHostilePagesSession } from './support/extension-session';

/**
 * The browser stops an extension's service worker whenever it likes (idle,
 * memory, updates). A page whose analysis was cut off must recover by itself,
 * and one tab's long analysis must not hold up the others.
 */
const session = useHostilePagesSession();

describe('when the service worker stops', () => {
  it('a page whose analysis was cut off asks the restarted worker again and is annotated, with no raw error', async () => {
    // The worker gets stuck inside the engine on its next analysis, and says so.
    const stuck = new Promise<void>((resolve) => {
      session.browser.worker.on('console', (message) => {
        if (message.text() === 'sourcelight-test: stuck in analysis') resolve();
      });
    });
    await session.browser.worker.evaluate(() => {
      String.prototype.toLowerCase = function () {
        console.log('sourcelight-test: stuck in analysis');
        for (;;) {
          // Busy for good: only stopping the worker ends this.
        }
      };
    });
    const page = await session.browser.context.newPage();
    await page.goto(session.url('strictCsp'));
    await stuck;
    const cdp = await session.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The content script retries once on the fresh worker (the stuck engine patch died with the old one).
    expect(await waitForFinalState(page, 5_000)).toBe('annotated');
    const state = (await session.browser.context.serviceWorkers().at(-1)!.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return api.tabs.sendMessage(tab!.id!, { type: 'get-page-state' }, { frameId: 0 });
    })) as { state: string; message?: string; details?: string };
    expect(state.state).toBe('annotated');
    expect(JSON.stringify(state)).not.toMatch(/ZodError|invalid_type|expected object/i);
    await cdp.detach();
    await page.close();
  });

  it('one tab’s very long article does not hold up a short one in another tab', async () => {
    const long = await session.browser.context.newPage();
    await long.goto(session.url('huge'), { waitUntil: 'domcontentloaded' });
    const short = await session.browser.context.newPage();
    await short.goto(session.url('strictCsp'));
    expect(await waitForFinalState(short)).toBe('annotated');
    expect(await waitForFinalState(long, 90_000)).toBe('annotated');
    await short.close();
    await long.close();
  }, 120_000);
});
