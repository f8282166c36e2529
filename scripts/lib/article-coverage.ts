import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle } from '../../src/page/article';
import { buildTextMap } from '../../src/page/text-map';
import { readSavedPages, type PageExpectation } from './page-expectations';

export const COVERAGE_TARGET = 0.9;
export const EXTRA_TARGET = 0.1;

export interface CoverageRow {
  page: string;
  expect: PageExpectation;
  state: string;
  /** Share of expected.html's words that our text has. */
  coverage?: number;
  /** Share of our words that expected.html lacks. */
  extra?: number;
  words?: number;
  expectedWords?: number;
  blocks?: number;
  ms?: number;
  reason?: string;
  ok: boolean;
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/[’']/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A paragraph of fewer words without a sentence's end is a label or a credit. */
const LABEL_WORDS = 12;
/** An e-mail address or a social handle: a contact line or an author's bio. */
const CONTACT = /[\w.+-]+@[\w-]+\.\w|(?:^|\s)@\w{2,}/u;

/**
 * Words of expected.html as a reader would see them, less figure captions,
 * labels (a photo credit, "SIGN UP FOR OUR NEWSLETTER": a short paragraph that
 * does not end like a sentence) and contact lines (an author's bio with an
 * e-mail address or a handle): Readability keeps those, but Sourcelight leaves
 * them out on purpose, so they do not count for us (and count as extra if we
 * keep them).
 */
function expectedWords(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const caption of document.querySelectorAll('figcaption')) caption.remove();
  for (const p of document.querySelectorAll('p')) {
    const text = (p.textContent ?? '').trim();
    const label = text.split(/\s+/).length < LABEL_WORDS && !/[.!?…:;]["'”’)\]]*$/u.test(text);
    if (label || CONTACT.test(text)) p.remove();
  }
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push((node as Text).data);
  return words(texts.join(' '));
}

/** How many words two bags share. */
function overlap(ours: string[], expected: string[]): number {
  const counts = new Map<string, number>();
  for (const word of expected) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of ours) {
    const left = counts.get(word) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return shared;
}

/**
 * Runs article detection and the text map on every saved page of `dir` (parsed
 * with linkedom) and compares the text we would annotate with Readability's
 * reference extraction in expected.html, as bags of words.
 */
export function measureArticleCoverage(dir: string): CoverageRow[] {
  return readSavedPages(dir).map(({ name: page, expect }) => {
    const { document } = parseHTML(readFileSync(join(dir, page, 'source.html'), 'utf8'));
    const started = performance.now();
    const result = findArticle(document as unknown as Document);
    const matchesKind = expect === 'unknown' || result.state === expect;
    if (result.state !== 'article') {
      return { page, expect, state: result.state, reason: result.state === 'unsupported-language' ? `lang ${result.lang}: ${result.reason}` : result.reason, ok: matchesKind };
    }
    const map = buildTextMap(result.blocks, result.skip ? { skip: result.skip } : {});
    const ms = performance.now() - started;
    const ours = words(map.text);
    const row: CoverageRow = { page, expect, state: result.state, words: ours.length, blocks: result.blocks.length, ms, ok: matchesKind };
    const expectedPath = join(dir, page, 'expected.html');
    if (!existsSync(expectedPath)) return row;
    const expected = expectedWords(readFileSync(expectedPath, 'utf8'));
    const shared = overlap(ours, expected);
    row.expectedWords = expected.length;
    row.coverage = expected.length ? shared / expected.length : 1;
    row.extra = ours.length ? (ours.length - shared) / ours.length : 0;
    if (expect === 'article') row.ok &&= row.coverage >= COVERAGE_TARGET && row.extra <= EXTRA_TARGET;
    return row;
  });
}
