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

  if (!settings) return <p>Loading settings…</p>;

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
      setStatus({ kind: 'failed', message: error instanceof SettingsNotSaved ? error.message : 'Not saved.' });
      setSettings((current) => current && { ...current });
    }
  };
  /** Turning lookups on asks for the host permission first, in the click's user gesture. */
  const setLookups = async (on: boolean) => {
    if (on) {
      const granted = await browser.permissions.request({ origins: LOOKUP_ORIGINS }).catch(() => false);
      if (!granted) {
        setLookupNote('Lookups stay off: the browser did not grant access to Wikipedia.');
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
      <h1>Sourcelight options</h1>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {(readOnly.synced || readOnly.sites) && (
        <p class="notice" role="status" data-read-only>
          A newer version of Sourcelight saved {readOnly.synced ? 'these settings' : 'the site list'}. This version uses
          what it understands and leaves {readOnly.synced ? 'them' : 'it'} unchanged; update Sourcelight to change{' '}
          {readOnly.synced ? 'them' : 'it'}.
        </p>
      )}
      <fieldset disabled={readOnly.synced}>
        <legend>Pages</legend>
        <label class="row">
          <input
            type="checkbox"
            name="autoAnnotate"
            checked={settings.autoAnnotate}
            onChange={(e) => save({ ...settings, autoAnnotate: e.currentTarget.checked })}
          />
          Annotate articles automatically when they open
        </label>
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>Claims to mark</legend>
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
        <legend>Names to mark</legend>
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
        <legend>Appearance</legend>
        <label class="row">
          Show on the page
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
          Colour scheme
          <select
            name="colorScheme"
            value={settings.colorScheme}
            onChange={(e) => save({ ...settings, colorScheme: e.currentTarget.value as Settings['colorScheme'] })}
          >
            <option value="auto">Follow the system</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="high-contrast">High contrast</option>
          </select>
        </label>
        <label class="row">
          Note card delay on hover
          <input
            type="range"
            name="noteDelayMs"
            min={0}
            max={1500}
            step={50}
            value={settings.noteDelayMs}
            aria-valuetext={`${settings.noteDelayMs} milliseconds`}
            onInput={(e) => save({ ...settings, noteDelayMs: Number(e.currentTarget.value) }, 'soon')}
          />
          <output>{settings.noteDelayMs} ms</output>
        </label>
      </fieldset>
      <fieldset disabled={readOnly.synced}>
        <legend>Look up names in Wikipedia</legend>
        <label class="row">
          <input
            type="checkbox"
            name="lookups"
            checked={settings.lookups}
            onChange={(e) => void setLookups(e.currentTarget.checked)}
          />
          Add a short Wikipedia summary to the notes for people, organizations and places
        </label>
        <p class="muted" id="lookups-explanation">
          Off unless you turn it on. When on, after an article is marked Sourcelight sends up to 20 of the names it
          marked there (people, organizations, places and other names) to Wikipedia (en.wikipedia.org), one name per
          request, to fetch each one’s summary. Only the names are sent: never the article’s text or address, and no cookies. Wikipedia sees your IP
          address, as with any visit. Summaries are kept on this device for a week, so a name is not asked for again
          and notes still show it offline. Your browser will ask you to allow access to en.wikipedia.org.
        </p>
        <p class="muted">
          Without this, notes still get a line from Sourcelight’s offline gazetteer, built into the extension (countries,
          capitals, international organizations, large companies and news media; from world-countries, ODbL, and
          countries-list, MIT), and nothing leaves your browser.
        </p>
        {lookupNote && (
          <p class="notice" role="status">
            {lookupNote}
          </p>
        )}
      </fieldset>
      <fieldset disabled={readOnly.sites}>
        <legend>Sites</legend>
        <p class="muted">Site rules are kept on this device only: they are not synced to your other browsers.</p>
        {sites.length === 0 ? (
          <p class="muted">No site rules yet. Choose “always” or “never” for a site in the popup.</p>
        ) : (
          <ul class="sites">
            {sites.map(([host, rule]) => (
              <li key={host}>
                <span class="host">{host}</span>
                <span class="muted">{rule === 'always' ? 'always annotate' : 'never annotate'}</span>
                <button
                  type="button"
                  aria-label={`Forget the rule for ${host}`}
                  onClick={() => void forgetSite(host)}
                >
                  Remove
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
          {status?.kind === 'saved' ? 'Saved.' : ''}
        </p>
      )}
    </main>
  );
}
