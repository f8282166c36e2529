import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { overlayLocator } from '../../scripts/lib/overlay-root';
import { locateText } from '../../scripts/lib/page-text';
import { useHostilePagesSession } from './support/extension-session';
import type { HostilePageName } from './support/hostile-pages';

/**
 * Pages that attack Sourcelight itself: they try to switch it off, crash it,
 * keep it busy, read its notes or act as the reader. Each test forges the attack.
 */
const session = useHostilePagesSession();

beforeAll(async () => {
  // A second listener in the service worker counts analyze requests; it never answers, so the router still does.
  await session.browser.worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: (m: { type?: string }) => undefined): void } } } }).chrome;
    const counts = { analyses: 0 };
    (globalThis as unknown as { __counts: typeof counts }).__counts = counts;
    api.runtime.onMessage.addListener((message) => {
      if (message?.type === 'analyze') counts.analyses++;
      return undefined;
    });
  });
});

const analyses = () => session.browser.worker.evaluate(() => (globalThis as unknown as { __counts: { analyses: number } }).__counts.analyses);

async function visit(name: HostilePageName, pageErrors: string[] = []): Promise<Page> {
  const page = await session.browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));
  await page.goto(session.url(name));
  expect(await waitForFinalState(page, 60_000)).toBe('annotated');
  return page;
}

/** What the popup gets from the page's content script: a live answer, not the browser's "cannot read this tab". */
async function pageState(page: Page): Promise<{ state?: string } | undefined> {
  return (await session.browser.sendToPage(page, { type: 'get-page-state' })) as { state?: string } | undefined;
}

/** Waits until the worker has received `n` analyze requests. */
async function untilAnalyses(n: number): Promise<void> {
  await expect.poll(analyses, { timeout: 20_000, interval: 100 }).toBeGreaterThanOrEqual(n);
}

/** Moves the single-page app to a new address and waits for that analysis: every earlier reaction has run by then. */
async function navigateAndSettle(page: Page, path: string): Promise<number> {
  const before = await analyses();
  await page.evaluate((p) => history.pushState({}, '', p), path);
  await untilAnalyses(before + 1);
  await expect.poll(() => page.getAttribute('sourcelight-overlay', 'data-state')).toBe('annotated');
  return analyses();
}

describe('a page cannot switch Sourcelight off', () => {
  it('ignores a forged "content script started" event: marks, answers and popup data stay', async () => {
    const page = await visit('strictCsp');
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      for (const messageId of ['forged', 'forged-2']) {
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId } }));
        window.postMessage({ type, contentScriptName: 'content', messageId }, '*');
      }
    }, session.browser.extensionId);
    // Still alive: it answers the popup, keeps its marks and still obeys the reader.
    expect((await pageState(page))?.state).toBe('annotated');
    expect(await session.browser.analysisFor(page)).not.toBeNull();
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await session.browser.sendToPage(page, { type: 'command', command: 'toggle-marks' });
    expect(await page.getAttribute('sourcelight-overlay', 'data-state')).toBe('off');
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('is not crashed by a page that registered our element’s name first', async () => {
    const pageErrors: string[] = [];
    const page = await visit('ownsOurTag', pageErrors);
    expect(pageErrors.filter((e) => e.includes('chrome-extension://'))).toEqual([]);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    expect((await pageState(page))?.state).toBe('annotated');
    await session.browser.sendToPage(page, { type: 'jump-to', target: { kind: 'sentence', index: 1 } });
    await overlayLocator(page, '.card').waitFor();
    await page.close();
  });
});

