import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';

/** A spec's browser with the built extension and a folder served from 127.0.0.1, both set up before its tests. */
export interface ExtensionSession {
  browser: ExtensionBrowser;
  server: StaticServer;
  /** Opens a page of the served folder and expects Sourcelight to settle on `expected` there. */
  open(path: string, expected?: string): Promise<Page>;
}

/** Registers the spec's hooks: serve `folder`, launch Chromium with the extension, close both afterwards. */
export function useExtensionSession(folder: string, launch: LaunchOptions = {}): ExtensionSession {
  const session = {
    async open(path: string, expected = 'annotated') {
      const { page, state } = await session.browser.openPage(`${session.server.origin}/${path}`);
      expect(state).toBe(expected);
      return page;
    },
  } as ExtensionSession;
  beforeAll(async () => {
    session.server = await serveFolder(resolve(folder));
    session.browser = await launchWithExtension(launch);
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
