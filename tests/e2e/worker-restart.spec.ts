import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { HOSTILE_PAGES, writeHostilePages } from './support/hostile-pages';

/**
 * The browser stops an extension's service worker whenever it likes (idle,
 * memory, updates). A page whose analysis was cut off must recover by itself,
 * and one tab's long analysis must not hold up the others.
 */
let dir: string;
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sourcelight-worker-'));
  server = await serveFolder(dir, writeHostilePages(dir));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const url = (name: keyof typeof HOSTILE_PAGES) => `${server.origin}/${HOSTILE_PAGES[name].file}`;

describe('when the service worker stops', () => {
  it('a page whose analysis was cut off asks the restarted worker again and is annotated, with no raw error', async () => {
    // The worker gets stuck inside the engine on its next analysis, and says so.
    const stuck = new Promise<void>((resolve) => {
      browser.worker.on('console', (message) => {
        if (message.text() === 'sourcelight-test: stuck in analysis') resolve();
      });
    });
    await browser.worker.evaluate(() => {
      String.prototype.toLowerCase = function () {
        console.log('sourcelight-test: stuck in analysis');
        for (;;) {
          // Busy for good: only stopping the worker ends this.
        }
      };
    });
    const page = await browser.context.newPage();
    await page.goto(url('strictCsp'));
    await stuck;
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The content script retries once on the fresh worker (the stuck engine patch died with the old one).
    expect(await waitForFinalState(page, 5_000)).toBe('annotated');
    const state = (await browser.context.serviceWorkers().at(-1)!.evaluate(async () => {
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
    const long = await browser.context.newPage();
    await long.goto(url('huge'), { waitUntil: 'domcontentloaded' });
    const short = await browser.context.newPage();
    await short.goto(url('strictCsp'));
    expect(await waitForFinalState(short)).toBe('annotated');
    expect(await waitForFinalState(long, 90_000)).toBe('annotated');
    await short.close();
    await long.close();
  }, 120_000);
});
