import { z } from 'zod';

/**
 * Lookup results kept in storage.local, so that a name is asked for once a
 * week at most and notes still show summaries offline. Misses are kept for a
 * day; errors are not kept. At most MAX_ENTRIES, oldest evicted first.
 */

export const CACHE_KEY = 'lookupCache';
export const HIT_TTL_MS = 7 * 24 * 3600_000;
export const MISS_TTL_MS = 24 * 3600_000;
export const MAX_ENTRIES = 500;

const PageSchema = z.object({
  title: z.string().max(300),
  description: z.string().max(300).optional(),
  extract: z.string().max(1200),
  url: z.string().startsWith('https://'),
});
const EntrySchema = z.object({ at: z.number(), page: PageSchema.nullable() });
export type CachedPage = z.infer<typeof PageSchema>;
export type CacheEntry = z.infer<typeof EntrySchema>;

/** The part of storage.local the cache needs, so tests can hand it a plain object. */
export interface StorageLike {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export class LookupCache {
  private entries: Map<string, CacheEntry> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: StorageLike,
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  private async load(): Promise<Map<string, CacheEntry>> {
    if (this.entries) return this.entries;
    const stored = (await this.storage.get(CACHE_KEY))[CACHE_KEY];
    const map = new Map<string, CacheEntry>();
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      // Entry by entry: one damaged entry must not cost the rest.
      for (const [key, value] of Object.entries(stored)) {
        const entry = EntrySchema.safeParse(value);
        if (entry.success) map.set(key, entry.data);
      }
    }
    this.entries ??= map;
    return this.entries;
  }

  /** The entry for a key and whether it is still fresh; undefined when there is none. */
  async get(key: string): Promise<{ entry: CacheEntry; fresh: boolean } | undefined> {
    const entry = (await this.load()).get(key);
    if (!entry) return undefined;
    const age = this.now() - entry.at;
    return { entry, fresh: age >= 0 && age < (entry.page ? HIT_TTL_MS : MISS_TTL_MS) };
  }

  async put(key: string, page: CachedPage | null): Promise<void> {
    const map = await this.load();
    map.delete(key);
    map.set(key, { at: this.now(), page });
    const now = this.now();
    for (const [k, e] of map) if (now - e.at >= (e.page ? HIT_TTL_MS : MISS_TTL_MS)) map.delete(k);
    if (map.size > this.maxEntries) {
      const oldest = [...map].sort((a, b) => a[1].at - b[1].at).slice(0, map.size - this.maxEntries);
      for (const [k] of oldest) map.delete(k);
    }
    const snapshot = Object.fromEntries(map);
    this.writing = this.writing.then(() => this.storage.set({ [CACHE_KEY]: snapshot })).catch(() => undefined);
    await this.writing;
  }

  async size(): Promise<number> {
    return (await this.load()).size;
  }
}
