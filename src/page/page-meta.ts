import type { PageMeta } from '../shared/schema';

/**
 * What a page says about itself: its address, headline, byline, date, site,
 * section and type, read from meta tags (Open Graph, article:*, Dublin Core),
 * JSON-LD and microdata. Everything is page-supplied and untrusted: values are
 * plain strings, trimmed and capped to the schema's lengths.
 */

const LD_ARTICLE = /(Article|BlogPosting|Report|LiveBlogPosting|Review)$/;

/** Readability's own reading of the page, used where the markup says nothing. */
export interface ParsedHints {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  publishedTime?: string | null | undefined;
  siteName?: string | null | undefined;
}

type LdItem = Record<string, unknown>;

/** `<meta name>` tags that carry a page's publication date, as publishing systems and search tools name them. */
const DATE_TAGS = ['date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'publication_date', 'publish-date', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date'];

/**
 * The page's meta tags and JSON-LD objects, read once: an extraction reads the
 * metadata before and after Readability's parse, and a page can hold hundreds of tags.
 */
export interface MetaSources {
  /** `property:og:title`, `name:author` … → their non-empty contents, in document order. */
  tags: Map<string, string[]>;
  items: LdItem[];
}

export function readMetaSources(doc: Document): MetaSources {
  const tags = new Map<string, string[]>();
  for (const el of doc.getElementsByTagName('meta')) {
    const value = el.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (!value) continue;
    for (const attribute of ['property', 'name'] as const) {
      const key = el.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const list = tags.get(`${attribute}:${key}`);
      if (list) list.push(value);
      else tags.set(`${attribute}:${key}`, [value]);
    }
  }
  return { tags, items: jsonLdItems(doc) };
}

export function readPageMeta(doc: Document, hints: ParsedHints = {}, sources: MetaSources = readMetaSources(doc)): PageMeta {
  const { items } = sources;
  const metaContent = (attribute: 'property' | 'name', key: string, notUrl = false) => tagContent(sources, attribute, key, notUrl);
  const main = items.find((item) => typesOf(item).some((t) => LD_ARTICLE.test(t)));
  const meta: PageMeta = {};
  const set = <K extends keyof PageMeta>(key: K, value: PageMeta[K] | undefined) => {
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) meta[key] = value;
  };
  set('url', pageAddress(doc, sources)?.href.slice(0, 4096));
  set(
    'title',
    clip(metaContent('property', 'og:title') ?? text(main?.headline) ?? metaContent('name', 'twitter:title') ?? hints.title ?? doc.title, 1000),
  );
  set('byline', clip(withoutDateParts(hints.byline) ?? names(main?.author) ?? metaContent('name', 'author') ?? metaContent('property', 'article:author', true), 1000));
  set(
    'published',
    clip(
      metaContent('property', 'article:published_time') ??
        text(main?.datePublished) ??
        hints.publishedTime ??
        DATE_TAGS.map((key) => metaContent('name', key)).find(Boolean) ??
        doc.querySelector('[itemprop="datePublished"]')?.getAttribute('content') ??
        doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
        undefined,
      100,
    ),
  );
  set('siteName', clip(metaContent('property', 'og:site_name') ?? names(main?.publisher) ?? hints.siteName, 300));
  set('section', clip(metaContent('property', 'article:section') ?? firstText(main?.articleSection), 300));
  set('ogType', clip(metaContent('property', 'og:type'), 100));
  const types = [...new Set(items.flatMap(typesOf))].slice(0, 20).map((t) => t.slice(0, 100));
  set('schemaTypes', types);
  return meta;
}

/**
 * "Originally published by The Epoch Times · Oct. 20, 2022": a byline element
 * often holds the date too, which `published` already says; the parts of the
 * line that carry digits (dates, times) are left out of the byline.
 */
function withoutDateParts(byline: string | null | undefined): string | undefined {
  if (!byline) return undefined;
  const kept = byline.split(/\s+[·|•–—]\s+/u).filter((part) => !/\d/u.test(part));
  return kept.length > 0 ? kept.join(' · ') : undefined;
}

/** The page's own address: its canonical link, `og:url`, or where it was loaded from. */
export function pageAddress(doc: Document, sources?: MetaSources): URL | undefined {
  const loaded = /^https?:/i.test(doc.URL) ? doc.URL : undefined;
  const ogUrl = sources ? tagContent(sources, 'property', 'og:url') : metaContent(doc, 'property', 'og:url');
  const candidates = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), ogUrl, loaded];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = candidate.trim().startsWith('//') ? new URL(`https:${candidate.trim()}`) : new URL(candidate.trim(), loaded);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      continue;
    }
  }
  return undefined;
}

function tagContent(sources: MetaSources, attribute: 'property' | 'name', key: string, notUrl = false): string | undefined {
  return sources.tags.get(`${attribute}:${key}`)?.find((value) => !(notUrl && /^https?:/i.test(value)));
}

function metaContent(doc: Document, attribute: 'property' | 'name', key: string, notUrl = false): string | undefined {
  for (const el of doc.querySelectorAll(`meta[${attribute}]`)) {
    if (el.getAttribute(attribute)?.trim().toLowerCase() !== key) continue;
    const value = el.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (value && !(notUrl && /^https?:/i.test(value))) return value;
  }
  return undefined;
}

/** The page's JSON-LD objects, top level and `@graph` members; malformed scripts are skipped. */
export function jsonLdItems(doc: Document): LdItem[] {
  const items: LdItem[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of Array.isArray(data) ? data : [data]) {
      if (!isObject(item)) continue;
      items.push(item);
      const graph = item['@graph'];
      if (Array.isArray(graph)) for (const entry of graph) if (isObject(entry)) items.push(entry);
    }
  }
  return items;
}

export function typesOf(item: LdItem): string[] {
  const type = item['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function isObject(value: unknown): value is LdItem {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
}

function firstText(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(text).find(Boolean) : text(value);
}

/** `author` / `publisher` as JSON-LD gives them: a string, an object with a name, or a list of those. */
function names(value: unknown): string | undefined {
  const list = (Array.isArray(value) ? value : [value])
    .map((v) => (isObject(v) ? text(v.name) : text(v)))
    .filter((v): v is string => !!v && !/^https?:/i.test(v));
  return list.length ? [...new Set(list)].join(', ') : undefined;
}

function clip(value: string | null | undefined, max: number): string | undefined {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
}
