import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readHtmlArticle } from '../lib/read-article';

export const PAGES_DIR = resolve('tests/fixtures/pages');
export const SEED_DIR = resolve('tests/fixtures/seed');

/** The English news articles among the saved pages, as SOURCE.md lists them. */
export function englishArticlePages(): string[] {
  const source = readFileSync(join(PAGES_DIR, 'SOURCE.md'), 'utf8');
  const line = source.split('\n').find((l) => l.startsWith('- English news/feature articles:'));
  if (!line) throw new Error(`${PAGES_DIR}/SOURCE.md lists no English articles`);
  return line.split(':')[1]!.trim().split(/\s+/);
}

/** The English saved pages, largest source.html first. */
export function largestEnglishPages(count: number): string[] {
  const size = (name: string) => statSync(join(PAGES_DIR, name, 'source.html')).size;
  return englishArticlePages()
    .sort((a, b) => size(b) - size(a))
    .slice(0, count);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Article text of exactly `words` words: the seed article, then the saved
 * English articles as the extension would read them, repeated as needed.
 */
export function buildCorpus(sizes: readonly number[]): Map<number, string> {
  const articles = [readFileSync(join(SEED_DIR, 'article.txt'), 'utf8')];
  for (const name of englishArticlePages()) {
    const article = readHtmlArticle(readFileSync(join(PAGES_DIR, name, 'source.html'), 'utf8'), `http://127.0.0.1/${name}/`);
    if (article.ok) articles.push(article.text);
  }
  const largest = Math.max(...sizes);
  const paragraphs: string[] = [];
  for (let words = 0, i = 0; words < largest; i++) {
    const text = articles[i % articles.length]!;
    paragraphs.push(text);
    words += wordCount(text);
  }
  const whole = paragraphs.join('\n\n');
  return new Map(sizes.map((size) => [size, firstWords(whole, size)]));
}

/** The text up to the end of its `count`th word. */
function firstWords(text: string, count: number): string {
  const word = /\S+/g;
  let end = 0;
  for (let n = 0; n < count; n++) {
    const match = word.exec(text);
    if (!match) break;
    end = match.index + match[0].length;
  }
  return text.slice(0, end);
}
