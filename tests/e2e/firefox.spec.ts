import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../scripts/lib/find-browsers';
import { readSavedPages } from '../../scripts/lib/page-expectations';
import { readHtmlArticle } from '../../scripts/lib/read-article';
import { analyze, loadLanguagePack, summarize } from '../../src/analysis';
import { repoModels } from '../../scripts/lib/repo-models';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';

const FIREFOX = findBrowser('firefox');
const EXTENSION = resolve('.output/firefox-mv2');
const PAGES_DIR = resolve('tests/fixtures/pages');
/** The saved articles in a language other than English that has a pack (heise, tagesschau, welt: German). */
const OTHER_LANGUAGE_ARTICLES = readSavedPages(PAGES_DIR).filter((p) => p.expect === 'article' && p.language !== undefined && p.language !== 'en');

let server: StaticServer;
let pagesServer: StaticServer;

/** The popup's counts for a saved page as the engine in Node gives them with one language's pack. */
async function countsWith(name: string, url: string, language: string): Promise<Record<string, number>> {
  const article = readHtmlArticle(readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'), url);
  if (!article.ok) throw new Error(`${name}: ${article.state}`);
  await loadLanguagePack(language, repoModels);
  return summarize(analyze(article.text, { links: article.links, blocks: article.blocks, language })).counts;
}

/** How far apart two sets of counts are: the sum of their differences. */
function distance(a: Record<string, number>, b: Record<string, number>): number {
  return Object.keys(b).reduce((sum, key) => sum + Math.abs((a[key] ?? 0) - b[key]!), 0);
}
let browser: Browser;

const hasFirefox = FIREFOX !== undefined;

beforeAll(async () => {
  if (!hasFirefox) return;
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`No Firefox build in ${EXTENSION}: run \`npm run build:firefox\` first.`);
  server = await serveFolder(resolve('assets/demo'));
  pagesServer = await serveFolder(PAGES_DIR);
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
  await pagesServer?.close();
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

  it('has saved articles in a language other than English to walk', () => expect(OTHER_LANGUAGE_ARTICLES.length).toBeGreaterThanOrEqual(3));

  it.each(OTHER_LANGUAGE_ARTICLES.map((p) => [p.name, p.language!] as const))('annotates the saved %s page (%s) with its language pack', async (name, language) => {
    const page = await browser.newPage();
    const url = `${pagesServer.origin}/${name}/source.html`;
    await page.goto(url);
    const final = await page.waitForFunction(
      () => {
        const state = document.querySelector('sourcelight-overlay')?.getAttribute('data-state');
        return state && state !== 'annotating' ? state : false;
      },
      { timeout: 30_000, polling: 50 },
    );
    expect(await final.jsonValue()).toBe('annotated');
    const counts = JSON.parse((await page.$eval('sourcelight-overlay', (el) => el.getAttribute('data-counts'))) ?? '{}') as Record<string, number>;
    expect(counts.sourced! + counts.vague! + counts.unsourced! + counts.opinion!).toBeGreaterThan(0);
    // Its language's pack made them, not English's: the counts lie far nearer to that pack's in Node (the
    // English pack takes every capitalised German noun for a name and knows no German verb of saying).
    const own = distance(counts, await countsWith(name, url, language));
    const english = distance(counts, await countsWith(name, url, 'en'));
    expect(own, `${JSON.stringify(counts)}: ${own} from the ${language} pack's, ${english} from English's`).toBeLessThan(english / 2);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
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
