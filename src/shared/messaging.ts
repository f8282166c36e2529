import { browser, type Browser } from 'wxt/browser';
import {
  AnalyzeReplySchema,
  type AnalyzeReply,
  type BackgroundMessage,
  type ContentMessage,
} from './messages';

type Sender = Browser.runtime.MessageSender;

/** Only our own extension's pages and content scripts may talk to us. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Has the background analyse a page's text. No reply means the background
 * worker was stopped (the browser does that to idle workers) or restarted while
 * it worked: the request is sent once more to the fresh worker, then the
 * failure is said plainly. Never throws.
 */
export async function requestAnalysis(message: Extract<BackgroundMessage, { type: 'analyze' }>): Promise<AnalyzeReply> {
  for (let attempt = 1; ; attempt++) {
    let reply: unknown;
    try {
      reply = await browser.runtime.sendMessage(message);
    } catch {
      reply = undefined;
    }
    if (reply !== undefined && reply !== null) {
      const parsed = AnalyzeReplySchema.safeParse(reply);
      return parsed.success ? parsed.data : { ok: false, error: 'The extension’s background worker sent an answer Sourcelight could not read.' };
    }
    if (attempt === 2) return { ok: false, error: 'The extension’s background worker stopped twice while analysing this page. Reload the page to try again.' };
  }
}

export async function notifyBackground(message: Exclude<BackgroundMessage, { type: 'analyze' }>): Promise<void> {
  await browser.runtime.sendMessage(message);
}

/** Sends to the top frame's content script of a tab; undefined when none listens (browser pages, store pages). */
export async function sendToTab(tabId: number, message: ContentMessage): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  } catch {
    return undefined;
  }
}
