import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from '../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

const DIR = resolve('tests/fixtures/verdict');
const english = JSON.parse(readFileSync(resolve('assets/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/**
 * Pages written to be refused (tests/fixtures/verdict/labels.json), with the clause the popup must give for
 * each, and what analysing anyway gives: marks, or a plain sentence that nothing was found, without the button again.
 */
const PAGES: ReadonlyArray<[string, string, 'annotated' | 'notArticle_no_main_text']> = [
  ['section-front.html', 'notArticle_teasers', 'annotated'],
  ['search-results.html', 'notArticle_teasers', 'annotated'],
  ['gallery.html', 'notArticle_little_prose', 'annotated'],
  ['app-shell.html', 'notArticle_short_prose', 'annotated'],
  ['blog-front.html', 'notArticle_front_page', 'annotated'],
  ['category-archive.html', 'notArticle_listing', 'annotated'],
];

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await serveFolder(DIR);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Fronts, lists, galleries and apps stay not-article in a real browser, the popup says why in the
// catalogue's words, and "Analyse this page anyway" then annotates what Readability picked.
describe('pages that are not articles', () => {
  it.each(PAGES)('%s: refused (%s), then analysed anyway from the popup (%s)', async (file, reasonKey, anyway) => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${file}`, { waitUntil: 'domcontentloaded' });
    expect(await waitForFinalState(page, 30_000)).toBe('not-article');
    const popup = await browser.openPopup(page);
    const notice = popup.locator('[data-state="not-article"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain(english[reasonKey]!.message.replace(/\.$/, ''));
    await popup.getByRole('button', { name: english.analyseAnyway!.message }).click();
    if (anyway === 'annotated') {
      await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { state: 'attached', timeout: 30_000 });
    } else {
      await popup.locator('[data-state="not-article"]', { hasText: english[anyway]!.message }).waitFor({ timeout: 30_000 });
      expect(await popup.getByRole('button', { name: english.analyseAnyway!.message }).count()).toBe(0);
    }
    await popup.close();
    await page.close();
  });
});
