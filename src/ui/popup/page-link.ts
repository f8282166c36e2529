import { browser } from 'wxt/browser';
import type { MessageTo, ReplyOf, RequestOf } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import type { Analysis } from '../../shared/schema';
import { tabStateKey, type PageState } from '../../shared/page-state';

/** The popup's line to the page in the active tab. */
export interface PageLink {
  tabId: number;
  state(): Promise<PageState | undefined>;
  analysis(): Promise<Analysis | undefined>;
  send<T extends MessageTo<'page'>>(message: RequestOf<T> & { type: T }): Promise<ReplyOf<T> | undefined>;
  /** Calls `onChange` whenever the page reports a new state to the background; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
}

/**
 * Connects to the active tab, or to the tab named by `?tab=` when the popup is
 * opened as a page of its own (keyboard users and tests open it that way).
 */
export async function connectToActiveTab(search = ''): Promise<PageLink | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  const [tab] = Number.isInteger(named) && named > 0
    ? [await browser.tabs.get(named).catch(() => undefined)]
    : await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const tabId = tab.id;
  return {
    tabId,
    state: () => sendToTab(tabId, { type: 'get-page-state' }),
    analysis: async () => (await sendToTab(tabId, { type: 'get-analysis' })) ?? undefined,
    send: <T extends MessageTo<'page'>>(message: RequestOf<T> & { type: T }) => sendToTab<T>(tabId, message),
    watch(onChange) {
      // The stored copy is clipped; it only says when to ask the page for the whole state again.
      const listener = (changes: Record<string, unknown>, area: string) => {
        if (area === 'session' && tabStateKey(tabId) in changes) onChange();
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
