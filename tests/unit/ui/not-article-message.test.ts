import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../../src/page/article';
import { refusal } from '../../../src/page/article-verdict';
import { NOT_ARTICLE_REASONS, type NotArticleReason, type PageState } from '../../../src/shared/page-state';
import { canAnalyseAnyway, notArticleMessage } from '../../../src/ui/popup/not-article-message';

const german = JSON.parse(readFileSync(join(__dirname, '../../../assets/public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;

const page = (reasons: NotArticleReason[] | undefined, message?: string): PageState => ({
  state: 'not-article',
  url: 'https://news.example/',
  ...(reasons ? { reasons } : {}),
  ...(message ? { message } : {}),
});

/** The browser answering from the German catalogue, as Chromium with its language set to German does. */
function inGerman(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, values?: string | string[]) => {
    const entry = german[key];
    if (!entry) return '';
    const list = Array.isArray(values) ? values : values === undefined ? [] : [values];
    return entry.message.replace(/\$(\w+)\$/g, () => list[0] ?? '');
  }) as typeof browser.i18n.getMessage);
}

describe('the popup says why a page is not an article, in the reader’s language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('words every reason code (none falls back to the general sentence)', () => {
    const general = notArticleMessage(page(undefined));
    for (const code of NOT_ARTICLE_REASONS) expect(notArticleMessage(page([code])), code).not.toBe(general);
  });

  it('in English, says what the page layer says, for a refusal before the verdict and for the verdict’s causes', () => {
    for (const code of ['no-text', 'short-prose', 'no-main-text', 'failed'] as const) expect(notArticleMessage(page([code]))).toBe(refusal(code).reason);
    const { document } = parseHTML(readFileSync('tests/fixtures/verdict/section-front.html', 'utf8'));
    Object.defineProperty(document, 'URL', { value: 'https://www.dailyexample.com/world/europe', configurable: true });
    const front = extractArticle(document as unknown as Document);
    if (front.state !== 'not-article') throw new Error('the section front was taken for an article');
    expect(front.reasons).toContain('teasers');
    expect(notArticleMessage(page(front.reasons))).toBe(front.reason);
  });

  it('in German, words each cause from the German catalogue', () => {
    inGerman();
    expect(notArticleMessage(page(['front-page', 'teasers'], 'This page does not look like a single article: …'))).toBe(
      'Diese Seite sieht nicht wie ein einzelner Artikel aus: ihre Adresse ist die einer Start- oder Rubrikenseite; ihr Text besteht aus Anrissen anderer Seiten.',
    );
    expect(notArticleMessage(page(['short-prose']))).toBe('Die Seite enthält keinen längeren zusammenhängenden Fließtext.');
  });

  it('without codes (a state stored by an older version), shows the page’s English sentence, or the catalogue’s general one in German', () => {
    expect(notArticleMessage(page(undefined, 'No article here.'))).toBe('No article here.');
    inGerman();
    expect(notArticleMessage(page(undefined, 'No article here.'))).toBe(german.stateNotArticle!.message);
  });

  it('offers "Analyse this page anyway" for every refusal but those with nothing to analyse', () => {
    const offered = NOT_ARTICLE_REASONS.filter((code) => canAnalyseAnyway(page([code])));
    expect(offered).toEqual(['short-prose', 'front-page', 'listing', 'teasers', 'declared-other', 'mostly-links', 'little-prose', 'no-signal']);
    expect(canAnalyseAnyway(page(undefined, 'No article here.'))).toBe(true);
  });
});
