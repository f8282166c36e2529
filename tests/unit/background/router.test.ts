import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../src/background/badge';
import { handleBackgroundMessage } from '../../../src/background/router';
import { tabStates } from '../../../src/background/tab-states';
import { AnalyzeReplySchema } from '../../../src/shared/messages';
import type { PageState } from '../../../src/shared/page-state';

const TEXT = '“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times.';
const own = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 });
const analyzeMessage = { type: 'analyze', text: TEXT, links: [], blocks: [] };
const annotated: PageState = {
  state: 'annotated',
  url: 'https://news.example/story',
  summary: { counts: { sourced: 3, vague: 1, unsourced: 4, opinion: 2, entities: 5 }, sources: [], entities: [], claimsToCheck: [] },
};

describe('the background message boundary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('analyses text for our own content script in a tab’s top frame', async () => {
    const reply = AnalyzeReplySchema.parse(await handleBackgroundMessage(analyzeMessage, own()));
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.analysis.sentences[0]?.label).toBe('sourced');
  });

  it('ignores other extensions, sub-frames and senders without a tab', async () => {
    expect(await handleBackgroundMessage(analyzeMessage, { ...own(), id: 'some-other-extension' })).toBeUndefined();
    expect(await handleBackgroundMessage(analyzeMessage, { ...own(), frameId: 3 })).toBeUndefined();
    expect(await handleBackgroundMessage(analyzeMessage, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  it('drops malformed messages without acting on them', async () => {
    for (const message of [
      null,
      'analyze',
      { type: 'analyze', text: 42, links: [], blocks: [] },
      { type: 'analyze', text: TEXT },
      { type: 'analyze', text: TEXT, links: [{ start: -1, end: 2, href: 'x' }], blocks: [] },
      { type: 'page-status', page: { state: 'hacked', url: 'x' } },
      { type: 'set-settings', settings: { lookups: true } },
      { type: 'get-analysis', tabId: 8 },
    ]) {
      expect(await handleBackgroundMessage(message, own())).toBeUndefined();
    }
    expect(await tabStates.get(7)).toBeUndefined();
  });

  it('keeps a tab’s state for the popup and badge', async () => {
    expect(await handleBackgroundMessage({ type: 'page-status', page: annotated }, own())).toEqual({ ok: true });
    expect(await tabStates.get(7)).toEqual(annotated);
    expect(await tabStates.get(8)).toBeUndefined();
    await tabStates.clear(7);
    expect(await tabStates.get(7)).toBeUndefined();
  });
});

describe('the badge', () => {
  it('shows the share of claims that name their source', () => {
    expect(badgeFor(annotated)).toMatchObject({ text: '30%', title: 'Sourcelight: 3 of 10 claims name their source' });
  });

  it('says when it is busy, failed, or has nothing to show', () => {
    expect(badgeFor({ state: 'annotating', url: 'x' }).text).toBe('…');
    expect(badgeFor({ state: 'error', url: 'x' }).text).toBe('!');
    expect(badgeFor({ state: 'not-article', url: 'x', message: 'No article here.' })).toMatchObject({ text: '', title: 'Sourcelight: No article here.' });
    expect(badgeFor(undefined).text).toBe('');
  });
});
