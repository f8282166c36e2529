import { browser } from 'wxt/browser';
import { PageStateSchema, type PageState } from '../shared/page-state';

const key = (tabId: number) => `tab:${tabId}`;

/**
 * Per-tab page states in session storage, so they survive the service worker
 * being stopped, and vanish with the browser session.
 */
export const tabStates = {
  async get(tabId: number): Promise<PageState | undefined> {
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const parsed = PageStateSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  },
  async set(tabId: number, state: PageState): Promise<void> {
    await browser.storage.session.set({ [key(tabId)]: state });
  },
  async clear(tabId: number): Promise<void> {
    await browser.storage.session.remove(key(tabId));
  },
};
