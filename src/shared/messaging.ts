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

export async function requestAnalysis(message: Extract<BackgroundMessage, { type: 'analyze' }>): Promise<AnalyzeReply> {
  return AnalyzeReplySchema.parse(await browser.runtime.sendMessage(message));
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
