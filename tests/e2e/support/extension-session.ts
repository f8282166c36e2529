import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchWithExtension, type ExtensionBrowser, type LaunchOptions } from '../../../scripts/lib/browser';
import { serveFolder, type StaticServer } from '../../../scripts/lib/static-server';
import { HOSTILE_PAGES, writeHostilePages, type HostilePageName } from './hostile-pages';

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

/** A spec's browser with the built extension and the generated hostile pages, served from a temporary folder. */
export interface HostilePagesSession {
  browser: ExtensionBrowser;
  /** The address of one of the generated pages. */
  url(name: HostilePageName): string;
}

/** Registers the spec's hooks: write the hostile pages to a temporary folder, serve it, launch Chromium; remove all three afterwards. */
export function useHostilePagesSession(): HostilePagesSession {
  let dir: string | undefined;
  let server: StaticServer | undefined;
  const session = {
    url: (name: HostilePageName) => `${server!.origin}/${HOSTILE_PAGES[name].file}`,
  } as HostilePagesSession;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sourcelight-hostile-'));
    server = await serveFolder(dir, writeHostilePages(dir));
    session.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await session.browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  return session;
}
