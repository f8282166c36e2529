import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LOOKUP_ORIGINS } from '../../shared/lookup-origin';
import { ENTITY_TYPES, LABELS } from '../../shared/schema';
import type { Settings } from '../../shared/settings';
import { loadSettings, saveSettings, takeSettingsNotice, watchSettings } from '../../shared/settings-store';
import { applyTheme } from '../theme';
import { ENTITY_WORDS, LABEL_WORDS } from '../words';

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);
  const [lookupNote, setLookupNote] = useState<string | undefined>();

  useEffect(() => {
    void loadSettings().then(async (r) => {
      setSettings(r.settings);
      setNotice(await takeSettingsNotice());
    });
    return watchSettings(setSettings);
  }, []);

  if (!settings) return <p>Loading settings…</p>;

  const save = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    applyTheme(document, next.colorScheme);
    setSaved(true);
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
      await save({ ...settings, lookups: true });
    } else {
      await save({ ...settings, lookups: false });
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
      <fieldset>
        <legend>Pages</legend>
        <label class="row">
          <input
            type="checkbox"
            name="autoAnnotate"
            checked={settings.autoAnnotate}
            onChange={(e) => void save({ ...settings, autoAnnotate: e.currentTarget.checked })}
          />
          Annotate articles automatically when they open
        </label>
      </fieldset>
      <fieldset>
        <legend>Claims to mark</legend>
        {LABELS.map((label) => (
          <label class="row" key={label}>
            <input
              type="checkbox"
              name={`label-${label}`}
              checked={settings.labels[label]}
              onChange={(e) => void save({ ...settings, labels: { ...settings.labels, [label]: e.currentTarget.checked } })}
            />
            <span class={`swatch label-${label}`} aria-hidden="true" />
            {LABEL_WORDS[label].name} <span class="muted">— {LABEL_WORDS[label].meaning}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Names to mark</legend>
        {ENTITY_TYPES.map((type) => (
          <label class="row" key={type}>
            <input
              type="checkbox"
              name={`type-${type}`}
              checked={settings.entityTypes[type]}
              onChange={(e) =>
                void save({ ...settings, entityTypes: { ...settings.entityTypes, [type]: e.currentTarget.checked } })
              }
            />
            {ENTITY_WORDS[type]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Appearance</legend>
        <label class="row">
          Colour scheme
          <select
            name="colorScheme"
            value={settings.colorScheme}
            onChange={(e) => void save({ ...settings, colorScheme: e.currentTarget.value as Settings['colorScheme'] })}
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
            onChange={(e) => void save({ ...settings, noteDelayMs: Number(e.currentTarget.value) })}
          />
          <output>{settings.noteDelayMs} ms</output>
        </label>
      </fieldset>
      <fieldset>
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
      <fieldset>
        <legend>Sites</legend>
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
                  onClick={() => {
                    const next = { ...settings.sites };
                    delete next[host];
                    void save({ ...settings, sites: next });
                  }}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p class="muted" role="status" aria-live="polite">
        {saved ? 'Saved.' : ''}
      </p>
    </main>
  );
}
