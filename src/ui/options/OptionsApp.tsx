import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOOKUP_ORIGINS } from '../../shared/lookup-origin';
import { ENTITY_TYPES, LABELS } from '../../shared/schema';
import type { Settings } from '../../shared/settings';
import {
  loadSettings,
  saveSiteRule,
  SettingsNotSaved,
  SettingsSaver,
  takeSettingsNotice,
  watchSettings,
  type ReadOnlyParts,
  type SaveOutcome,
} from '../../shared/settings-store';
import { englishOr, t } from '../i18n';
import { MODE_WORDS } from '../legend';
import { applyTheme } from '../theme';
import { ENTITY_WORDS, LABEL_WORDS } from '../words';

type Status = { kind: 'saved' } | { kind: 'failed'; message: string } | undefined;

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [readOnly, setReadOnly] = useState<ReadOnlyParts>({ synced: false, sites: false });
  const [notice, setNotice] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>();
  const [lookupNote, setLookupNote] = useState<string | undefined>();
  const saver = useRef<SettingsSaver | undefined>(undefined);

  useEffect(() => {
    let stopWatching = () => {};
    let closed = false;
    const flush = () => void saver.current?.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    void loadSettings().then(async (loaded) => {
      if (closed) return;
      // A failed write shows what is stored again, so the page never claims a change it could not keep.
      saver.current = new SettingsSaver(loaded, (outcome: SaveOutcome) => {
        setSettings(outcome.settings);
        applyTheme(document, outcome.settings.colorScheme);
        setStatus(outcome.ok ? { kind: 'saved' } : { kind: 'failed', message: outcome.message });
      });
      setSettings(loaded.settings);
      setReadOnly(loaded.readOnly);
      stopWatching = watchSettings((fresh) => {
        if (saver.current?.adopt(fresh)) setSettings(fresh);
      });
      setNotice(await takeSettingsNotice());
    });
    // The last change is written when the page is closed or hidden, not lost with its timer.
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      closed = true;
      stopWatching();
      removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, []);

  if (!settings) return <p>{t('optionsLoading')}</p>;

  /** Shows a change at once; it is written now, or for a slider after its last step. */
  const save = (next: Settings, when: 'now' | 'soon' = 'now') => {
    setSettings(next);
    applyTheme(document, next.colorScheme);
    setStatus(undefined);
    saver.current?.change(next, when);
  };
  const forgetSite = async (host: string) => {
    try {
      const stored = await saveSiteRule(host, undefined);
      saver.current?.sitesChanged(stored);
      setSettings((current) => (current ? { ...current, sites: stored.sites } : stored));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: englishOr(error instanceof SettingsNotSaved ? error.message : undefined, 'notSaved') });
      setSettings((current) => current && { ...current });
    }
  };
  /** Turning lookups on asks for the host permission first, in the click's user gesture. */
  const setLookups = async (on: boolean) => {
    if (on) {
      const granted = await browser.permissions.request({ origins: LOOKUP_ORIGINS }).catch(() => false);
      if (!granted) {
        setLookupNote(t('optionsLookupsRefused'));
        setSettings({ ...settings });
        return;
      }
      setLookupNote(undefined);
      save({ ...settings, lookups: true });
    } else {
      save({ ...settings, lookups: false });
      await browser.permissions.remove({ origins: LOOKUP_ORIGINS }).catch(() => false);
    }
  };
  const sites = Object.entries(settings.sites).sort(([a], [b]) => a.localeCompare(b));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      {notice && (
        <p class="notice" role="status">
          {englishOr(notice, 'settingsNotice')}
        </p>
      )}
      {(readOnly.synced || readOnly.sites) && (
        <p class="notice" role="status" data-read-only>
          {readOnly.synced ? t('optionsReadOnlySettings') : t('optionsReadOnlySites')}
        </p>
      )}
      <fieldset disabled={readOnly.synced}>
        <legend>{t('optionsPages')}</legend>
        <label class="row">
          <input
            type="checkbox"
            name="autoAnnotate"
            checked={settings.autoAnnotate}
            onChange={(e) => save({ ...settings, autoAnnotate: e.currentTarget.checked })}
          />
          {t('optionsAutoAnnotate')}
        </label>
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>{t('optionsClaims')}</legend>
        {LABELS.map((label) => (
          <label class="row" key={label}>
            <input
              type="checkbox"
              name={`label-${label}`}
              checked={settings.labels[label]}
              onChange={(e) => save({ ...settings, labels: { ...settings.labels, [label]: e.currentTarget.checked } })}
            />
            <span class={`swatch label-${label}`} aria-hidden="true" />
            {LABEL_WORDS[label].name} <span class="muted">— {LABEL_WORDS[label].meaning}</span>
          </label>
        ))}
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>{t('optionsNames')}</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="row" key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.entityTypes[type]}
              onChange={(e) =>
                save({ ...settings, entityTypes: { ...settings.entityTypes, [type]: e.currentTarget.checked } })
              }
            />
            {ENTITY_WORDS[type]}
          </label>
        ))}
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>{t('optionsAppearance')}</legend>
        <label class="row">
          {t('legendShowOnPage')}
          <select
            name="markMode"
            value={settings.markMode}
            aria-describedby="mark-mode-explanation"
            onChange={(e) => save({ ...settings, markMode: e.currentTarget.value as Settings['markMode'] })}
          >
            <option value="attention">{MODE_WORDS.attention.name}</option>
            <option value="everything">{MODE_WORDS.everything.name}</option>
          </select>
        </label>
        <p class="muted" id="mark-mode-explanation">
          {MODE_WORDS[settings.markMode].meaning}
        </p>
        <label class="row">
          {t('optionsColourScheme')}
          <select
            name="colorScheme"
            value={settings.colorScheme}
            onChange={(e) => save({ ...settings, colorScheme: e.currentTarget.value as Settings['colorScheme'] })}
          >
            <option value="auto">{t('optionsSchemeAuto')}</option>
            <option value="light">{t('optionsSchemeLight')}</option>
            <option value="dark">{t('optionsSchemeDark')}</option>
            <option value="high-contrast">{t('optionsSchemeHighContrast')}</option>
          </select>
        </label>
        <label class="row">
          {t('optionsNoteDelay')}
          <input
            type="range"
            name="noteDelayMs"
            min={0}
            max={1500}
            step={50}
            value={settings.noteDelayMs}
            aria-valuetext={t('optionsMilliseconds', settings.noteDelayMs)}
            onInput={(e) => save({ ...settings, noteDelayMs: Number(e.currentTarget.value) }, 'soon')}
          />
          <output>{settings.noteDelayMs} ms</output>
        </label>
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>{t('optionsLookups')}</legend>
        <label class="row">
          <input
            type="checkbox"
            name="lookups"
            checked={settings.lookups}
            onChange={(e) => void setLookups(e.currentTarget.checked)}
          />
          {t('optionsLookupsToggle')}
        </label>
        <p class="muted" id="lookups-explanation">
          {t('optionsLookupsExplanation')}
        </p>
        <p class="muted">
          {t('optionsGazetteer')}
        </p>
        {lookupNote && (
          <p class="notice" role="status">
            {lookupNote}
          </p>
        )}
      </fieldset>
      <fieldset disabled={readOnly.sites}>
        <legend>{t('optionsSites')}</legend>
        <p class="muted">{t('optionsSitesLocal')}</p>
        {sites.length === 0 ? (
          <p class="muted">{t('optionsSitesNone')}</p>
        ) : (
          <ul class="sites">
            {sites.map(([host, rule]) => (
              <li key={host}>
                <span class="host">{host}</span>
                <span class="muted">{rule === 'always' ? t('siteRuleAlways') : t('siteRuleNever')}</span>
                <button
                  type="button"
                  aria-label={t('optionsForgetSite', host)}
                  onClick={() => void forgetSite(host)}
                >
                  {t('optionsRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {status?.kind === 'failed' ? (
        <p class="notice" role="alert" data-save="failed">
          {status.message}
        </p>
      ) : (
        <p class="muted" role="status" aria-live="polite" data-save={status?.kind ?? 'idle'}>
          {status?.kind === 'saved' ? t('optionsSaved') : ''}
        </p>
      )}
    </main>
  );
}
