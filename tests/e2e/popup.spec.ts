import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from '../../scripts/lib/browser';
import { overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { summarize } from '../../src/analysis/summary';
import { AnalysisSchema, type Analysis } from '../../src/shared/schema';

const SCREENSHOTS = resolve('tests/e2e/__screenshots__');

let demo: StaticServer;
let pages: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  demo = await serveFolder(resolve('assets/demo'));
  pages = await serveFolder(resolve('tests/fixtures/pages'));
  browser = await launchWithExtension();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  await pages?.close();
});

async function open(url: string, expected = 'annotated'): Promise<Page> {
  const { page, state } = await browser.openPage(url);
  expect(state).toBe(expected);
  return page;
}

/** The page's Analysis, asked of its content script as the popup asks for it. */
async function analysisOf(popup: Page): Promise<Analysis> {
  const tabId = Number(new URL(popup.url()).searchParams.get('tab'));
  const raw = await popup.evaluate(
    (id) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, { type: 'get-analysis' }, { frameId: 0 }),
    tabId,
  );
  return AnalysisSchema.parse(raw);
}

async function storedSettings(): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.sync.get('settings')).settings;
  });
}

async function storedSiteRules(): Promise<unknown> {
  return browser.worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    return (await api.storage.local.get('siteRules')).siteRules;
  });
}

async function writeStoredSettings(value: unknown): Promise<void> {
  await browser.worker.evaluate(async (v) => {
    const api = (globalThis as unknown as { chrome: { storage: { sync: { set(items: object): Promise<void> } } } }).chrome;
    await api.storage.sync.set({ settings: v });
  }, value);
}

