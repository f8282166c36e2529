import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeFor } from '../../../src/background/badge';
import { handleBackgroundMessage } from '../../../src/background/router';
import { tabStates } from '../../../src/background/tab-states';
import { AnalysisQueue, SUPERSEDED_ERROR } from '../../../src/background/analysis-queue';
import { AnalyzeReplySchema, MAX_ANALYZE_LINKS, RefusalSchema, type AnalyzeReply } from '../../../src/shared/messages';
import { STORED_LIMITS, storedPageState, type PageState } from '../../../src/shared/page-state';

const TEXT = '“Xiaomi is an alternative to Huawei,” China expert Li Yanming told The Epoch Times.';
const own = () => ({ id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 });
const analyzeMessage = { type: 'analyze', text: TEXT, links: [], blocks: [] };
const annotated: PageState = {
  state: 'annotated',
  url: 'https://news.example/story',
  summary: { counts: { sourced: 3, vague: 1, unsourced: 4, opinion: 2, entities: 5 }, sources: [], entities: [], claimsToCheck: [] },
};

describe('the background message boundary', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The extension's own files, as the worker fetches them: the build copies assets/public/ to the extension's root.
    const root = fakeBrowser.runtime.getURL('/');
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (url) => {
      const path = String(url);
      if (!path.startsWith(root)) throw new Error(`unexpected fetch of ${path}`);
      return new Response(await readFile(new URL(`../../../assets/public/${path.slice(root.length)}`, import.meta.url)));
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('analyses text for our own content script in a tab’s top frame', async () => {
    const reply = AnalyzeReplySchema.parse(await handleBackgroundMessage(analyzeMessage, own()));
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.analysis.sentences[0]?.label).toBe('sourced');
  });

  it('analyses an article in the language the page detected, with that language’s pack, and refuses one without a pack', async () => {
    const text = 'Der Konzern habe die Zusammenarbeit eingestellt, sagte ein Sprecher am Montag in Berlin.';
    const german = AnalyzeReplySchema.parse(await handleBackgroundMessage({ ...analyzeMessage, text, language: 'de' }, own()));
    const english = AnalyzeReplySchema.parse(await handleBackgroundMessage({ ...analyzeMessage, text }, own()));
    if (!german.ok || !english.ok) throw new Error('no analysis');
    const verbs = (reply: typeof german) => reply.analysis.sentences.flatMap((s) => s.cues).filter((c) => c.kind === 'reporting-verb').map((c) => text.slice(c.start, c.end));
    expect(verbs(german)).toEqual(['sagte']);
    expect(verbs(english)).toEqual([]);
    const french = RefusalSchema.parse(await handleBackgroundMessage({ ...analyzeMessage, language: 'fr' }, own()));
    expect(french.error).toMatch(/^Sourcelight could not read this request/);
  });

  it('ignores other extensions, sub-frames and senders without a tab', async () => {
    expect(await handleBackgroundMessage(analyzeMessage, { ...own(), id: 'some-other-extension' })).toBeUndefined();
    expect(await handleBackgroundMessage(analyzeMessage, { ...own(), frameId: 3 })).toBeUndefined();
    expect(await handleBackgroundMessage(analyzeMessage, { id: fakeBrowser.runtime.id })).toBeUndefined();
  });

  it('refuses malformed and over-cap messages from our own script in plain words, without acting on them', async () => {
    for (const message of [
      null,
      'analyze',
      { type: 'analyze', text: 42, links: [], blocks: [] },
      { type: 'analyze', text: TEXT },
      { type: 'analyze', text: TEXT, links: [{ start: -1, end: 2, href: 'x' }], blocks: [] },
      { type: 'page-status', page: { state: 'hacked', url: 'x' } },
      { type: 'set-settings', settings: { lookups: true } },
      { type: 'get-analysis', tabId: 8 },
      { type: 'analyze', text: TEXT, links: Array.from({ length: MAX_ANALYZE_LINKS + 1 }, () => ({ start: 0, end: 1, href: 'https://a.example/' })), blocks: [] },
    ]) {
      const reply = RefusalSchema.parse(await handleBackgroundMessage(message, own()));
      expect(reply.error).toMatch(/^Sourcelight could not read this request/);
      expect(reply.error).not.toMatch(/Zod|expected|invalid_type/i);
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

describe('what is stored per tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('clips every text and caps every list, so big pages cannot fill session storage', async () => {
    const long = 'x'.repeat(10_000);
    const huge: PageState = {
      state: 'annotated',
      url: `https://news.example/story?${long}`,
      title: long,
      summary: {
        counts: annotated.summary!.counts,
        sources: Array.from({ length: 500 }, (_, i) => ({ name: `${i}${long}`, label: 'sourced' as const, claims: 1, sentence: i })),
        entities: Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, name: long, type: 'PER' as const, context: long, mentions: 1 })),
        claimsToCheck: Array.from({ length: 500 }, (_, i) => ({ sentence: i, text: long })),
      },
    };
    const stored = storedPageState(huge);
    expect(stored.summary!.claimsToCheck).toHaveLength(STORED_LIMITS.list);
    expect(stored.summary!.claimsToCheck[0]!.text).toHaveLength(STORED_LIMITS.text);
    expect(JSON.stringify(huge).length).toBeGreaterThan(10_000_000);
    expect(JSON.stringify(stored).length).toBeLessThan(40_000);
    await handleBackgroundMessage({ type: 'page-status', page: huge }, own());
    expect(await tabStates.get(7)).toEqual(stored);
  });
});

describe('the analysis queue', () => {
  const reply = (text: string): AnalyzeReply => ({ ok: false, error: text });

  it('runs the shortest waiting job first and drops a tab’s older waiting job', async () => {
    const queue = new AnalysisQueue();
    const order: string[] = [];
    const job = (name: string) => () => {
      order.push(name);
      return reply(name);
    };
    const long = queue.run(1, 1_000_000, job('long'));
    const older = queue.run(2, 500, job('older'));
    const short = queue.run(3, 100, job('short'));
    const newer = queue.run(2, 600, job('newer'));
    expect(await older).toEqual(reply(SUPERSEDED_ERROR));
    await Promise.all([long, short, newer]);
    expect(order).toEqual(['short', 'newer', 'long']);
  });
});

describe('the badge', () => {
  it('shows the share of claims that name their source', () => {
    expect(badgeFor(annotated)).toMatchObject({ text: '5', title: 'Sourcelight: 5 of 10 claims name no source (1 vaguely sourced, 4 unsourced)' });
  });

  it('says when it is busy, failed, or has nothing to show', () => {
    expect(badgeFor({ state: 'annotating', url: 'x' }).text).toBe('…');
    expect(badgeFor({ state: 'error', url: 'x' }).text).toBe('!');
    expect(badgeFor({ state: 'not-article', url: 'x', message: 'No article here.' })).toMatchObject({ text: '', title: 'Sourcelight: No article here.' });
    expect(badgeFor(undefined).text).toBe('');
  });
});
