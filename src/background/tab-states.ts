import { browser } from 'wxt/browser';
import { PageStateSchema, storedPageState, tabStateKey as key, type PageState } from '../shared/page-state';

/**
 * Per-tab page states in session storage, so they survive the service worker
 * being stopped, and vanish with the browser session; the popup watches its
 * tab's key to know when to ask the page again. What is stored is
 * clipped (storedPageState), so many large pages cannot fill the area; if a
 * write still fails, the tab's old state is removed rather than left stale.
 */
export const tabStates = {
  async get(tabId: number): Promise<PageState | undefined> {
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)];
    const parsed = PageStateSchema.safeParse(stored);
    return parsed.success ? parsed.data : undefined;
  },
  async set(tabId: number, state: PageState): Promise<void> {
    try {
      await browser.storage.session.set({ [key(tabId)]: storedPageState(state) });
    } catch {
      await browser.storage.session.remove(key(tabId)).catch(() => undefined);
    }
  },
  async clear(tabId: number): Promise<void> {
    await browser.storage.session.remove(key(tabId));
  },
};
