import { normalizeName } from '../../analysis/knowledge';
import type { EntityType } from '../../shared/schema';
import type { CachedPage, LookupCache } from './cache';
import type { RateLimiter } from './rate-limit';
import { candidateTitles, pageFits } from './sense';
import type { SummaryResult } from './wikipedia';

/** At most this many requests for one article, however many titles its names need. */
export const MAX_REQUESTS_PER_PAGE = 30;
export const REQUESTS_PER_SECOND = 5;
const CONCURRENCY = 4;

export interface LookupEntity {
  id: string;
  name: string;
  type: EntityType;
  /** The article's description of the entity: used here to choose a page, never sent. */
  context?: string;
}

export interface LookupDeps {
  cache: LookupCache;
  limiter: RateLimiter;
  summary: (title: string) => Promise<SummaryResult>;
}

type Resolution = { kind: 'page'; page: CachedPage } | { kind: 'none' } | { kind: 'error' };

/**
 * Wikipedia summaries for an article's entities: from the cache when fresh,
 * else from the network, title by title, within the page's request budget and
 * the global rate limit. A failure (offline, timeout, server error, malformed
 * answer) falls back to a stale cached page, or to nothing.
 */
export class WikipediaLookups {
  private readonly inFlight = new Map<string, Promise<CachedPage | undefined>>();

  constructor(private readonly deps: LookupDeps) {}

  async lookUp(entities: readonly LookupEntity[]): Promise<Map<string, CachedPage>> {
    let budget = MAX_REQUESTS_PER_PAGE;
    const spend = () => budget-- > 0;
    const found = new Map<string, CachedPage>();
    const queue = [...entities];
    const work = async () => {
      for (let entity = queue.shift(); entity; entity = queue.shift()) {
        const page = await this.one(entity, spend);
        if (page) found.set(entity.id, page);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, work));
    return found;
  }

  private async one(entity: LookupEntity, spend: () => boolean): Promise<CachedPage | undefined> {
    const key = `${entity.type}|${normalizeName(entity.name)}`;
    const cached = await this.deps.cache.get(key);
    if (cached?.fresh) return cached.entry.page ?? undefined;
    const running = this.inFlight.get(key);
    if (running) return running;
    const task = (async () => {
      const result = await this.resolve(entity, spend);
      if (result.kind === 'page') {
        await this.deps.cache.put(key, result.page);
        return result.page;
      }
      if (result.kind === 'none') {
        await this.deps.cache.put(key, null);
        return undefined;
      }
      return cached?.entry.page ?? undefined;
    })();
    this.inFlight.set(key, task);
    try {
      return await task;
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async resolve(entity: LookupEntity, spend: () => boolean): Promise<Resolution> {
    for (const title of candidateTitles(entity.name, entity.type, entity.context)) {
      if (!spend()) return { kind: 'error' };
      await this.deps.limiter.take();
      const result = await this.deps.summary(title);
      if (result.kind === 'error') return { kind: 'error' };
      if (result.kind === 'page' && pageFits(result.page, entity.name, entity.type, entity.context)) {
        return { kind: 'page', page: result.page };
      }
      // Missing, a disambiguation page or the wrong sense: try the next title.
    }
    return { kind: 'none' };
  }
}
