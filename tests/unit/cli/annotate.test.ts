import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../scripts/lib/read-article';

const PARAGRAPHS = [
  'The city council approved the new transit budget on Tuesday after a long debate about bus routes and fares.',
  'Spending on buses <a href="budget/report.html">will rise by twelve percent next year</a>, the largest increase in a decade.',
  'Council members said the plan would add three new routes in the northern districts, where riders have waited years for service.',
  'The mayor told reporters that the vote was a turning point for the city and thanked the residents who came to the hearings.',
  'Opponents argued that the fare increase would fall hardest on low-income workers who depend on the buses to reach their jobs.',
];

function page(base: string | undefined): string {
  return `<!doctype html><html lang="en"><head><title>Council approves transit budget</title><meta property="og:type" content="article"><meta property="article:published_time" content="2024-03-05T10:00:00Z">${
    base === undefined ? '' : `<base href="${base}">`
  }</head><body><article><h1>Council approves transit budget</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

function linkOf(html: string, url?: string): string | undefined {
  const article = readHtmlArticle(html, url);
  if (!article.ok) throw new Error(article.reason);
  return article.links[0]?.href;
}

describe('the CLI reads links as a browser would', () => {
  it('resolves a relative <base href> against --url instead of replacing it', () => {
    expect(linkOf(page('/news/2024/'), 'https://city.example/stories/budget.html')).toBe('https://city.example/news/2024/budget/report.html');
  });

  it('keeps an absolute <base href> whatever --url says', () => {
    expect(linkOf(page('https://archive.example/2024/'), 'https://city.example/stories/budget.html')).toBe(
      'https://archive.example/2024/budget/report.html',
    );
    expect(linkOf(page('https://archive.example/2024/'))).toBe('https://archive.example/2024/budget/report.html');
  });

  it('uses --url alone when there is no base, or the base does not parse', () => {
    expect(linkOf(page(undefined), 'https://city.example/stories/budget.html')).toBe('https://city.example/stories/budget/report.html');
    expect(linkOf(page('https://[broken/'), 'https://city.example/stories/budget.html')).toBe('https://city.example/stories/budget/report.html');
  });
});

// Each case starts the CLI in a fresh Node process, which takes seconds on a loaded machine.
describe('annotate --url', { timeout: 30_000 }, () => {
  const run = (args: string[], input: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], { input, encoding: 'utf8' });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'city.example/stories'])(
    'rejects %s with exit code 2 and one line',
    (url) => {
      const result = run(['-', '--url', url], page(undefined));
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/--url must be an absolute http or https address/);
    },
  );

  it("sources a linked claim to the host of the page's own base, as the extension does", () => {
    const result = run(['-', '--url', 'https://city.example/stories/budget.html', '--format', 'text'], page('https://archive.example/2024/'));
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/source: archive\.example/);
  });
});
