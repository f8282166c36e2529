import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CACHE_KEY, HIT_TTL_MS, LookupCache, MISS_TTL_MS, type StorageLike } from '../../../src/background/lookups/cache';
import { entityContext } from '../../../src/background/lookups/entity-context';
import { MAX_REQUESTS_PER_PAGE, WikipediaLookups, type LookupEntity } from '../../../src/background/lookups/lookup-service';
import { RateLimiter } from '../../../src/background/lookups/rate-limit';
import { candidateTitles, pageFits } from '../../../src/background/lookups/sense';
import { fetchSummary, type FetchLike, type SummaryResult, type WikiPage } from '../../../src/background/lookups/wikipedia';
import { handleBackgroundMessage } from '../../../src/background/router';
import { EntityContextReplySchema } from '../../../src/shared/messages';
import { WIKIPEDIA_SUMMARY_URL } from '../../../src/shared/lookup-origin';

const fixture = (name: string) => readFileSync(`tests/fixtures/wikipedia/${name}.json`, 'utf8');
const respond = (status: number, body: string): FetchLike => async () => new Response(body, { status, headers: { 'content-type': 'application/json' } });

describe('fetchSummary', () => {
  it('asks Wikipedia for one title, without cookies or referrer, and keeps plain text only', async () => {
    const calls: Array<[string, RequestInit]> = [];
    const result = await fetchSummary('Xiaomi', {
      fetchImpl: async (url, init) => {
        calls.push([url, init]);
        return new Response(fixture('Xiaomi'), { status: 200 });
      },
    });
    expect(calls[0]![0]).toBe(`${WIKIPEDIA_SUMMARY_URL}Xiaomi`);
    expect(calls[0]![1]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
    expect(result.kind).toBe('page');
    if (result.kind !== 'page') return;
    expect(result.page.extract).toMatch(/^Xiaomi Corporation is a Chinese designer/);
    expect(JSON.stringify(result.page)).not.toMatch(/<img|onerror/);
    expect(result.page.url).toBe('https://en.wikipedia.org/wiki/Xiaomi');
  });

  it('encodes titles and builds the link from the canonical title', async () => {
    let asked = '';
    const result = await fetchSummary('Apple (company)', {
      fetchImpl: async (url) => {
        asked = url;
        return new Response(fixture('Apple_(company)'), { status: 200 });
      },
    });
    expect(asked.endsWith('Apple_(company)')).toBe(true);
    expect(result.kind === 'page' && result.page.url).toBe('https://en.wikipedia.org/wiki/Apple_Inc.');
    expect(await fetchSummary('AC/DC', { fetchImpl: async (url) => ((asked = url), new Response('{}', { status: 404 })) })).toEqual({ kind: 'missing' });
    expect(asked.endsWith('AC%2FDC')).toBe(true);
  });

  it('tells disambiguation pages, missing pages, errors and malformed answers apart', async () => {
    expect(await fetchSummary('Tesla', { fetchImpl: respond(200, fixture('Tesla')) })).toEqual({ kind: 'disambiguation' });
    expect(await fetchSummary('Nobody', { fetchImpl: respond(404, '{"title":"Not found."}') })).toEqual({ kind: 'missing' });
    expect(await fetchSummary('X', { fetchImpl: respond(500, 'oops') })).toEqual({ kind: 'error', reason: 'HTTP 500' });
    expect(await fetchSummary('X', { fetchImpl: respond(200, '{"type":"standard","title":"X","ext') })).toEqual({ kind: 'error', reason: 'malformed JSON' });
    expect(await fetchSummary('X', { fetchImpl: respond(200, '{"type":42,"title":["X"]}') })).toEqual({ kind: 'error', reason: 'unexpected response' });
    expect(await fetchSummary('X', { fetchImpl: respond(200, 'null') })).toMatchObject({ kind: 'error' });
    expect(await fetchSummary('X', { fetchImpl: respond(200, '{"type":"no-extract","title":"X","extract":""}') })).toEqual({ kind: 'missing' });
    expect(await fetchSummary('X', { fetchImpl: async () => Promise.reject(new TypeError('Failed to fetch')) })).toEqual({ kind: 'error', reason: 'Failed to fetch' });
  });

  it('gives up on a slow answer', async () => {
    const slow: FetchLike = (_url, init) =>
      new Promise((_ok, fail) => init.signal?.addEventListener('abort', () => fail(new DOMException('aborted', 'AbortError'))));
    // Fake timers: the timeout fires at 50 ms of the test's clock, whatever the machine's load.
    vi.useFakeTimers();
    try {
      const result = fetchSummary('Li Yanming', { fetchImpl: slow, timeoutMs: 50 });
      await vi.advanceTimersByTimeAsync(50);
      expect(await result).toEqual({ kind: 'error', reason: 'timed out' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('clips long extracts', async () => {
    const long = JSON.stringify({ type: 'standard', title: 'Long', extract: 'A sentence here. '.repeat(200) });
    const result = await fetchSummary('Long', { fetchImpl: respond(200, long) });
    expect(result.kind === 'page' && result.page.extract.length).toBeLessThanOrEqual(600);
  });
});

const page = (title: string, description: string, extract: string): WikiPage => ({ title, description, extract, url: `https://en.wikipedia.org/wiki/${title}` });

describe('choosing the page', () => {
  it('tries forms chosen by type and the article’s description', () => {
    expect(candidateTitles('Apple', 'ORG')).toEqual(['Apple', 'Apple (company)']);
    expect(candidateTitles('Galaxy Space', 'ORG', 'a Chinese space technology company')).toEqual(['Galaxy Space', 'GalaxySpace', 'Galaxy Space (company)']);
    expect(candidateTitles('Labour', 'ORG', 'the opposition party')[1]).toBe('Labour (political party)');
    expect(candidateTitles('John Smith', 'PER', 'the founder of Acme')).toContain('John Smith (businessman)');
    expect(candidateTitles('John Smith', 'PER', 'a senior minister')).toContain('John Smith (politician)');
    expect(candidateTitles('Musk', 'PER')).toEqual(['Musk']);
    for (const titles of [candidateTitles('A B', 'ORG', 'party company news'), candidateTitles('X', 'PER', 'founder minister expert')]) {
      expect(titles.length).toBeLessThanOrEqual(3);
    }
  });

  it('rejects the wrong sense and accepts the right one', () => {
    const fruit = page('Apple', 'Fruit that grows on a tree', 'An apple is a round, edible fruit produced by an apple tree.');
    const company = page('Apple Inc.', 'American multinational technology company', 'Apple Inc. is an American multinational corporation.');
    expect(pageFits(fruit, 'Apple', 'ORG')).toBe(false);
    expect(pageFits(company, 'Apple', 'ORG')).toBe(true);
    expect(pageFits(page('Lei Jun', 'Chinese entrepreneur', 'Lei Jun is a Chinese billionaire entrepreneur.'), 'Lei Jun', 'PER')).toBe(true);
    expect(pageFits(page('Hefei', 'Prefecture-level city in Anhui', 'Hefei is the capital of Anhui.'), 'Hefei', 'LOC')).toBe(true);
    expect(pageFits(company, 'Apple', 'LOC')).toBe(false);
    // The article's own description can vouch for a page that the type words miss.
    const odd = page('Zongmu', '', 'Zongmu makes autonomous driving systems in Shanghai.');
    expect(pageFits(odd, 'Zongmu', 'ORG')).toBe(false);
    expect(pageFits(odd, 'Zongmu', 'ORG', 'a maker of autonomous driving systems')).toBe(true);
  });
});

function memoryStorage(initial: Record<string, unknown> = {}): StorageLike & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

describe('the lookup cache', () => {
  it('keeps pages for a week and misses for a day', async () => {
    let now = 1_000_000;
    const storage = memoryStorage();
    const cache = new LookupCache(storage, () => now);
    const hit = { title: 'Xiaomi', extract: 'Xiaomi is…', url: 'https://en.wikipedia.org/wiki/Xiaomi' };
    await cache.put('ORG|xiaomi', hit);
    await cache.put('PER|nobody', null);
    expect(await cache.get('ORG|xiaomi')).toEqual({ entry: { at: now, page: hit }, fresh: true });
    now += MISS_TTL_MS;
    expect((await cache.get('PER|nobody'))?.fresh).toBe(false);
    expect((await cache.get('ORG|xiaomi'))?.fresh).toBe(true);
    now += HIT_TTL_MS;
    expect((await cache.get('ORG|xiaomi'))?.fresh).toBe(false);
    // A new cache on the same storage reads what was written.
    expect(Object.keys(storage.data[CACHE_KEY] as object)).toContain('ORG|xiaomi');
  });

  it('evicts the oldest entries past its size cap', async () => {
    let now = 0;
    const cache = new LookupCache(memoryStorage(), () => now, 3);
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      now += 1000;
      await cache.put(name, null);
    }
    expect(await cache.size()).toBe(3);
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.get('e')).toBeDefined();
  });

  it('survives damaged storage, entry by entry', async () => {
    const storage = memoryStorage({ [CACHE_KEY]: { good: { at: 1, page: null }, bad: { at: 'x' }, worse: 'nope' } });
    const cache = new LookupCache(storage, () => 2);
    expect(await cache.size()).toBe(1);
    expect(await new LookupCache(memoryStorage({ [CACHE_KEY]: 'garbage' })).size()).toBe(0);
  });
});

describe('the rate limiter', () => {
  it('spaces requests to at most n a second', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(5, () => now, async (ms) => void waits.push(ms));
    for (let i = 0; i < 6; i++) await limiter.take();
    expect(waits).toEqual([200, 400, 600, 800, 1000]);
    now = 5000;
    waits.length = 0;
    await limiter.take();
    expect(waits).toEqual([]);
  });
});

/** A fake API: title → answer, recording what was asked. */
function fakeApi(answers: Record<string, SummaryResult>) {
  const asked: string[] = [];
  return {
    asked,
    summary: async (title: string): Promise<SummaryResult> => {
      asked.push(title);
      return answers[title] ?? { kind: 'missing' };
    },
  };
}
const noWait = new RateLimiter(1e9);
const pageResult = (title: string, description: string, extract: string): SummaryResult => ({ kind: 'page', page: page(title, description, extract) });

describe('WikipediaLookups', () => {
  const answers: Record<string, SummaryResult> = {
    Apple: pageResult('Apple', 'Fruit', 'An apple is an edible fruit.'),
    'Apple (company)': pageResult('Apple Inc.', 'Technology company', 'Apple Inc. is an American technology company.'),
    Tesla: { kind: 'disambiguation' },
    'Tesla (company)': pageResult('Tesla, Inc.', 'Electric vehicle company', 'Tesla, Inc. is an American company.'),
    Starlink: { kind: 'error', reason: 'malformed JSON' },
  };
  const entities: LookupEntity[] = [
    { id: 'e1', name: 'Apple', type: 'ORG' },
    { id: 'e2', name: 'Tesla', type: 'ORG' },
    { id: 'e3', name: 'Starlink', type: 'ORG' },
    { id: 'e4', name: 'Musk', type: 'PER' },
  ];

  it('skips wrong senses and disambiguation pages, and caches pages and misses but not errors', async () => {
    const api = fakeApi(answers);
    const storage = memoryStorage();
    const lookups = new WikipediaLookups({ cache: new LookupCache(storage), limiter: noWait, summary: api.summary });
    const found = await lookups.lookUp(entities);
    expect(found.get('e1')?.title).toBe('Apple Inc.');
    expect(found.get('e2')?.title).toBe('Tesla, Inc.');
    expect(found.has('e3')).toBe(false);
    expect(found.has('e4')).toBe(false);
    expect(api.asked.sort()).toEqual(['Apple', 'Apple (company)', 'Musk', 'Starlink', 'Tesla', 'Tesla (company)']);
    expect(Object.keys(storage.data[CACHE_KEY] as object).sort()).toEqual(['ORG|apple', 'ORG|tesla', 'PER|musk']);

    api.asked.length = 0;
    const again = await lookups.lookUp(entities);
    expect(again.get('e1')?.title).toBe('Apple Inc.');
    expect(api.asked).toEqual(['Starlink']);
  });

  it('falls back on a stale page when offline', async () => {
    let now = 0;
    const storage = memoryStorage();
    const online = new WikipediaLookups({ cache: new LookupCache(storage, () => now), limiter: noWait, summary: fakeApi(answers).summary });
    await online.lookUp([entities[0]!]);
    now += HIT_TTL_MS * 2;
    const offline = new WikipediaLookups({
      cache: new LookupCache(storage, () => now),
      limiter: noWait,
      summary: async () => ({ kind: 'error', reason: 'Failed to fetch' }),
    });
    expect((await offline.lookUp([entities[0]!])).get('e1')?.title).toBe('Apple Inc.');
  });

  it('spends at most its budget of requests on one page', async () => {
    const api = fakeApi({});
    const lookups = new WikipediaLookups({ cache: new LookupCache(memoryStorage()), limiter: noWait, summary: api.summary });
    const many = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, name: `Company ${i}`, type: 'ORG' as const }));
    await lookups.lookUp(many);
    expect(api.asked.length).toBe(MAX_REQUESTS_PER_PAGE);
  });
});

