import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { inOverlay, overlayLocator } from '../../scripts/lib/overlay-root';
import { PageStateSchema } from '../../src/shared/page-state';
import { AnalysisSchema, type Analysis } from '../../src/shared/schema';
import { useHostilePagesSession } from './support/extension-session';
import type { HostilePageName } from './support/hostile-pages';
import { installPageProbe, readProbe } from './support/page-probe';

const session = useHostilePagesSession();

beforeAll(async () => {
  await installPageProbe(session.browser.context);
  // Offsets are checked on every mark, so every claim and mention is painted: "show everything".
  await session.browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }).chrome.storage.sync.set({ settings: { markMode: 'everything' } }),
  );
});

interface Visit {
  page: Page;
  state: string;
  pageErrors: string[];
}

async function visit(name: HostilePageName, timeout = 30_000): Promise<Visit> {
  const page = await session.browser.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));
  await page.goto(session.url(name), { waitUntil: 'domcontentloaded', timeout });
  const state = await waitForFinalState(page, timeout);
  const probe = await readProbe(page);
  // Whatever the page, our marks leave its text exactly as it was.
  expect(probe.textAfter).toBe(probe.textBefore);
  return { page, state, pageErrors };
}

async function analysisOf(page: Page): Promise<Analysis> {
  return AnalysisSchema.parse(await session.browser.analysisFor(page));
}

/** The sentence the overlay and popup show the reader about this page, if any; never a library's own words. */
async function readerMessage(page: Page): Promise<string> {
  const state = PageStateSchema.parse(await session.browser.sendToPage(page, { type: 'get-page-state' }));
  const shown = await inOverlay(page, (root) => root.textContent ?? '');
  expect(shown).not.toMatch(/Aborting|elements found|Readability/);
  return state.message ?? '';
}

/** The text under every range of each of our highlights, by highlight name. */
async function highlightedText(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // Plain loops: one fixture replaces Array.prototype.map in this (the page's) world.
    CSS.highlights.forEach((highlight, name) => {
      const texts: string[] = [];
      for (const range of highlight as unknown as Iterable<Range>) texts.push(range.toString());
      out[name] = texts;
    });
    return out;
  });
}

/** Every mention and labelled sentence is painted over exactly its own text. */
async function expectExactOffsets(page: Page): Promise<void> {
  const analysis = await analysisOf(page);
  const painted = await highlightedText(page);
  const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
  for (const entity of analysis.entities) {
    const ranges = painted[`sourcelight-${entity.type}`] ?? [];
    for (const mention of entity.mentions) expect(ranges).toContain(mention.text);
  }
  for (const sentence of analysis.sentences) {
    if (!sentence.label) continue;
    expect((painted[`sourcelight-${sentence.label}`] ?? []).map(normalise)).toContain(normalise(sentence.text));
  }
}

/** Whether any of our highlight ranges starts or ends inside elements matching `selector`. */
async function markedInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => {
    const zones = document.querySelectorAll(sel);
    let inside = false;
    CSS.highlights.forEach((highlight) => {
      for (const range of highlight as unknown as Iterable<Range>) {
        for (const zone of zones) if (zone.contains(range.startContainer) || zone.contains(range.endContainer)) inside = true;
      }
    });
    return inside;
  }, selector);
}

