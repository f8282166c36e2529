import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser, missingMessage } from './find-browsers';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Requests that left 127.0.0.1, from pages or the extension: they were blocked. */
  blockedRequests: string[];
  /** Every request made by the extension's own pages and service worker, for anything but its own files. */
  extensionRequests: string[];
  /** Opens `url` in a new tab and waits until Sourcelight settles on a final state there. */
  openPage(url: string, timeout?: number): Promise<{ page: Page; state: string }>;
  /** Uncaught errors and unhandled rejections in the service worker since launch. */
  workerErrors(): Promise<string[]>;
  /** The Analysis the page's content script holds, asked for as the popup asks (null when there is none). */
  analysisFor(page: Page): Promise<unknown>;
  /** Sends a message to the page's content script from the service worker, as keyboard commands are sent. */
  sendToPage(page: Page, message: object): Promise<unknown>;
  /** Opens the popup for the given page tab, in a tab of its own. */
  openPopup(forPage: Page): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium's executable: `$CHROMIUM_PATH`, else the first usual path; throws one line saying what to install. */
export function chromiumPath(): string {
  const found = findBrowser('chromium');
  if (!found) throw new Error(missingMessage('chromium'));
  return found;
}

/**
 * Real Chromium with the built extension loaded. Every host but 127.0.0.1 is
 * unreachable twice over: the resolver maps it nowhere and the context routes
 * abort it, so no test can touch the internet.
 */
export interface LaunchOptions {
  headless?: boolean;
  extensionDir?: string;
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ...(options.args ?? []),
    ],
  });
  const blockedRequests: string[] = [];
  await context.route(/^(?!(https?:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:))/, (route) => {
    blockedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const extensionRequests: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith('chrome-extension://')) return;
    let fromExtension = request.serviceWorker() !== null;
    try {
      fromExtension ||= request.frame().url().startsWith('chrome-extension://');
    } catch {
      // Requests from workers have no frame.
    }
    if (fromExtension) extensionRequests.push(request.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  await worker.evaluate(() => {
    const errors: string[] = [];
    (globalThis as unknown as { __sourcelightErrors: string[] }).__sourcelightErrors = errors;
    addEventListener('error', (event) => errors.push(String((event as ErrorEvent).message)));
    addEventListener('unhandledrejection', (event) => errors.push(String((event as PromiseRejectionEvent).reason)));
  });
  return {
    context,
    worker,
    extensionId,
    blockedRequests,
    extensionRequests,
    async openPage(url, timeout) {
      const page = await context.newPage();
      await page.goto(url);
      return { page, state: await waitForFinalState(page, timeout) };
    },
    workerErrors: () => worker.evaluate(() => (globalThis as unknown as { __sourcelightErrors?: string[] }).__sourcelightErrors ?? []),
    analysisFor: (page) => sendFromWorker(worker, page, { type: 'get-analysis' }),
    sendToPage: (page, message) => sendFromWorker(worker, page, message),
    async openPopup(forPage: Page) {
      // A popup opened as a tab asks for the active tab; bring the article back to the front first.
      await forPage.bringToFront();
      const pageTabId = await activeTabId(worker);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${pageTabId}`);
      return popup;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The extension sees tab ids but not their addresses (it has no "tabs" permission). */
async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('No active tab');
    return tab.id;
  });
}

async function sendFromWorker(worker: Worker, page: Page, message: object): Promise<unknown> {
  await page.bringToFront();
  const tabId = await activeTabId(worker);
  return worker.evaluate(
    ([id, m]) => (globalThis as unknown as { chrome: { tabs: { sendMessage(t: number, m: object, o: object): Promise<unknown> } } }).chrome.tabs.sendMessage(id, m, { frameId: 0 }),
    [tabId, message] as const,
  );
}

/** Waits until the page's overlay reaches a final state, and returns it. */
export async function waitForFinalState(page: Page, timeout = 20_000): Promise<string> {
  const handle = await page.waitForFunction(
    () => {
      const state = document.querySelector('sourcelight-overlay')?.getAttribute('data-state');
      return state && state !== 'annotating' ? state : false;
    },
    undefined,
    { timeout, polling: 50 },
  );
  return (await handle.jsonValue()) as string;
}
