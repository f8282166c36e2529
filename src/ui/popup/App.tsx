import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { supportedLanguageList } from '../../analysis/languages/supported';
import type { PageState } from '../../shared/page-state';
import type { PageMeta } from '../../shared/schema';
import { siteRuleFor, type Settings, type SiteRule } from '../../shared/settings';
import { saveSiteRule, SettingsNotSaved, takeSettingsNotice } from '../../shared/settings-store';
import { analysisToMarkdown } from '../export';
import type { PageLink } from './page-link';
import { ExportSection } from './ExportSection';
import { SummaryView } from './SummaryView';

/** `initialSettings`: what the entry point loaded (and repaired) before the first render. */
export function App({ link, initialSettings }: { link: PageLink | undefined; initialSettings: Settings }) {
  const [page, setPage] = useState<PageState | undefined>();
  const [loaded, setLoaded] = useState(false);
  const [settings, setSettings] = useState(initialSettings);
  const [notice, setNotice] = useState<string | undefined>();
  const [siteRuleError, setSiteRuleError] = useState<string | undefined>();

  const refresh = useCallback(async () => {
    setPage(link ? await link.state() : undefined);
    setLoaded(true);
  }, [link]);

  useEffect(() => {
    void refresh();
    void takeSettingsNotice().then(setNotice);
    // The page reports every change of state to the background, which stores it: that is when to ask again.
    return link?.watch(() => void refresh());
  }, [link, refresh]);

  // The page reports its own address, so the popup needs no permission to read tab URLs.
  const host = page ? hostOf(page.url) : '';
  const siteRule: SiteRule | 'default' = (host && siteRuleFor(settings, host)) || 'default';

  const setEnabled = async (enabled: boolean) => {
    if (!link) return;
    await link.send({ type: 'set-enabled', enabled });
    await refresh();
  };

  const changeSiteRule = async (rule: SiteRule | 'default') => {
    if (!host) return;
    try {
      setSettings(await saveSiteRule(host, rule === 'default' ? undefined : rule));
      setSiteRuleError(undefined);
    } catch (error) {
      // The choice goes back to what is stored, and the reader is told why.
      setSiteRuleError(error instanceof SettingsNotSaved ? error.message : 'Not saved.');
      setSettings({ ...settings });
    }
    // The content script follows the stored rule and reports its new state, which `watch` passes on.
  };

  const on = page !== undefined && page.state !== 'off';
  const canToggle = page !== undefined && page.state !== 'not-article' && page.state !== 'unsupported-language';

  return (
    <main aria-busy={page?.state === 'annotating'}>
      <header class="top">
        <h1>Sourcelight</h1>
        {canToggle && (
          <button
            type="button"
            role="switch"
            class="switch"
            aria-checked={on}
            aria-label="Marks on this page"
            onClick={() => void setEnabled(!on)}
          >
            <span class="knob" aria-hidden="true" />
            <span>{on ? 'On' : 'Off'}</span>
          </button>
        )}
      </header>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {!loaded ? (
        <p class="muted">Connecting to the page…</p>
      ) : !link || !page ? (
        <p class="state-message" data-state="unavailable">
          Sourcelight works on web pages (http and https). It cannot read this tab; reload the page if it was open
          before Sourcelight was installed.
        </p>
      ) : (
        <PageView page={page} link={link} onChange={refresh} />
      )}
      {host && (
        <label class="site-rule">
          <span>On {host}</span>
          <select value={siteRule} onChange={(e) => void changeSiteRule(e.currentTarget.value as SiteRule | 'default')}>
            <option value="default">use the default</option>
            <option value="always">always annotate</option>
            <option value="never">never annotate</option>
          </select>
        </label>
      )}
      {host && siteRuleError && (
        <p class="notice" role="alert" data-save="failed">
          {siteRuleError}
        </p>
      )}
      <footer>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
        <span class="muted">{settings.lookups ? 'Runs on your device; names are looked up in Wikipedia.' : 'Runs on your device. Nothing is sent.'}</span>
      </footer>
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function PageView({ page, link, onChange }: { page: PageState; link: PageLink; onChange: () => Promise<void> }) {
  switch (page.state) {
    case 'annotating':
      return (
        <p class="state-message" data-state="annotating" role="status">
          Still analysing this article…
        </p>
      );
    case 'off':
      return (
        <p class="state-message" data-state="off">
          Marks are off on this page. Switch them on above.
        </p>
      );
    case 'not-article':
      return (
        <div class="state-message" data-state="not-article">
          <p>{page.message ?? 'This page does not look like a news article, so nothing is marked.'}</p>
          <button type="button" onClick={() => void link.send({ type: 'analyse-anyway' }).then(onChange)}>
            Analyse this page anyway
          </button>
        </div>
      );
    case 'unsupported-language':
      return (
        <p class="state-message" data-state="unsupported-language">
          {page.message ?? `Sourcelight analyses ${supportedLanguageList()} text only; this article is in another language.`}
        </p>
      );
    case 'error':
      return <ErrorView page={page} />;
    case 'annotated':
      return page.summary ? (
        <>
          {page.meta && <ArticleMeta meta={page.meta} />}
          <SummaryView summary={page.summary} onJump={(target) => void link.send({ type: 'jump-to', target })} />
          <ExportSection
            load={async () => {
              const analysis = await link.analysis();
              if (!analysis) return undefined;
              return {
                json: JSON.stringify({ ...analysis, ...(page.meta ? { page: page.meta } : {}) }, null, 2),
                markdown: analysisToMarkdown(analysis, {
                  url: page.url,
                  ...(page.title ? { title: page.title } : {}),
                  ...(page.meta ? { meta: page.meta } : {}),
                }),
              };
            }}
          />
        </>
      ) : null;
  }
}

/** Headline, byline, date and site, as the page gives them (plain text). */
function ArticleMeta({ meta }: { meta: PageMeta }) {
  const date = readableDate(meta.published);
  const line = [meta.byline, date, meta.siteName].filter(Boolean).join(' · ');
  if (!meta.title && !line) return null;
  return (
    <section class="article-meta" aria-label="Article">
      {meta.title && <p class="article-title">{meta.title}</p>}
      {line && <p class="muted">{line}</p>}
    </section>
  );
}

function readableDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function ErrorView({ page }: { page: PageState }) {
  const [copied, setCopied] = useState(false);
  const details = [`Page: ${page.url}`, `Sourcelight ${browser.runtime.getManifest().version}`, page.details ?? ''].join('\n');
  return (
    <div class="state-message" data-state="error" role="alert">
      <p>{page.message ?? 'Sourcelight could not analyse this page. The page itself is unchanged.'}</p>
      <details>
        <summary>Details for a bug report</summary>
        <pre>{details}</pre>
      </details>
      <button
        type="button"
        onClick={() => void navigator.clipboard.writeText(details).then(() => setCopied(true))}
      >
        {copied ? 'Copied' : 'Copy details'}
      </button>
      <p class="muted">Nothing is sent automatically: paste the details into a report if you wish.</p>
    </div>
  );
}
