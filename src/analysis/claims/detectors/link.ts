import { DOCUMENT_NOUNS } from '../data/lexicons';
import { REPORTING_FORMS } from '../data/reporting-verbs';
import { parseWebAddress } from '../../url';
import type { Span } from '../../../shared/schema';
import type { Attribution, Detector } from '../types';
import type { Word } from '../words';

/** Paths of pages that list or navigate rather than document: tag, topic, section, author pages. */
const NAVIGATION_PATH = /^\/?(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:tags?|topics?|category|categories|section|sections|author|authors|people|profile|search|subscribe|newsletters?|login|signup|account|about|contact|video|videos|live)(?:\/|$|\?)/iu;
/** A link this long, relative to its sentence, carries the claim rather than a side phrase. */
const CARRYING_SHARE = 0.3;

/**
 * A claim carried by a link to another document is sourced to the link's host.
 * A link over a side phrase does not decide the label, and
 * navigation (tag and topic pages, a site's root) and the page's own site are no source at all.
 */
export const linkDetector: Detector = {
  name: 'link',
  stage: 'frame',
  detect(sentence, article) {
    const found: Attribution[] = [];
    const own = pageHost(article.context.meta?.url);
    for (const link of sentence.links) {
      if (link.end <= sentence.start || link.start >= sentence.end) continue;
      const host = sourceHost(link.href, own);
      if (!host) continue;
      if (!carriesClaim(link, sentence, sentence.words, DOCUMENT_NOUNS, REPORTING_FORMS)) continue;
      found.push({
        detector: this.name,
        source: { start: link.start, end: link.end, text: host, specific: true, href: link.href },
        cues: [{ kind: 'link', start: Math.max(link.start, sentence.start), end: Math.min(link.end, sentence.end) }],
        at: link.start,
      });
    }
    return found;
  },
};

/** A set or map of lower-case words, read only for membership. */
type WordList = { has(word: string): boolean };

/**
 * Whether a link decides its sentence's label: it covers much of the sentence, or holds one of the language's
 * document nouns or reporting forms ("the study", "reported"); a link over a side phrase does not.
 */
export function carriesClaim(link: Span, sentence: Span, words: readonly Word[], documentNouns: WordList, reportingForms: WordList): boolean {
  const share = (Math.min(link.end, sentence.end) - Math.max(link.start, sentence.start)) / Math.max(1, sentence.end - sentence.start);
  return share >= CARRYING_SHARE || words.some((w) => w.start >= link.start && w.end <= link.end && (documentNouns.has(w.lower) || reportingForms.has(w.lower)));
}

/**
 * The host of a link to a document, or undefined for navigation, in-page links and
 * links with credentials: `https://reuters.com:443@evil.example/` goes to evil.example,
 * and a source named by a user name is a disguise, not a source.
 */
export function documentHost(href: string): string | undefined {
  const address = parseWebAddress(href);
  if (!address || address.hasCredentials) return undefined;
  if (address.path === '/' || NAVIGATION_PATH.test(address.path)) return undefined;
  return address.host.replace(/^www\./u, '');
}

/** The host of the page's own address, without "www.", to tell its own site's links apart. */
export function pageHost(url: string | undefined): string | undefined {
  return url ? parseWebAddress(url)?.host.replace(/^www\./u, '') : undefined;
}

/**
 * The host a link sources a claim to: a document's (see `documentHost`) on another site than the page's own
 * (`ownHost`), since a link to the publisher's other stories is the outlet's own reporting, not a source.
 */
export function sourceHost(href: string, ownHost: string | undefined): string | undefined {
  const host = documentHost(href);
  return host && (ownHost === undefined || !sameSite(host, ownHost)) ? host : undefined;
}

/** "edition.cnn.com" and "cnn.com" are one site: one host is the other or ends in it after a dot. */
function sameSite(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}
