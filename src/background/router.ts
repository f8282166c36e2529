import type { Browser } from 'wxt/browser';
import { BackgroundMessageSchema, type Refusal } from '../shared/messages';
import { isOwnSender } from '../shared/messaging';
import { AnalysisQueue } from './analysis-queue';
import { runAnalysis } from './analysis-service';
import { showBadge } from './badge';
import { entityContext } from './lookups/entity-context';
import { tabStates } from './tab-states';

const queue = new AnalysisQueue();

const UNREADABLE: Refusal = { ok: false, error: 'Sourcelight could not read this request: it is malformed or larger than it accepts.' };
const FAILED: Refusal = { ok: false, error: 'Sourcelight’s background worker could not handle this request.' };

/**
 * The background's message boundary: messages from anything but our own
 * content scripts in a tab's top frame get no answer. Our own get one always:
 * what fails validation (malformed, over a cap) or fails while handled is
 * answered with a plain refusal, never with silence or a raw error.
 */
export async function handleBackgroundMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (!isOwnSender(sender) || tabId === undefined || sender.frameId !== 0) return undefined;
  const parsed = BackgroundMessageSchema.safeParse(message);
  if (!parsed.success) return UNREADABLE;
  const msg = parsed.data;
  try {
    switch (msg.type) {
      case 'analyze':
        return await queue.run(tabId, msg.text.length, () => runAnalysis(msg.text, msg.links, msg.blocks, msg.meta));
      case 'page-status':
        await tabStates.set(tabId, msg.page);
        await showBadge(tabId, msg.page);
        return { ok: true };
      case 'entity-context':
        return await entityContext(msg);
    }
  } catch {
    return FAILED;
  }
}