describe('hostile and odd pages', () => {
  it('renders names and quotations made of markup as text, never as HTML', async () => {
    const { page, state } = await visit('markupInText');
    expect(state).toBe('annotated');
    const analysis = await analysisOf(page);
    const hostileSentence = analysis.sentences.findIndex((s) => s.label && s.text.includes('<img'));
    expect(hostileSentence).toBeGreaterThanOrEqual(0);
    const targets = [
      { kind: 'sentence', index: hostileSentence },
      ...analysis.entities.filter((e) => /[<>]/.test(e.name)).map((e) => ({ kind: 'entity', id: e.id })),
    ];
    for (const target of targets) {
      await session.browser.sendToPage(page, { type: 'jump-to', target });
      const card = overlayLocator(page, '.card');
      await card.waitFor();
      expect(await inOverlay(page, (root) => root.querySelectorAll('img, script, svg, iframe, b, i').length)).toBe(0);
    }
    expect(await overlayLocator(page, '.card').textContent()).toMatch(/[<>]/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('works under a strict Content-Security-Policy (styles adopted, not injected)', async () => {
    const { page, state } = await visit('strictCsp');
    expect(state).toBe('annotated');
    expect((await highlightedText(page))['sourcelight-sourced']?.length).toBeGreaterThan(0);
    await session.browser.sendToPage(page, { type: 'jump-to', target: { kind: 'sentence', index: 1 } });
    const card = overlayLocator(page, '.card');
    await card.waitFor();
    expect(await inOverlay(page, (root) => getComputedStyle(root.querySelector('.note')!).position)).toBe('fixed');
    await page.close();
  });

  it('is unaffected by a page that overwrites built-ins', async () => {
    const { page, state, pageErrors } = await visit('overwrittenBuiltins');
    expect(state).toBe('annotated');
    await expectExactOffsets(page);
    expect(pageErrors.filter((e) => e.includes('chrome-extension://'))).toEqual([]);
    await page.close();
  });

  it('marks only the top frame’s article, not the one in an iframe', async () => {
    const { page, state } = await visit('withIframe');
    expect(state).toBe('annotated');
    const frame = page.frames().find((f) => f.url().endsWith('/framed.html'));
    expect(frame).toBeDefined();
    // Nothing to wait for: the content script is declared for top frames only (no allFrames), so none starts in the frame.
    await frame!.waitForLoadState();
    expect(await frame!.evaluate(() => document.querySelector('sourcelight-overlay') !== null || CSS.highlights.size > 0)).toBe(false);
    await page.close();
  });

  it('never touches contenteditable regions or form fields', async () => {
    const { page, state } = await visit('editable');
    expect(state).toBe('annotated');
    expect(await markedInside(page, '[contenteditable], textarea, input')).toBe(false);
    await page.click('#editor p');
    // The click puts the caret wherever the paragraph's middle falls in the text; typing goes at the end.
    await page.keyboard.press('End');
    await page.keyboard.type(' Edited.');
    expect(await page.textContent('#editor')).toContain('next year. Edited.');
    expect(await page.inputValue('#comment')).toBe('Harbor Engineering Ltd said nothing about this, according to my neighbour.');
    await page.close();
  });

  it('skips code blocks', async () => {
    const { page, state } = await visit('codeBlock');
    expect(state).toBe('annotated');
    expect(await markedInside(page, 'pre')).toBe(false);
    expect((await analysisOf(page)).text).not.toContain('console.log');
    await page.close();
  });

  it('leaves content inside an open shadow root alone', async () => {
    const { page, state } = await visit('shadowContent');
    expect(state).toBe('annotated');
    expect(await page.evaluate(() => document.getElementById('host')!.shadowRoot!.getElementById('inside')!.textContent)).toBe(
      'A paragraph inside a shadow root, where Mayor Alicia Moreno said the vote was final.',
    );
    await page.close();
  });

  it('keeps offsets exact in right-to-left and mixed-direction text', async () => {
    const { page, state } = await visit('mixedDirection');
    expect(state).toBe('annotated');
    await expectExactOffsets(page);
    await page.close();
  });

  it('keeps offsets exact around emoji and characters outside the BMP', async () => {
    const { page, state } = await visit('astral');
    expect(state).toBe('annotated');
    const analysis = await analysisOf(page);
    expect(analysis.entities.some((e) => e.name.includes('Moreno'))).toBe(true);
    await expectExactOffsets(page);
    await page.close();
  });

  it('says an empty page has no text', async () => {
    const { page, state } = await visit('empty');
    expect(state).toBe('not-article');
    await page.close();
  });

  it('says an application page is not an article', async () => {
    const { page, state } = await visit('appPage');
    expect(state).toBe('not-article');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('copes with 50,000 paragraphs', async () => {
    const { page, state } = await visit('huge', 90_000);
    expect(state).toBe('annotated');
    const counts = JSON.parse((await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '{}') as Record<string, number>;
    expect(counts.sourced).toBeGreaterThan(0);
    await page.close();
  }, 120_000);

  it('copes with an article 5,000 elements deep', async () => {
    const { page, state } = await visit('deep');
    expect(state).toBe('annotated');
    await page.close();
  });

  it('marks the first part of one paragraph longer than the budget, under its headline', async () => {
    const { page, state } = await visit('hugeParagraph', 180_000);
    expect(state).toBe('annotated');
    const analysis = await analysisOf(page);
    // The headline is the article's title, not analysed text; the paragraph is analysed from its first sentence, up to the budget.
    const pageState = PageStateSchema.parse(await session.browser.sendToPage(page, { type: 'get-page-state' }));
    expect(pageState.title).toBe('Riverton approves flood barrier after two-year dispute');
    expect(analysis.text).not.toContain('Riverton approves flood barrier after two-year dispute');
    expect(analysis.text).toContain('Riverton’s city council approved a new flood barrier on Tuesday');
    expect(analysis.text.length).toBeGreaterThan(500_000);
    expect(analysis.sentences.filter((s) => s.label === 'sourced').length).toBeGreaterThan(0);
    expect((await highlightedText(page))['sourcelight-sourced']?.length).toBeGreaterThan(0);
    expect(await readerMessage(page)).toMatch(/first part/);
    await page.close();
  }, 240_000);

  it('marks the article above a 100,000-link footer, and none of the footer', async () => {
    const { page, state } = await visit('hugeFooter', 120_000);
    expect(state).toBe('annotated');
    const analysis = await analysisOf(page);
    expect(analysis.text).toContain('Mayor Alicia Moreno told reporters');
    expect(analysis.text).not.toContain('Archive 1');
    expect((await highlightedText(page))['sourcelight-sourced']?.length).toBeGreaterThan(0);
    expect(await markedInside(page, 'footer')).toBe(false);
    expect(await readerMessage(page)).not.toMatch(/Aborting|elements found/);
    await page.close();
  }, 180_000);

  it('takes no orders from the page it runs on', async () => {
    const { page, state } = await visit('strictCsp');
    expect(state).toBe('annotated');
    const reached = await page.evaluate(async (extensionId) => {
      const forged = [{ type: 'set-enabled', enabled: false }, { type: 'get-analysis' }, { type: 'command', command: 'toggle-marks' }];
      for (const message of forged) {
        window.postMessage(message, '*');
        document.dispatchEvent(new CustomEvent('sourcelight', { detail: message }));
      }
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: object) => Promise<unknown> } } }).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime';
      try {
        return await runtime.sendMessage(extensionId, { type: 'get-analysis' });
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, session.browser.extensionId);
    expect(reached === 'no runtime' || String(reached).startsWith('refused')).toBe(true);
    expect(await page.getAttribute('sourcelight-overlay', 'data-state')).toBe('annotated');
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await page.close();
  });

  it('left no uncaught error in the service worker', async () => {
    expect(await session.browser.workerErrors()).toEqual([]);
  });
});
