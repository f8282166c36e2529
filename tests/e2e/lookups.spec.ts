import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { overlayLocator } from '../../scripts/lib/overlay-root';
import { serveWikipediaFixtures, type WikipediaFixtureServer } from './support/wikipedia-fixture-server';

/**
 * Opt-in Wikipedia lookups against a local stand-in for the API. The test build
 * (`wxt build --mode e2e`, in .output/chrome-mv3-e2e) has this run's fixture
 * server compiled in as its lookup address; the production build cannot be
 * pointed anywhere but Wikipedia.
 */
const E2E_DIR = resolve('.output/chrome-mv3-e2e');

let fixtures: WikipediaFixtureServer;
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  fixtures = await serveWikipediaFixtures();
  await promisify(execFile)('npx', ['wxt', 'build', '--mode', 'e2e'], {
    env: { ...process.env, SOURCELIGHT_E2E_LOOKUP_BASE_URL: fixtures.baseUrl },
    maxBuffer: 32 * 1024 * 1024,
  });
  server = await serveFolder(resolve('assets/demo'));
  browser = await launchWithExtension({ extensionDir: E2E_DIR });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fixtures?.close();
});

async function openDemo(): Promise<Page> {
  const { page, state } = await browser.openPage(`${server.origin}/index.html`);
  expect(state).toBe('annotated');
  return page;
}

const card = (page: Page) => overlayLocator(page, '.card');

/** Opens the note of the entity with this name, as the popup's "jump to" does. */
async function openEntityNote(page: Page, name: string): Promise<void> {
  const analysis = (await browser.analysisFor(page)) as { entities: Array<{ id: string; name: string }> };
  const entity = analysis.entities.find((e) => e.name === name);
  if (!entity) throw new Error(`No entity "${name}" in ${analysis.entities.map((e) => e.name).join(', ')}`);
  await browser.sendToPage(page, { type: 'jump-to', target: { kind: 'entity', id: entity.id } });
  await expect.poll(() => card(page).getAttribute('aria-label').catch(() => null), { timeout: 10_000, interval: 100 }).toBe(`Sourcelight note: ${name}`);
}

async function noteText(page: Page, name: string, waitFor?: string): Promise<string> {
  await openEntityNote(page, name);
  if (waitFor) {
    await expect.poll(async () => ((await card(page).textContent().catch(() => null)) ?? '').includes(waitFor), { timeout: 30_000, interval: 100 }).toBe(true);
  }
  return (await card(page).textContent()) ?? '';
}

describe('encyclopedia lookups', () => {
  it('are off by default: no request at all, and notes still get the offline gazetteer line', async () => {
    const page = await openDemo();
    const xiaomi = await noteText(page, 'Xiaomi', 'offline gazetteer');
    expect(xiaomi).toContain('From Sourcelight’s offline gazetteer: Chinese consumer electronics company');
    expect(xiaomi).not.toContain('From Wikipedia');
    // The recogniser tags Tesla as a place in this article; the gazetteer knows better.
    expect(await noteText(page, 'Tesla', 'offline gazetteer')).toContain('American electric vehicle');
    // The gazetteer's line is the answer to the page's only request; with lookups off it asks for nothing more.
    expect(fixtures.requests).toEqual([]);
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.blockedRequests).toEqual([]);
    await page.close();
  });

  it('are turned on in the options, with a plain explanation of what is sent', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const box = options.locator('input[name="lookups"]');
    expect(await box.isChecked()).toBe(false);
    expect(await options.locator('#lookups-explanation').textContent()).toMatch(/Only the names are sent/);
    await box.click();
    await options.waitForFunction(() => (document.querySelector('input[name="lookups"]') as HTMLInputElement).checked);
    const stored = await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, { lookups?: boolean }>> } } } }).chrome;
      return (await api.storage.sync.get('settings')).settings?.lookups;
    });
    expect(stored).toBe(true);
    expect(fixtures.requests).toEqual([]);
    await options.close();
  });

  it('then show Wikipedia summaries for the main entities, choosing the right page', async () => {
    const page = await openDemo();
    const xiaomi = await noteText(page, 'Xiaomi', 'From Wikipedia');
    expect(xiaomi).toContain('Xiaomi Corporation is a Chinese designer and manufacturer');
    expect(xiaomi).toContain('offline gazetteer');
    const link = overlayLocator(page, '.card a');
    expect(await link.getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Xiaomi');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    // extract_html carries an <img onerror>: only the plain extract is ever shown.
    expect(await overlayLocator(page, '.card img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');

    expect(await noteText(page, 'Lei Jun', 'From Wikipedia')).toContain('Chinese billionaire entrepreneur');
    expect(await noteText(page, 'Huawei', 'From Wikipedia')).toContain('Chinese multinational technology corporation');
    expect(await noteText(page, 'Chinese Communist Party', 'From Wikipedia')).toContain('sole ruling party');
    // "Tesla" is a disambiguation page: the company's page instead.
    expect(await noteText(page, 'Tesla', 'From Wikipedia')).toContain('Tesla, Inc. is an American multinational automotive');
    expect(await overlayLocator(page, '.card a').getAttribute('href')).toBe('https://en.wikipedia.org/wiki/Tesla%2C_Inc.');
    // "Galaxy Space" has no page; the company writes its name as one word.
    expect(await noteText(page, 'Galaxy Space', 'From Wikipedia')).toContain('GalaxySpace is a Chinese commercial aerospace company');
    // "Apple" is the fruit: the wrong sense for a company, so the company's page.
    const apple = await noteText(page, 'Apple', 'From Wikipedia');
    expect(apple).toContain('Apple Inc. is an American multinational');
    expect(apple).not.toContain('edible fruit');

    // Malformed, wrong-shaped, failing, slow and ambiguous answers leave the note as it was.
    for (const name of ['Starlink', 'Optimus', 'Li Yanming', 'Musk']) {
      expect(await noteText(page, name), name).not.toContain('From Wikipedia');
    }
    expect(fixtures.requests).toEqual(expect.arrayContaining(['Apple', 'Apple_(company)', 'Tesla', 'Tesla_(company)', 'Starlink', 'Optimus', 'Li_Yanming']));
    // Only names went out: one title per request, no query, nothing else from the page.
    expect(fixtures.rawRequests.every((r) => /^\/api\/rest_v1\/page\/summary\/[^?#/]+$/.test(r))).toBe(true);
    expect(fixtures.requests.length).toBeLessThanOrEqual(30);
    // The recorder does see the service worker's requests, so the zero of the first test means something.
    expect(browser.extensionRequests.length).toBeGreaterThan(0);
    expect(browser.extensionRequests.every((u) => u.startsWith(fixtures.baseUrl))).toBe(true);
    expect(browser.blockedRequests).toEqual([]);
    expect(await browser.workerErrors()).toEqual([]);
    await page.close();
  });

  it('work offline from the cache', async () => {
    // Let the extension give up on the slow request, then take the "API" down.
    await expect.poll(() => fixtures.heldOpen(), { timeout: 15_000 }).toBe(0);
    fixtures.setDown(true);
    const before = fixtures.requests.length;
    const page = await openDemo();
    expect(await noteText(page, 'Lei Jun', 'From Wikipedia')).toContain('Chinese billionaire entrepreneur');
    expect(await noteText(page, 'Apple', 'From Wikipedia')).toContain('Apple Inc.');
    // Cached pages and cached misses are not asked for again; only names that failed last time are.
    const again = fixtures.requests.slice(before);
    expect(again).not.toContain('Lei_Jun');
    expect(again).not.toContain('Apple');
    fixtures.setDown(false);
    await page.close();
  });
});
