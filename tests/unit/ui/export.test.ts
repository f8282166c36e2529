import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis';
import { analysisToMarkdown } from '../../../src/ui/export';

const TEXT = 'The council approved the budget on Tuesday, Mayor Dana Ruiz said. Critics say it is too small.';

describe('Markdown export', () => {
  it('gives the byline, date, site and section as the page words them, each on a labelled line', () => {
    const md = analysisToMarkdown(analyze(TEXT), {
      url: 'https://news.example/story',
      title: 'Council | passes budget',
      meta: { byline: 'By Sam Keller', published: '2026-11-30', siteName: 'Example News', section: 'Local' },
    });
    const lines = md.split('\n').map((line) => line.trimEnd());
    expect(lines[0]).toBe('# Sourcelight: Council \\| passes budget');
    // Bylines often carry their own "By" ("Originally published by …" too): no second one in front.
    expect(lines).toContain('Byline: By Sam Keller');
    expect(md).not.toMatch(/By By/);
    expect(lines).toContain('Published: 2026-11-30');
    expect(lines).toContain('Site: Example News');
    expect(lines).toContain('Section: Local');
  });

  it('has no article lines when the page gives no metadata', () => {
    const md = analysisToMarkdown(analyze(TEXT), { url: 'https://news.example/story' });
    expect(md).not.toMatch(/^(Byline|Published|Site|Section):/m);
    expect(md.split('\n')[0]).toBe('# Sourcelight: https://news.example/story');
  });
});
