import type { Browser } from 'wxt/browser';
import { BackgroundMessageSchema } from '../shared/messages';
import { isOwnSender } from '../shared/messaging';
import { runAnalysis } from './analysis-service';
import { showBadge } from './badge';
import { entityContext } from './lookups/entity-context';
import { tabStates } from './tab-states';

/**
 * The background's message boundary: messages from anything but our own
 * content scripts, or that fail validation, get no answer.
 */
export async function handleBackgroundMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (!isOwnSender(sender) || tabId === undefined || sender.frameId !== 0) return undefined;
  const parsed = BackgroundMessageSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const msg = parsed.data;
  switch (msg.type) {
    case 'analyze':
      return runAnalysis(msg.text, msg.links, msg.blocks);
    case 'page-status':
      await tabStates.set(tabId, msg.page);
      await showBadge(tabId, msg.page);
      return { ok: true };
    case 'entity-context':
      return entityContext(msg);
  }
}