describe('a page cannot read or drive the notes', () => {
  it('sees a closed shadow root and only data-state and data-counts', async () => {
    const page = await visit('strictCsp');
    await session.browser.sendToPage(page, { type: 'jump-to', target: { kind: 'sentence', index: 1 } });
    await overlayLocator(page, '.card').waitFor();
    const seen = await page.evaluate(() => {
      const host = document.querySelector('sourcelight-overlay')!;
      return { shadowRoot: host.shadowRoot === null, attributes: host.getAttributeNames().sort(), children: host.children.length };
    });
    expect(seen).toEqual({ shadowRoot: true, attributes: ['data-counts', 'data-state'], children: 0 });
    await page.close();
  });

  it('opens and closes notes on the reader’s own clicks and keys only, never on synthetic events', async () => {
    const page = await visit('strictCsp');
    const { x, y } = await locateText(page, 'Mayor Alicia Moreno');
    const card = overlayLocator(page, '.card');
    await page.evaluate(([cx, cy]) => {
      const init = { clientX: cx, clientY: cy, bubbles: true, cancelable: true, view: window };
      document.elementFromPoint(cx!, cy!)!.dispatchEvent(new MouseEvent('click', init));
      window.dispatchEvent(new MouseEvent('click', init));
      window.dispatchEvent(new PointerEvent('pointermove', init));
    }, [x, y]);
    // Click handlers open a note synchronously, so a forged click would have opened one by now.
    expect(await card.count()).toBe(0);
    await page.mouse.click(x, y);
    await card.waitFor();
    await page.evaluate(() => {
      for (const target of [document, document.body, window]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await card.count()).toBe(1);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('a page cannot keep Sourcelight busy', () => {
  it('does not re-analyse a ticking clock or a #fragment jump, and an open note stays open', async () => {
    const page = await visit('tickingClock');
    const start = await analyses();
    await session.browser.sendToPage(page, { type: 'jump-to', target: { kind: 'sentence', index: 3 } });
    const card = overlayLocator(page, '.card');
    await card.waitFor();
    const ticksAtStart = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    // The page's own table of contents (a script's click: a real one elsewhere would close the note, as it should).
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('#toc a')!.click());
    expect(await page.evaluate(() => location.hash)).toBe('#part-2');
    await page.evaluate(() => {
      location.hash = '#top';
      history.pushState({}, '', '#again');
    });
    // Ten ticks of the clock, each one a change inside the article that the watcher looks at.
    await page.waitForFunction((t) => (window as unknown as { __ticks: number }).__ticks >= t + 10, ticksAtStart, { timeout: 30_000 });
    expect(await card.count()).toBe(1);
    expect(await page.getAttribute('sourcelight-overlay', 'data-state')).toBe('annotated');
    // The marks follow the page: the clock's line changed, the rest is still marked.
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    const settled = await navigateAndSettle(page, '/news/next-story');
    console.log(`ticking clock: ${settled - start - 1} re-analyses in 10 ticks (fragment jumps included)`);
    expect(settled - start).toBe(1);
    await page.close();
  });

  it('backs off when the article keeps changing materially', async () => {
    const page = await visit('tickingHeadline');
    const start = await analyses();
    const ticksAtStart = await page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
    await page.waitForFunction((t) => (window as unknown as { __ticks: number }).__ticks >= t + 12, ticksAtStart, { timeout: 30_000 });
    const reanalyses = (await analyses()) - start;
    console.log(`ticking headline: ${reanalyses} re-analyses in 12 ticks`);
    expect(reanalyses).toBeLessThanOrEqual(2);
    expect(await page.getAttribute('sourcelight-overlay', 'data-state')).toBe('annotated');
    await page.close();
  });

  it('is not started a hundred times by forged or bursty navigation events', async () => {
    const page = await visit('strictCsp');
    const start = await analyses();
    await page.evaluate((id) => {
      const nav = (window as unknown as { navigation?: EventTarget }).navigation;
      for (let i = 0; i < 100; i++) {
        window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
        window.dispatchEvent(new PopStateEvent('popstate'));
        nav?.dispatchEvent(new Event('navigatesuccess'));
      }
    }, session.browser.extensionId);
    const afterForged = await navigateAndSettle(page, '/news/one');
    expect(afterForged - start).toBe(1);
    // A hundred real address changes in one burst are one move.
    await page.evaluate(() => {
      for (let i = 0; i < 100; i++) history.pushState({}, '', `/news/burst-${i}`);
    });
    const afterBurst = await navigateAndSettle(page, '/news/after-burst');
    console.log(`100 forged events: ${afterForged - start - 1} runs; 100 pushState calls: ${afterBurst - afterForged - 1} runs`);
    expect(afterBurst - afterForged).toBeLessThanOrEqual(2);
    await page.close();
  });
});

describe('a page cannot overload a request', () => {
  it('annotates an article with more links than a request carries', async () => {
    const page = await visit('manyLinks');
    const counts = JSON.parse((await page.getAttribute('sourcelight-overlay', 'data-counts')) ?? '{}') as Record<string, number>;
    expect(counts.sourced).toBeGreaterThan(0);
    await page.close();
  }, 120_000);
});

describe('a tab’s stored state', () => {
  it('survives a #fragment jump and is forgotten when the tab navigates to a page Sourcelight does not run on', async () => {
    const page = await visit('tickingClock');
    const tabId = await session.browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
      return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    const stored = () =>
      session.browser.worker.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { state?: string; url?: string }>> } } } }).chrome;
        return (await api.storage.session.get(`tab:${id}`))[`tab:${id}`] ?? null;
      }, tabId);
    await expect.poll(async () => (await stored())?.state).toBe('annotated');
    await page.evaluate(() => {
      location.hash = '#part-2';
    });
    await expect.poll(async () => (await stored())?.url, { timeout: 5_000 }).toMatch(/#part-2$/);
    expect((await stored())?.state).toBe('annotated');
    await page.goto('about:blank');
    await expect.poll(stored, { timeout: 5_000 }).toBeNull();
    await page.close();
  });

  it('left no uncaught error in the service worker', async () => {
    expect(await session.browser.workerErrors()).toEqual([]);
  });
});
