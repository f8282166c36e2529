import { browser } from 'wxt/browser';
import type { PageState } from '../shared/page-state';

/**
 * The badge shows the share of the article's claims that name their source
 * (sourced ÷ all labelled claims), so a glance says how much rests on named sources.
 */
export function badgeFor(page: PageState | undefined): { text: string; color: string; title: string } {
  if (!page) return { text: '', color: '#5f6368', title: 'Sourcelight' };
  switch (page.state) {
    case 'annotated': {
      const c = page.summary?.counts;
      const claims = c ? c.sourced + c.vague + c.unsourced + c.opinion : 0;
      if (!c || claims === 0) return { text: '0', color: '#5f6368', title: 'Sourcelight: no claims found' };
      const share = Math.round((100 * c.sourced) / claims);
      return {
        text: `${share}%`,
        color: share >= 50 ? '#1a7f37' : '#9a6700',
        title: `Sourcelight: ${c.sourced} of ${claims} claims name their source`,
      };
    }
    case 'annotating':
      return { text: '…', color: '#5f6368', title: 'Sourcelight: analysing' };
    case 'error':
      return { text: '!', color: '#cf222e', title: 'Sourcelight: something went wrong' };
    default:
      return { text: '', color: '#5f6368', title: `Sourcelight: ${page.message ?? page.state}` };
  }
}

export async function showBadge(tabId: number, page: PageState | undefined): Promise<void> {
  const badge = badgeFor(page);
  // Manifest V2 (the Firefox build) calls the toolbar button browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