describe('the popup on the demo article', () => {
  it('summarises exactly what the page analysed', async () => {
    const page = await open(`${demo.origin}/index.html`);
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    const summary = summarize(await analysisOf(popup));

    for (const label of ['sourced', 'vague', 'unsourced', 'opinion'] as const) {
      expect(await popup.textContent(`.legend [data-label="${label}"] .count`)).toBe(String(summary.counts[label]));
    }
    const total = summary.counts.sourced + summary.counts.vague + summary.counts.unsourced + summary.counts.opinion;
    expect(await popup.textContent('#claims-heading')).toBe(`${total} claims`);
    const sources = await popup.locator('#sources-heading + ul .name').allTextContents();
    expect(sources).toEqual(summary.sources.map((s) => s.name));
    const names = await popup.locator('#entities-heading + ul .name').allTextContents();
    expect(names).toEqual(summary.entities.map((e) => e.name));
    const claims = await popup.locator('#check-heading + ol .claim').allTextContents();
    expect(claims).toEqual(summary.claimsToCheck.map((c) => c.text));
    await popup.close();
    await page.close();
  });

  it('jumps to a claim: the page scrolls and the claim’s note opens', async () => {
    const page = await open(`${demo.origin}/index.html`);
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    const last = popup.locator('#check-heading + ol .claim').last();
    const text = (await last.textContent()) ?? '';
    await last.click();
    await page.bringToFront();
    const note = overlayLocator(page, '.card');
    await note.waitFor();
    expect(await note.textContent()).toContain('Unsourced');
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-active'))).toBe(true);
    // The sentence is now in the viewport.
    const box = await locateText(page, text.slice(0, 40), { scroll: false });
    const visible = box.top >= 0 && box.bottom <= (page.viewportSize()?.height ?? 0);
    expect(visible).toBe(true);
    await popup.close();
    await page.close();
  });

  it('exports the analysis as JSON and Markdown that match the page', async () => {
    const page = await open(`${demo.origin}/index.html`);
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    const analysis = await analysisOf(popup);

    const [json] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download .json' }).click()]);
    expect(json.suggestedFilename()).toBe('sourcelight-analysis.json');
    expect(AnalysisSchema.parse(JSON.parse(readFileSync((await json.path())!, 'utf8')))).toEqual(analysis);

    const [markdown] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Download .md' }).click()]);
    const md = readFileSync((await markdown.path())!, 'utf8');
    expect(md).toContain('## Sources cited');
    for (const source of summarize(analysis).sources) expect(md).toContain(source.name.replace(/([\\`*_[\]<>#|])/g, '\\$1'));
    await popup.close();
    await page.close();
  });

  it('remembers "never" and "always" for a site across reloads', async () => {
    const page = await open(`${demo.origin}/index.html`);
    let popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    await popup.locator('.site-rule select').selectOption('never');
    await page.waitForSelector('sourcelight-overlay[data-state="off"]', { state: 'attached' });
    await popup.close();

    await page.reload();
    expect(await waitForFinalState(page)).toBe('off');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);

    popup = await browser.openPopup(page);
    await popup.waitForSelector('.state-message[data-state="off"]');
    await popup.locator('.site-rule select').selectOption('always');
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { state: 'attached' });
    await popup.close();
    await page.reload();
    expect(await waitForFinalState(page)).toBe('annotated');

    popup = await browser.openPopup(page);
    await popup.locator('.site-rule select').selectOption('default');
    // "Default" forgets the rule: nothing shows on the page, so wait for storage.
    await expect.poll(async () => ((await storedSiteRules()) as { sites?: object } | undefined)?.sites).toEqual({});
    await popup.close();
    await page.close();
  });

  it('works from the keyboard alone, with named controls', async () => {
    const page = await open(`${demo.origin}/index.html`);
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    // Every control has a name a screen reader can announce.
    const unnamed = await popup.evaluate(() =>
      [...document.querySelectorAll('button, select, [role="switch"]')].filter((el) => !(el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label'))).length,
    );
    expect(unnamed).toBe(0);
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('switch');
    await popup.keyboard.press('Space');
    await page.waitForSelector('sourcelight-overlay[data-state="off"]', { state: 'attached' });
    await popup.keyboard.press('Space');
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { state: 'attached' });
    await popup.close();
    await page.close();
  });

  it('saves screenshots of the popup and a note, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(`${demo.origin}/index.html`);
      await page.emulateMedia({ colorScheme: scheme });
      const popup = await browser.openPopup(page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 900 });
      await popup.waitForSelector('.summary');
      await popup.screenshot({ path: resolve(SCREENSHOTS, `popup-${scheme}.png`), fullPage: true, animations: 'disabled' });
      await popup.close();

      await page.bringToFront();
      const point = await locateText(page, 'told');
      await page.mouse.click(point.x, point.y);
      await overlayLocator(page, '.card').waitFor();
      await page.screenshot({ path: resolve(SCREENSHOTS, `note-${scheme}.png`), animations: 'disabled' });
      await page.close();
    }
  });
});

describe('the popup on a saved real page', () => {
  it('shows the summary of a real article', async () => {
    const page = await open(`${pages.origin}/wapo-2/source.html`);
    const popup = await browser.openPopup(page);
    await popup.waitForSelector('.summary');
    const summary = summarize(await analysisOf(popup));
    expect(summary.counts.sourced).toBeGreaterThan(0);
    expect(await popup.locator('#sources-heading + ul .name').allTextContents()).toEqual(summary.sources.map((s) => s.name));
    await popup.close();
    await page.close();
  });

  it('explains an article in a language without a pack, naming the languages there are, and offers no switch', async () => {
    const page = await open(`${pages.origin}/lemonde-1/source.html`, 'unsupported-language');
    const popup = await browser.openPopup(page);
    const message = popup.locator('.state-message[data-state="unsupported-language"]');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/English and German.*French/);
    expect(await popup.getByRole('switch').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('settings', () => {
  it('round-trip from the options page through storage to the page’s marks', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const opinion = options.locator('input[name="label-opinion"]');
    await opinion.waitFor();
    expect(await opinion.isChecked()).toBe(true);
    await opinion.uncheck();
    await expect.poll(async () => (await storedSettings()) as { labels?: { opinion?: boolean } }).toMatchObject({ labels: { opinion: false } });
    await options.reload();
    await options.locator('input[name="label-opinion"]').waitFor();
    expect(await options.locator('input[name="label-opinion"]').isChecked()).toBe(false);

    const page = await open(`${demo.origin}/index.html`);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-opinion'))).toBe(false);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-unsourced'))).toBe(true);

    await options.bringToFront();
    await options.locator('input[name="label-opinion"]').check();
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('sourcelight-opinion'))).toBe(true);
    await options.close();
    await page.close();
  });

  it('repairs a corrupted stored value with a notice instead of failing', async () => {
    await writeStoredSettings({ version: 1, labels: 'garbage', noteDelayMs: -5, sites: { 'example.org': 'never', bad: 42 } });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const notice = options.locator('.notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/reset/);
    expect(await storedSettings()).toMatchObject({ labels: { sourced: true, opinion: true }, noteDelayMs: 350 });
    // The valid site rule moved to this device's list, out of the synced item.
    expect(await storedSettings()).not.toHaveProperty('sites');
    expect(await storedSiteRules()).toEqual({ version: 1, sites: { 'example.org': 'never' } });
    await options.close();
  });
});
