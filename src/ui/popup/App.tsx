import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SUPPORTED_LANGUAGES } from '../../analysis/languages/supported';
import type { PageState } from '../../shared/page-state';
import type { PageMeta } from '../../shared/schema';
import { siteRuleFor, type Settings, type SiteRule } from '../../shared/settings';
import { saveSiteRule, SettingsNotSaved, takeSettingsNotice } from '../../shared/settings-store';
import { analysisToMarkdown } from '../export';
import { englishOr, t, type MessageKey } from '../i18n';
import { languageList } from '../words';
import { canAnalyseAnyway, notArticleMessage } from './not-article-message';
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
      setSiteRuleError(englishOr(error instanceof SettingsNotSaved ? error.message : undefined, 'notSaved'));
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
            aria-label={t('popupMarksSwitch')}
            onClick={() => void setEnabled(!on)}
          >
            <span class="knob" aria-hidden="true" />
            <span>{on ? t('switchOn') : t('switchOff')}</span>
          </button>
        )}
      </header>
      {notice && (
        <p class="notice" role="status">
          {englishOr(notice, 'settingsNotice')}
        </p>
      )}
      {!loaded ? (
        <p class="muted">{t('popupConnecting')}</p>
      ) : !link || !page ? (
        <p class="state-message" data-state="unavailable">
          {t('popupUnavailable')}
        </p>
      ) : (
        <PageView page={page} link={link} onChange={refresh} />
      )}
      {host && (
        <label class="site-rule">
          <span>{t('siteRuleOn', host)}</span>
          <select value={siteRule} onChange={(e) => void changeSiteRule(e.currentTarget.value as SiteRule | 'default')}>
            <option value="default">{t('siteRuleDefault')}</option>
            <option value="always">{t('siteRuleAlways')}</option>
            <option value="never">{t('siteRuleNever')}</option>
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
          {t('popupOptions')}
        </button>
        <span class="muted">{settings.lookups ? t('footerLookups') : t('footerLocal')}</span>
      </footer>
    </main>
  );
}

/** The page's own sentence about its state, with its reasons (English); else, or in another language, the catalogue's. */
function pageMessage(page: PageState, fallback: MessageKey, ...substitutions: string[]): string {
  return englishOr(page.message, fallback, ...substitutions);
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
          {t('stateAnnotating')}
        </p>
      );
    case 'off':
      return (
        <p class="state-message" data-state="off">
          {t('stateOff')}
        </p>
      );
    case 'not-article':
      return (
        <div class="state-message" data-state="not-article">
          <p>{notArticleMessage(page)}</p>
          {canAnalyseAnyway(page) && (
            <button type="button" onClick={() => void link.send({ type: 'analyse-anyway' }).then(onChange)}>
              {t('analyseAnyway')}
            </button>
          )}
        </div>
      );
    case 'unsupported-language':
      return (
        <p class="state-message" data-state="unsupported-language">
          {pageMessage(page, page.languageUnclear ? 'stateLanguageUnclear' : 'stateUnsupportedLanguage', languageList(SUPPORTED_LANGUAGES))}
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
    <section class="article-meta" aria-label={t('articleLabel')}>
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
      <p>{pageMessage(page, 'stateError')}</p>
      <details>
        <summary>{t('errorDetails')}</summary>
        <pre>{details}</pre>
      </details>
      <button
        type="button"
        onClick={() => void navigator.clipboard.writeText(details).then(() => setCopied(true))}
      >
        {copied ? t('errorCopied') : t('errorCopy')}
      </button>
      <p class="muted">{t('errorNothingSent')}</p>
    </div>
  );
}
