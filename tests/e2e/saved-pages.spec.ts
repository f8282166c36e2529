import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, waitForFinalState, type ExtensionBrowser } from '../../scripts/lib/browser';
import { readSavedPages } from '../../scripts/lib/page-expectations';
import { languagePack, loadLanguagePack } from '../../src/analysis';
import { repoModels } from '../../scripts/lib/repo-models';
import { AnalysisSchema } from '../../src/shared/schema';
import { serveFolder, type StaticServer } from '../../scripts/lib/static-server';
import { installPageProbe, readProbe } from './support/page-probe';

const PAGES_DIR = resolve('tests/fixtures/pages');
const pages = readSavedPages(PAGES_DIR);

let server: StaticServer;
let browser: ExtensionBrowser;
const table: string[] = [];

beforeAll(async () => {
  server = await serveFolder(PAGES_DIR);
  browser = await launchWithExtension();
  await installPageProbe(browser.context);
});

afterAll(async () => {
  if (table.length) {
    console.log(['', '| page | expected | state | ms to final | long tasks | counts |', '|---|---|---|---|---|---|', ...table].join('\n'));
  }
  await browser?.close();
  await server?.close();
});

/**
 * The page was analysed with its own language's pack: the Analysis names it, and on pages that report speech
 * an attribution rests on a verb of saying that pack knows and English's does not ('sagte', 'erklärt'); the
 * English pack finds none in a German article. (heise reports no one: its only verbs of saying were misreadings.)
 */
async function expectOwnPack(reply: unknown, language: string, reportsSpeech: boolean): Promise<void> {
  const analysis = AnalysisSchema.parse(reply);
  expect(analysis.language).toBe(language);
  if (!reportsSpeech) return;
  const own = (await loadLanguagePack(language, repoModels)).lexicon.reportingForms;
  const english = languagePack('en').lexicon.reportingForms;
  const verbs = analysis.sentences
    .flatMap((s) => s.cues)
    .filter((c) => c.kind === 'reporting-verb')
    .flatMap((c) => analysis.text.slice(c.start, c.end).toLowerCase().split(/\s+/u));
  expect(verbs.filter((word) => own.has(word) && !english.has(word))).not.toEqual([]);
}

describe('saved real pages, served from 127.0.0.1 with every other host blocked', () => {
  it.each(pages.map((p) => [p.name, p.expect, p.language] as const))('%s → %s', async (name, expected, language) => {
    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));
    await page.goto(`${server.origin}/${name}/source.html`, { waitUntil: 'domcontentloaded' });
    const state = await waitForFinalState(page, 30_000);
    const probe = await readProbe(page);
    const counts = (await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '';
    table.push(`| ${name} | ${expected} | ${state} | ${probe.msToFinal ?? '–'} | ${probe.longTasks.join(', ') || 'none'} | ${counts} |`);

    const wanted = { article: 'annotated', 'not-article': 'not-article', 'unsupported-language': 'unsupported-language', unknown: state }[expected];
    expect(state).toBe(wanted);
    // Our marks never touch the page's own text or tree.
    expect(probe.textAfter).toBe(probe.textBefore);
    // Uncaught errors that come from the extension (the page's own scripts may fail offline).
    expect(pageErrors.filter((e) => e.includes('chrome-extension://'))).toEqual([]);
    if (state === 'annotated') {
      const parsed = JSON.parse(counts) as Record<string, number>;
      expect(parsed.sourced! + parsed.vague! + parsed.unsourced! + parsed.opinion!).toBeGreaterThan(0);
      if (language && language !== 'en') await expectOwnPack(await browser.analysisFor(page), language, name !== 'heise');
    } else {
      expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    }
    await page.close();
  });

  it('"Analyse this page anyway" in the popup annotates a page not taken for an article, and says why it was not', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/mozilla-1/source.html`, { waitUntil: 'domcontentloaded' });
    expect(await waitForFinalState(page, 30_000)).toBe('not-article');
    const popup = await browser.openPopup(page);
    const notice = popup.locator('[data-state="not-article"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('does not look like a single article');
    await popup.getByRole('button', { name: 'Analyse this page anyway' }).click();
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { state: 'attached', timeout: 30_000 });
    await popup.close();
    await page.close();
  });

  it('the keyboard toggle on a page not taken for an article analyses it anyway', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/wikipedia/source.html`, { waitUntil: 'domcontentloaded' });
    expect(await waitForFinalState(page, 30_000)).toBe('not-article');
    await browser.sendToPage(page, { type: 'command', command: 'toggle-marks' });
    await page.waitForSelector('sourcelight-overlay[data-state="annotated"]', { state: 'attached', timeout: 30_000 });
    await page.close();
  });

  it('the service worker logged no uncaught error and nothing left 127.0.0.1 unblocked', async () => {
    expect(await browser.workerErrors()).toEqual([]);
    expect(browser.blockedRequests.filter((url) => url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
