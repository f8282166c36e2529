import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGE_NAMES } from '../../src/analysis/languages/supported';

/** What Sourcelight should make of a saved page. */
export type PageExpectation = 'article' | 'unsupported-language' | 'not-article' | 'unknown';

export interface SavedPage {
  name: string;
  expect: PageExpectation;
  /** An article's language (ISO 639-1), where SOURCE.md lists it under a language with a pack. */
  language?: string;
}

/**
 * The saved pages of a fixture folder (folders with source.html), with what
 * SOURCE.md's bullet lists say they are: articles in a language with a pack
 * ("- English …: a b c", "- German …: d e"), "- Non-English …: x (fr) …", "- Not a single …: y z".
 */
export function readSavedPages(dir: string): SavedPage[] {
  const expectations = readExpectations(join(dir, 'SOURCE.md'));
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, expect: 'unknown' as const, ...expectations.get(name) }));
}

/** A bullet that lists pages: articles in a supported language, articles in another, or pages that are none. */
const LIST_LINE = new RegExp(`^-\\s*(${[...Object.values(LANGUAGE_NAMES), 'Non-English', 'Not a single'].join('|')})\\b[^:]*:(.*)$`);

const CODE_OF_NAME = new Map(Object.entries(LANGUAGE_NAMES).map(([code, name]) => [name, code]));

function readExpectations(path: string): Map<string, { expect: PageExpectation; language?: string }> {
  const found = new Map<string, { expect: PageExpectation; language?: string }>();
  if (!existsSync(path)) return found;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const match = LIST_LINE.exec(line);
    if (!match) continue;
    const language = CODE_OF_NAME.get(match[1]!);
    const kind: PageExpectation = language ? 'article' : match[1] === 'Non-English' ? 'unsupported-language' : 'not-article';
    // The list ends at the first sentence-like parenthesis that is not a language tag.
    const names = match[2]!.replace(/\([a-z]{2}(?:-[A-Z]{2})?\)/g, ' ').split(/\(/)[0]!;
    for (const name of names.split(/[\s,]+/)) if (/^[\w-]+$/.test(name)) found.set(name, { expect: kind, ...(language ? { language } : {}) });
  }
  return found;
}

/**
 * What `npm run extract` gives for a saved page, as the text kept in its
 * folder's `expected-extract.txt`: a few header lines (state, reason, language,
 * title), a line `---`, then the article text exactly as the extension would
 * analyse it. Plain text, so a change shows as a readable line diff.
 */
export function formatExtraction(page: { state: string; reason?: string; language: string; title?: string; text: string }): string {
  const header = [`state: ${page.state}`, ...(page.reason ? [`reason: ${page.reason}`] : []), `language: ${page.language}`, ...(page.title ? [`title: ${page.title}`] : [])];
  return `${header.join('\n')}\n---\n${page.text}\n`;
}

export const EXPECTED_EXTRACT = 'expected-extract.txt';
