import { browser } from 'wxt/browser';
import type { PageState } from '../shared/page-state';

/** One neutral grey for every state: the badge counts, it does not grade (white on it is 6:1). */
export const BADGE_COLOR = '#5f6368';

/**
 * The badge counts the article's claims that name no source (vaguely sourced
 * plus unsourced): a number to look into, not a verdict on the article. The
 * tooltip says what the number is and how many claims there are in all.
 */
export function badgeFor(page: PageState | undefined): { text: string; color: string; title: string } {
  if (!page) return { text: '', color: BADGE_COLOR, title: 'Sourcelight' };
  switch (page.state) {
    case 'annotated': {
      const c = page.summary?.counts;
      const claims = c ? c.sourced + c.vague + c.unsourced + c.opinion : 0;
      if (!c || claims === 0) return { text: '0', color: BADGE_COLOR, title: 'Sourcelight: no claims found' };
      const unnamed = c.vague + c.unsourced;
      return {
        text: String(unnamed),
        color: BADGE_COLOR,
        title: `Sourcelight: ${unnamed} of ${claims} ${claims === 1 ? 'claim names' : 'claims name'} no source (${c.vague} vaguely sourced, ${c.unsourced} unsourced)`,
      };
    }
    case 'annotating':
      return { text: '…', color: BADGE_COLOR, title: 'Sourcelight: analysing' };
    case 'error':
      return { text: '!', color: BADGE_COLOR, title: 'Sourcelight: something went wrong' };
    default:
      return { text: '', color: BADGE_COLOR, title: `Sourcelight: ${page.message ?? page.state}` };
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
