import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage } from '../../../src/background/router';
import { summarize } from '../../../src/analysis';
import { MESSAGES, AnalyzeReplySchema } from '../../../src/shared/messages';
import { handle, readRequest, type Handlers } from '../../../src/shared/messaging';

const own = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 });

describe('the message map', () => {
  it('names each message by its own type, so a request’s schema is found by its type', () => {
    for (const [type, { request }] of Object.entries(MESSAGES)) {
      expect(request.shape.type.value).toBe(type);
    }
  });

  it('reads a request only for its receiver, and nothing that is not one of ours', () => {
    expect(readRequest('page', { type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(readRequest('background', { type: 'get-page-state' })).toBeUndefined();
    expect(readRequest('page', { type: 'analyze', text: 'x', links: [], blocks: [] })).toBeUndefined();
    for (const foreign of [null, 7, 'get-page-state', {}, { type: 'toString' }, { type: '__proto__' }, { type: 'constructor' }, { type: 'jump-to', target: { kind: 'sentence', index: -1 } }]) {
      expect(readRequest('page', foreign)).toBeUndefined();
    }
  });

  it('hands each request to the handler of its own type', async () => {
    const seen: string[] = [];
    const page = { state: 'off' as const, url: 'https://news.example/' };
    const handlers: Handlers<'page'> = {
      'get-page-state': () => (seen.push('get-page-state'), page),
      'get-analysis': () => null,
      'set-enabled': ({ enabled }) => (seen.push(`set-enabled ${enabled}`), page),
      'jump-to': () => false,
      'analyse-anyway': () => page,
      command: ({ command }) => (seen.push(command), page),
      'show-selection-analysis': () => true,
    };
    for (const message of [{ type: 'set-enabled', enabled: true }, { type: 'command', command: 'next-mark' }, { type: 'get-page-state' }]) {
      const request = readRequest('page', message);
      expect(request).toBeDefined();
      await handle(handlers, request!);
    }
    expect(seen).toEqual(['set-enabled true', 'next-mark', 'get-page-state']);
  });

  it('turns a handler’s throw into a rejected promise, which the receiver answers for', async () => {
    const failing = { 'get-page-state': () => { throw new Error('broken'); } } as unknown as Handlers<'page'>;
    const reply = handle(failing, readRequest('page', { type: 'get-page-state' })!);
    await expect(reply).rejects.toThrow('broken');
  });
});

describe('the worker’s analysis reply', () => {
  beforeEach(() => fakeBrowser.reset());

  it('carries the summary of the analysis it carries, made by the worker', async () => {
    const text = '“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times. Critics say the plan will fail.';
    const reply = AnalyzeReplySchema.parse(await handleBackgroundMessage({ type: 'analyze', text, links: [], blocks: [] }, own()));
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.summary).toEqual(summarize(reply.analysis));
  });
});
