import { browser, type Browser } from 'wxt/browser';
import { MESSAGES, type MessageTo, type MessageType, type Receiver, type ReplyOf, type RequestOf } from './messages';

type Sender = Browser.runtime.MessageSender;

/** Only our own extension's pages and content scripts may talk to us. */
export function isOwnSender(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/** The reply to a message as its schema reads it; undefined when there was none or it could not be read. */
function readReply<T extends MessageType>(type: T, reply: unknown): ReplyOf<T> | undefined {
  if (reply === undefined) return undefined;
  const parsed = MESSAGES[type].reply.safeParse(reply);
  return parsed.success ? (parsed.data as ReplyOf<T>) : undefined;
}

/**
 * Sends a message to the background worker and reads its reply. Undefined when
 * no worker answered (it was stopped or restarted meanwhile) or the answer
 * could not be read. Never throws.
 */
export async function sendToBackground<T extends MessageTo<'background'>>(message: RequestOf<T> & { type: T }): Promise<ReplyOf<T> | undefined> {
  const reply: unknown = await browser.runtime.sendMessage(message).catch(() => undefined);
  return readReply(message.type, reply ?? undefined);
}

/** Sends to the top frame's content script of a tab; undefined when none listens (browser pages, store pages) or its reply cannot be read. */
export async function sendToTab<T extends MessageTo<'page'>>(tabId: number, message: RequestOf<T> & { type: T }): Promise<ReplyOf<T> | undefined> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
  return readReply(message.type, reply);
}

/**
 * Has the background analyse a page's text. No reply means the background
 * worker was stopped (the browser does that to idle workers) or restarted while
 * it worked: the request is sent once more to the fresh worker, then the
 * failure is said plainly.
 */
export async function requestAnalysis(message: RequestOf<'analyze'>): Promise<ReplyOf<'analyze'>> {
  for (let attempt = 1; ; attempt++) {
    const reply = await sendToBackground(message);
    if (reply) return reply;
    if (attempt === 2) return { ok: false, error: 'The extension’s background worker stopped twice while analysing this page, or sent an answer Sourcelight could not read. Reload the page to try again.' };
  }
}

/** One handler per message a receiver takes, each returning that message's reply. */
export type Handlers<R extends Receiver> = { [T in MessageTo<R>]: (request: RequestOf<T>) => Promise<ReplyOf<T>> | ReplyOf<T> };

/** A message for `receiver`, read with its type's schema; undefined for anything else (foreign, malformed, over a cap). */
export function readRequest<R extends Receiver>(receiver: R, message: unknown): RequestOf<MessageTo<R>> | undefined {
  if (typeof message !== 'object' || message === null || !('type' in message) || typeof message.type !== 'string') return undefined;
  if (!Object.hasOwn(MESSAGES, message.type)) return undefined;
  const entry = MESSAGES[message.type as MessageType];
  if (entry.to !== receiver) return undefined;
  const parsed = entry.request.safeParse(message);
  return parsed.success ? (parsed.data as RequestOf<MessageTo<R>>) : undefined;
}

/** Hands a read request to the handler of its type; a handler that throws gives a rejected promise, never a throw. */
export async function handle<R extends Receiver, T extends MessageTo<R>>(handlers: Handlers<R>, request: RequestOf<T> & { type: T }): Promise<ReplyOf<T>> {
  // TypeScript cannot pair a union's member with its own handler; the map's keys do that pairing.
  const handler = handlers[request.type] as unknown as (request: RequestOf<T>) => Promise<ReplyOf<T>> | ReplyOf<T>;
  return await handler(request);
}
