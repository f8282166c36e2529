import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

// The `npm run extract` contract: one JSON line per file, whatever the page's language.
const PARAGRAPHS = [
  'The city council approved the new transit budget on Tuesday after a long debate about bus routes and fares.',
  'Spending on buses will rise by twelve percent next year, the largest increase in a decade, the finance office said.',
  'Council members said the plan would add three new routes in the northern districts, where riders have waited years for service.',
  'The mayor told reporters that the vote was a turning point for the city and thanked the residents who came to the hearings.',
  'Opponents argued that the fare increase would fall hardest on low-income workers who depend on the buses to reach their jobs.',
];
const ARTICLE = `<!doctype html><html lang="en"><head><title>Council approves transit budget</title><meta property="og:type" content="article"><meta property="og:site_name" content="City Herald"><meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="https://city.example/stories/budget.html"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Council approves transit budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const HOME = '<!doctype html><html lang="en"><head><title>City Herald</title></head><body><ul>' + Array.from({ length: 30 }, (_, i) => `<li><a href="/s/${i}">Story ${i}</a></li>`).join('') + '</ul></body></html>';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function extract(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], { encoding: 'utf8' });
  const lines = result.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, string>);
  return { status: result.status, stderr: result.stderr, lines };
}

describe('npm run extract', () => {
  it('prints the article text and metadata for an article, and the reason for a page that is not one', () => {
    const { status, lines } = extract(file('article.html', ARTICLE), file('home.html', HOME));
    expect(status).toBe(0);
    expect(lines).toHaveLength(2);
    const [article, home] = lines;
    expect(Object.keys(article!).sort()).toEqual(['byline', 'file', 'language', 'published', 'reason', 'siteName', 'state', 'text', 'title']);
    expect(article).toMatchObject({ state: 'article', reason: '', language: 'en', siteName: 'City Herald', published: '2024-03-05T10:00:00Z' });
    for (const paragraph of PARAGRAPHS) expect(article!.text).toContain(paragraph);
    expect(article!.text).not.toContain('Home');
    expect(home).toMatchObject({ state: 'not-article', text: '' });
    expect(home!.reason).not.toBe('');
  });

  it('reads a gzip-compressed page as the page inside it', () => {
    const plain = extract(file('plain.html', ARTICLE)).lines[0]!;
    const packed = extract(file('packed.html.gz', gzipSync(ARTICLE))).lines[0]!;
    expect({ ...packed, file: '' }).toEqual({ ...plain, file: '' });
  });

  it('says in one line which file it could not read, and goes on with the others', () => {
    const { status, stderr, lines } = extract(join(dir, 'missing.html'), file('again.html', ARTICLE));
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('missing.html');
    expect(lines).toHaveLength(1);
  });
});