describe('entity context in the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  const request = {
    type: 'entity-context' as const,
    online: true,
    entities: [
      { id: 'e1', name: 'Tesla', type: 'LOC' as const },
      { id: 'e2', name: 'Li Yanming', type: 'PER' as const, context: 'China expert' },
      { id: 'e3', name: 'U.S.', type: 'LOC' as const },
    ],
  };

  it('answers from the gazetteer, with corrected types, and never looks up while lookups are off', async () => {
    const lookUp = vi.fn(async () => new Map());
    const reply = await entityContext(request, { lookupsAllowed: async () => false, lookups: { lookUp } });
    expect(reply.info.e1?.known).toMatchObject({ name: 'Tesla', type: 'ORG' });
    expect(reply.info.e3?.known?.name).toBe('United States');
    expect(reply.info.e2).toBeUndefined();
    expect(lookUp).not.toHaveBeenCalled();
  });

  it('adds summaries only when allowed and asked for', async () => {
    const lookUp = vi.fn(async (entities: readonly LookupEntity[]) => {
      // Lookups get the corrected type.
      expect(entities[0]?.type).toBe('ORG');
      return new Map([['e1', { title: 'Tesla, Inc.', extract: 'Tesla, Inc. is…', url: 'https://en.wikipedia.org/wiki/Tesla,_Inc.' }]]);
    });
    const deps = { lookupsAllowed: async () => true, lookups: { lookUp } };
    expect((await entityContext({ ...request, online: false }, deps)).info.e1?.summary).toBeUndefined();
    const reply = EntityContextReplySchema.parse(await entityContext(request, deps));
    expect(reply.info.e1?.summary).toMatchObject({ title: 'Tesla, Inc.', source: 'Wikipedia' });
    expect(reply.info.e1?.known?.type).toBe('ORG');
  });

  it('through the router, with default settings: gazetteer lines and no network at all', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const reply = EntityContextReplySchema.parse(
      await handleBackgroundMessage(request, { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 }),
    );
    expect(reply.info.e1?.known?.type).toBe('ORG');
    expect(fetchSpy).not.toHaveBeenCalled();
    // A malformed request is refused in plain words, and nothing is looked up.
    expect(await handleBackgroundMessage({ ...request, entities: [{ id: 'x', name: '', type: 'PER' }] }, { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, frameId: 0 })).toMatchObject({ ok: false });
  });
});
