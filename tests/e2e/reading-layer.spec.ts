import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/browser';
import { inOverlay, overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { AnalysisSchema } from '../../src/shared/schema';

const SCREENSHOTS = resolve('tests/e2e/__screenshots__');
/** Saved pages with photo captions, credits, bylines or gallery controls around the article. */
const SWEPT_PAGES = ['cnn', 'citylab-1', 'engadget', 'guardian-1', 'nytimes-3', 'nytimes-4', 'quanta-1', 'theverge', 'tmz-1'];
/** Text that is not the article's: where a reader's pointer must open no note. */
const NOT_ARTICLE = 'figcaption, [class*="caption" i], [class*="credit" i], [class*="byline" i], [class*="gallery" i] button, [class*="gallery" i] a';

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

async function open(url: string): Promise<Page> {
  const { page, state } = await browser.openPage(url);
  expect(state).toBe('annotated');
  return page;
}

/** Sets the mark mode as the options page would, and waits for the page to repaint in it. */
async function setMode(page: Page, mode: 'attention' | 'everything'): Promise<void> {
  await browser.worker.evaluate(async (markMode) => {
    const storage = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, Record<string, unknown> | undefined>>; set(v: object): Promise<void> } } } }).chrome.storage.sync;
    const current = (await storage.get('settings')).settings ?? {};
    await storage.set({ settings: { ...current, markMode } });
  }, mode);
  await page.waitForFunction((m) => CSS.highlights.has('sourcelight-sourced') === (m === 'everything'), mode);
}

const noteOpen = (page: Page) => inOverlay(page, (root) => root.querySelector('.card') !== null);

describe('the calm default', () => {
  it('paints no sourced claim and no whole sentence, keeps a margin rule per claim, and switches to everything from the page', async () => {
    const page = await open(`${demo.origin}/index.html`);
    expect(await page.evaluate(() => CSS.highlights.has('sourcelight-sourced'))).toBe(false);
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual(expect.arrayContaining(['sourcelight-unsourced', 'sourcelight-PER']));
    expect(await inOverlay(page, (root) => root.querySelectorAll('.rules > div').length)).toBeGreaterThan(5);

    // The on-page control: closed it names the view; open, it is the legend and the switch.
    const toggle = overlayLocator(page, '.legend-toggle');
    expect(await toggle.textContent()).toMatch(/what needs attention/i);
    await toggle.click();
    await overlayLocator(page, '.legend-panel').waitFor();
    const legend = (await overlayLocator(page, '.legend-panel').textContent()) ?? '';
    for (const words of ['Sourced', 'Vaguely sourced', 'Unsourced', 'Opinion', 'Names']) expect(legend).toContain(words);
    await overlayLocator(page, 'input[value="everything"]').click();
    await page.waitForFunction(() => CSS.highlights.has('sourcelight-sourced'));
    expect(await inOverlay(page, (root) => root.querySelectorAll('.rules > div').length)).toBe(0);
    await setMode(page, 'attention');
    await page.close();
  });

  it('opens a note beside the sentence it explains, never over it, quoting it', async () => {
    const page = await open(`${demo.origin}/index.html`);
    const analysis = AnalysisSchema.parse(await browser.analysisFor(page));
    const sentence = analysis.sentences.find((s) => s.text.includes('is an alternative to'))!;
    const at = await locateText(page, 'is an alternative to');
    await page.mouse.click(at.x, at.y);
    await overlayLocator(page, '.card').waitFor();
    expect(await overlayLocator(page, '.card .quote').textContent()).toContain('is an alternative to');
    const card = await inOverlay(page, (root) => {
      const r = root.querySelector('.note')!.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    });
    // The first and last words of the sentence, wherever its lines fall.
    for (const words of [sentence.text.slice(0, 12), sentence.text.slice(-12)]) {
      const box = await locateText(page, words, { scroll: false });
      const overlaps = box.x > card.left && box.x < card.right && box.y > card.top && box.y < card.bottom;
      expect(overlaps, words).toBe(false);
    }
    await page.close();
  });
});

describe('text that is not the article', () => {
  it.each(SWEPT_PAGES)('opens no note when clicked or hovered on %s (captions, credits, bylines, gallery controls)', async (name) => {
    const page = await open(`${pages.origin}/${name}/source.html`);
    // Links in captions and galleries must not take the page away; our listener still sees the click.
    await page.evaluate(() => document.addEventListener('click', (e) => e.preventDefault(), true));
    const points = await page.evaluate((selector) => {
      const found: Array<{ text: string; index: number }> = [];
      document.querySelectorAll(selector).forEach((el, index) => {
        const text = (el.textContent ?? '').trim();
        if (text.length > 1 && (el as HTMLElement).getClientRects().length > 0) found.push({ text: text.slice(0, 40), index });
      });
      return found.slice(0, 12);
    }, NOT_ARTICLE);
    const opened: string[] = [];
    for (const { text, index } of points) {
      const point = await page.evaluate(
        ([selector, i]) => {
          const el = document.querySelectorAll(selector)[i]!;
          el.scrollIntoView({ block: 'center' });
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const data = (node as Text).data;
            const start = data.search(/\S/);
            if (start < 0) continue;
            const range = document.createRange();
            range.setStart(node, start);
            range.setEnd(node, Math.min(data.length, start + 3));
            const r = range.getClientRects()[0];
            if (r && r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          }
          return null;
        },
        [NOT_ARTICLE, index] as const,
      );
      if (!point) continue;
      // A click opens any mark under the pointer, painted or quiet; a resting pointer opens only painted ones,
      // through the same hit test, so no note on click means none on hover either.
      await page.mouse.click(point.x, point.y);
      if (await noteOpen(page)) {
        opened.push(text);
        await page.keyboard.press('Escape');
      }
    }
    expect(opened).toEqual([]);
    await page.close();
  });
});

describe('screenshots for the README', () => {
  const shots: Array<{ name: string; url: () => string }> = [
    { name: 'demo', url: () => `${demo.origin}/index.html` },
    { name: 'wapo-2', url: () => `${pages.origin}/wapo-2/source.html` },
    { name: 'guardian-1', url: () => `${pages.origin}/guardian-1/source.html` },
  ];
  it.each(shots)('of $name in the default and the "show everything" mode, light and dark', async ({ name, url }) => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const mode of ['attention', 'everything'] as const) {
        const page = await open(url());
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await setMode(page, mode);
        // The note of the article's first claim without a named source, as the popup's jump opens it.
        const analysis = AnalysisSchema.parse(await browser.analysisFor(page));
        const index = analysis.sentences.findIndex((s) => s.label === 'vague' || s.label === 'unsourced');
        await browser.sendToPage(page, { type: 'jump-to', target: { kind: 'sentence', index } });
        await overlayLocator(page, '.card').waitFor();
        await page.screenshot({ path: resolve(SCREENSHOTS, `reading-${name}-${mode}-${scheme}.png`), animations: 'disabled' });
        await setMode(page, 'attention');
        await page.close();
      }
    }
  });
});
