import { browser } from 'wxt/browser';
import { describeKnown, retypeKnown } from '../../analysis/knowledge';
import { LOOKUP_ORIGINS } from '../../shared/lookup-origin';
import type { EntityContextReply, EntityContextRequest, EntityInfo } from '../../shared/messages';
import { loadSettings } from '../../shared/settings-store';
import { LookupCache } from './cache';
import { WikipediaLookups, REQUESTS_PER_SECOND } from './lookup-service';
import { RateLimiter } from './rate-limit';
import { fetchSummary } from './wikipedia';

export interface EntityContextDeps {
  /** True only when the reader turned lookups on and granted the host permission. */
  lookupsAllowed(): Promise<boolean>;
  lookups: Pick<WikipediaLookups, 'lookUp'>;
}

let defaults: EntityContextDeps | undefined;
function defaultDeps(): EntityContextDeps {
  defaults ??= {
    async lookupsAllowed() {
      const { settings } = await loadSettings();
      if (!settings.lookups) return false;
      return browser.permissions.contains({ origins: LOOKUP_ORIGINS }).catch(() => false);
    },
    lookups: new WikipediaLookups({
      cache: new LookupCache({
        get: (key) => browser.storage.local.get(key),
        set: (items) => browser.storage.local.set(items),
      }),
      limiter: new RateLimiter(REQUESTS_PER_SECOND),
      summary: (title) => fetchSummary(title),
    }),
  };
  return defaults;
}

/**
 * Context for an article's entities: a line from the offline gazetteer always
 * (nothing leaves the device), and a Wikipedia summary only when the content
 * script asks for one and the reader's own setting allows it.
 */
export async function entityContext(request: EntityContextRequest, deps: EntityContextDeps = defaultDeps()): Promise<EntityContextReply> {
  const entities = retypeKnown(request.entities);
  const info: Record<string, EntityInfo> = {};
  for (const entity of entities) {
    const known = describeKnown(entity.name, entity.type);
    if (known) info[entity.id] = { known: { name: known.name, description: known.description, type: known.type, source: known.source } };
  }
  if (request.online && (await deps.lookupsAllowed())) {
    const pages = await deps.lookups.lookUp(entities);
    for (const [id, page] of pages) {
      info[id] = {
        ...info[id],
        summary: {
          title: page.title,
          ...(page.description ? { description: page.description } : {}),
          extract: page.extract,
          url: page.url,
          source: 'Wikipedia',
        },
      };
    }
  }
  return { info };
}
