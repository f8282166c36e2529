import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/lib/find-browsers';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

const FIREFOX = findBrowser('firefox');
const EXTENSION = resolve('.output/firefox-mv2');

let server: StaticServer;
let browser: Browser;

const hasFirefox = FIREFOX !== undefined;

beforeAll(async () => {
  if (!hasFirefox) return;
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`No Firefox build in ${EXTENSION}: run \`npm run build:firefox\` first.`);
  server = await serveFolder(resolve('assets/demo'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Every host but 127.0.0.1 goes to a proxy that refuses: the test cannot reach the internet.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '127.0.0.1',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  await browser.installExtension(EXTENSION);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!hasFirefox)('the Firefox build', () => {
  it('annotates the demo article in Firefox', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { timeout: 30_000 });
    const counts = JSON.parse((await page.$eval('sourcelight-overlay', (el) => el.getAttribute('data-counts'))) ?? '{}') as Record<string, number>;
    expect(counts.sourced).toBeGreaterThan(0);
    expect(counts.entities).toBeGreaterThan(0);
    // Firefox 140+ has the Custom Highlight API: marks are highlights there too, with no DOM change.
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(3);
    await page.close();
  }, 60_000);

  it('ignores a forged "content script started" event: the marks stay and it still follows the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { timeout: 30_000 });
    await page.evaluate(() => {
      const overlay = document.querySelector('sourcelight-overlay')!;
      const seen = { changes: 0 };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => seen.changes++).observe(overlay, { attributes: true, attributeFilter: ['data-state'] });
      const type = 'sourcelight@sourcelight.dev:content:wxt:content-script-started';
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
    });
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(3);
    // A live content script starts over when the single-page app moves on: annotating, then annotated again.
    await page.evaluate(() => history.pushState({}, '', '/moved-on'));
    await page.waitForFunction(
      () => (window as unknown as { __seen: { changes: number } }).__seen.changes >= 2 && document.querySelector('sourcelight-overlay')?.getAttribute('data-state') === 'annotated',
      { timeout: 30_000 },
    );
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(3);
    await page.close();
  }, 60_000);
});
