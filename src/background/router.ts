import type { Browser } from 'wxt/browser';
import { loadLanguagePack } from '../analysis';
import type { Refusal, ReplyOf } from '../shared/messages';
import { handle, isOwnSender, readRequest, type Handlers } from '../shared/messaging';
import { AnalysisQueue } from './analysis-queue';
import { runAnalysis } from './analysis-service';
import { packagedModels } from './packaged-models';
import { showBadge } from './badge';
import { entityContext } from './lookups/entity-context';
import { tabStates } from './tab-states';

const queue = new AnalysisQueue();

const UNREADABLE: Refusal = { ok: false, error: 'Sourcelight could not read this request: it is malformed or larger than it accepts.' };
const FAILED: Refusal = { ok: false, error: 'Sourcelight’s background worker could not handle this request.' };

/** What the background does for one tab's content script. */
function handlersFor(tabId: number): Handlers<'background'> {
  return {
    analyze: async (msg) => {
      // The pack is ready before the job waits its turn: the queue runs synchronous work only.
      const language = msg.language ?? 'en';
      await loadLanguagePack(language, packagedModels);
      return queue.run(tabId, msg.text.length, () => runAnalysis(msg.text, msg.links, msg.blocks, msg.meta, language));
    },
    'page-status': async (msg) => {
      await tabStates.set(tabId, msg.page);
      await showBadge(tabId, msg.page);
      return { ok: true };
    },
    'entity-context': (msg) => entityContext(msg),
  };
}

/**
 * The background's message boundary: messages from anything but our own
 * content scripts in a tab's top frame get no answer. Our own get one always:
 * what fails validation (malformed, over a cap) or fails while handled is
 * answered with a plain refusal, never with silence or a raw error.
 */
export async function handleBackgroundMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<ReplyOf<'analyze' | 'page-status' | 'entity-context'> | undefined> {
  const tabId = sender.tab?.id;
  if (!isOwnSender(sender) || tabId === undefined || sender.frameId !== 0) return undefined;
  const request = readRequest('background', message);
  if (!request) return UNREADABLE;
  try {
    return await handle(handlersFor(tabId), request);
  } catch {
    return FAILED;
  }
}
