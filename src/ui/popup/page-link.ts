import { browser } from 'wxt/browser';
import { type ContentMessage } from '../../shared/messages';
import { sendToTab } from '../../shared/messaging';
import { AnalysisSchema, type Analysis } from '../../shared/schema';
import { PageStateSchema, type PageState } from '../../shared/page-state';

/** The popup's line to the page in the active tab. */
export interface PageLink {
  tabId: number;
  state(): Promise<PageState | undefined>;
  analysis(): Promise<Analysis | undefined>;
  send(message: ContentMessage): Promise<unknown>;
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
    async state() {
      const parsed = PageStateSchema.safeParse(await sendToTab(tabId, { type: 'get-page-state' }));
      return parsed.success ? parsed.data : undefined;
    },
    async analysis() {
      const parsed = AnalysisSchema.safeParse(await sendToTab(tabId, { type: 'get-analysis' }));
      return parsed.success ? parsed.data : undefined;
    },
    send: (message) => sendToTab(tabId, message),
  };
}
