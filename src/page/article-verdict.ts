import type { TextMap } from './text-map';

export interface Verdict {
  article: boolean;
  reason: string;
}

const NON_ARTICLE_OG_TYPES = /^(website|product|profile|video|music|book|place|business)/i;
const ARTICLE_LD_TYPES = /(Article|BlogPosting|Report|Review|LiveBlogPosting)$/;
const LISTING_LD_TYPES = /^(WebSite|CollectionPage|ItemList|SearchResultsPage|Product|ProfilePage)$/;

/**
 * Readability finds the longest run of prose on any page; whether that is a
 * news article is weighed here from the page's own metadata (Open Graph,
 * JSON-LD), its address, and the shape of the extracted text. Signals:
 * +2 declared an article, −1 declared something else, +1 byline or date,
 * −3 a front or section page address, and for the text: +1 long prose,
 * −2 mostly links, −1 little prose. An article needs at least +1.
 */
export function judgeArticle(
  doc: Document,
  extracted: TextMap,
  parsed: { byline?: string | null | undefined; publishedTime?: string | null | undefined },
): Verdict {
  const reasons: string[] = [];
  let score = 0;

  const ogType = metaContent(doc, 'meta[property="og:type"]');
  const ldTypes = jsonLdTypes(doc);
  if (ogType?.toLowerCase() === 'article' || ldTypes.some((t) => ARTICLE_LD_TYPES.test(t))) {
    score += 2;
  } else if ((ogType && NON_ARTICLE_OG_TYPES.test(ogType)) || ldTypes.some((t) => LISTING_LD_TYPES.test(t))) {
    score -= 1;
    reasons.push(`the page calls itself a ${ogType ?? ldTypes.find((t) => LISTING_LD_TYPES.test(t))}`);
  }

  const dated =
    parsed.byline?.trim() ||
    parsed.publishedTime?.trim() ||
    metaContent(doc, 'meta[property="article:published_time"]') ||
    doc.querySelector('[itemprop="datePublished"]');
  if (dated) score += 1;

  if (isFrontPageAddress(pageAddress(doc))) {
    score -= 3;
    reasons.push('its address is a front or section page');
  }

  const shape = textShape(extracted);
  if (shape.linkShare > 0.2) {
    score -= 2;
    reasons.push('most of its text is links');
  } else if (shape.proseShare < 0.5) {
    score -= 1;
    reasons.push('little of its text is running prose');
  } else if (shape.proseChars >= 1000 && shape.proseShare >= 0.6) {
    score += 1;
  }

  if (score >= 1) return { article: true, reason: '' };
  const why = reasons.length > 0 ? reasons.join('; ') : 'nothing marks it as a news article';
  return { article: false, reason: `This page does not look like a single article: ${why}.` };
}

/** Share of the text in links, and how much of it is paragraphs of running prose. */
function textShape(map: TextMap): { linkShare: number; proseShare: number; proseChars: number } {
  const total = map.text.length || 1;
  const linked = map.links.reduce((sum, link) => sum + link.end - link.start, 0);
  let proseChars = 0;
  let link = 0;
  for (const block of map.blocks) {
    const length = block.end - block.start;
    if (length < 100 || block.kind === 'heading') continue;
    let inLinks = 0;
    while (link < map.links.length && map.links[link]!.end <= block.start) link++;
    for (let i = link; i < map.links.length && map.links[i]!.start < block.end; i++) {
      inLinks += map.links[i]!.end - map.links[i]!.start;
    }
    const line = map.text.slice(block.start, block.end).trimEnd();
    if (/[.!?…"'”’)]$/.test(line) && inLinks / length < 0.5) proseChars += length;
  }
  return { linkShare: linked / total, proseShare: proseChars / total, proseChars };
}

function metaContent(doc: Document, selector: string): string | undefined {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

/** The `@type`s of the page's JSON-LD objects (top level and `@graph`). */
function jsonLdTypes(doc: Document): string[] {
  const types: string[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (!item || typeof item !== 'object') continue;
      const graph = (item as Record<string, unknown>)['@graph'];
      for (const entry of Array.isArray(graph) ? [item, ...graph] : [item]) {
        const type = entry && typeof entry === 'object' ? (entry as Record<string, unknown>)['@type'] : undefined;
        for (const t of Array.isArray(type) ? type : [type]) if (typeof t === 'string') types.push(t);
      }
    }
  }
  return types;
}

/** The page's own address: its canonical link, `og:url`, or where it was loaded from. */
function pageAddress(doc: Document): URL | undefined {
  const base = /^https?:/i.test(doc.URL) ? doc.URL : undefined;
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    metaContent(doc, 'meta[property="og:url"]'),
    doc.URL,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = candidate.startsWith('//') ? new URL(`https:${candidate}`) : new URL(candidate, base);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** A site's root or a one-word section ("/news/", "/es/") rather than an article's slug or id. */
function isFrontPageAddress(url: URL | undefined): boolean {
  if (!url) return false;
  const parts = url.pathname.split('/').filter((p) => p && !/^index\.\w+$/i.test(p));
  if (parts.length === 0) return !url.search;
  return parts.length === 1 && /^[a-z]{1,20}$/i.test(parts[0]!);
}
