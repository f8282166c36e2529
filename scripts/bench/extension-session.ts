import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../lib/browser';
import { serveFolder, type StaticServer } from '../lib/static-server';
import { PAGES_DIR } from './corpus';

export interface BenchPage {
  name: string;
  /** Folder to serve, and the page's path in it. */
  folder: string;
  path: string;
}

export const DEMO_PAGE: BenchPage = { name: 'demo', folder: resolve('assets/demo'), path: '/index.html' };

export function savedPage(name: string): BenchPage {
  return { name, folder: PAGES_DIR, path: `/${name}/source.html` };
}

/** Real Chromium with a built extension, and the bench pages served from 127.0.0.1. */
export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  urlOf(page: BenchPage): string;
  /** Sends a message to the page's content script from the service worker, as the popup does. */
  askPage<T>(page: Page, message: object): Promise<T>;
  setAutoAnnotate(on: boolean): Promise<void>;
  close(): Promise<void>;
}

interface ChromeApi {
  tabs: {
    query(q: object): Promise<Array<{ id?: number }>>;
    sendMessage(tab: number, message: unknown, options: object): Promise<unknown>;
  };
  storage: { sync: { set(items: object): Promise<void> } };
}

export async function openSession(extensionDir: string, pages: readonly BenchPage[]): Promise<ExtensionSession> {
  const servers = new Map<string, StaticServer>();
  for (const folder of new Set(pages.map((p) => p.folder))) servers.set(folder, await serveFolder(folder));
  const browser = await launchWithExtension({ extensionDir });
  const { context, worker } = browser;
  return {
    context,
    worker,
    urlOf: (page) => `${servers.get(page.folder)!.origin}${page.path}`,
    async askPage<T>(page: Page, message: object) {
      // The extension has no "tabs" permission, so it cannot find a tab by address: bring this one to the front.
      await page.bringToFront();
      return worker.evaluate(async (msg) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error('No active tab');
        return api.tabs.sendMessage(tab.id, msg, { frameId: 0 });
      }, message) as Promise<T>;
    },
    async setAutoAnnotate(on) {
      await worker.evaluate(
        (autoAnnotate) => (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.sync.set({ settings: { autoAnnotate } }),
        on,
      );
    },
    async close() {
      await browser.close();
      for (const server of servers.values()) await server.close();
    },
  };
}
