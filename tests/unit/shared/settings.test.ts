import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_SITES, repairSyncedSettings, shouldAnnotate, syncedPart } from '../../../src/shared/settings';
import { loadSettings, saveSiteRule, SettingsNotSaved, takeSettingsNotice, updateSettings } from '../../../src/shared/settings-store';
import { enforceQuotas, LOCAL_QUOTA_BYTES } from './storage-quota';

const stored = async (area: 'sync' | 'local', key: string) => (await fakeBrowser.storage[area].get(key))[key];
/** A realistic host name of `length` characters. */
const host = (i: number, length = 24) => `${'news-'.padEnd(length - 12, 'x')}${String(i).padStart(8, '0')}.com`;

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('defaults when nothing is stored, without a notice or a write', async () => {
    const { writes } = enforceQuotas();
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, readOnly: { synced: false, sites: false }, unknownFields: {} });
    expect(writes).toEqual({ sync: 0, local: 0 });
  });

  it('round-trips a change and a site rule through storage', async () => {
    await updateSettings((s) => ({ ...s, noteDelayMs: 800 }));
    await saveSiteRule('example.com', 'never');
    const { settings } = await loadSettings();
    expect(settings.noteDelayMs).toBe(800);
    expect(shouldAnnotate(settings, 'example.com')).toBe(false);
    expect(shouldAnnotate(settings, 'other.org')).toBe(true);
    // Site rules stay on this device; the synced item holds no host names.
    expect(await stored('sync', 'settings')).not.toHaveProperty('sites');
    expect(await stored('local', 'siteRules')).toEqual({ version: 1, sites: { 'example.com': 'never' } });
  });

  it('repairs a corrupted stored value field by field and stores the repair', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { noteDelayMs: 'soon', labels: { opinion: false, sourced: 'yes' }, colorScheme: 'dark' },
    });
    await fakeBrowser.storage.local.set({ siteRules: { version: 1, sites: { 'a.com': 'sometimes', 'b.com': 'always' } } });
    const { settings, notice } = await loadSettings();
    expect(notice).toMatch(/noteDelayMs/);
    expect(notice).toMatch(/sites/);
    expect(settings.noteDelayMs).toBe(DEFAULT_SETTINGS.noteDelayMs);
    expect(settings.colorScheme).toBe('dark');
    expect(settings.labels).toEqual({ sourced: true, vague: true, unsourced: true, opinion: false });
    expect(settings.sites).toEqual({ 'b.com': 'always' });
    expect(await stored('sync', 'settings')).toEqual(syncedPart(settings));
    expect(await stored('local', 'siteRules')).toEqual({ version: 1, sites: { 'b.com': 'always' } });
    expect(await takeSettingsNotice()).toBe(notice);
    expect(await takeSettingsNotice()).toBeUndefined();
  });

  it('moves site rules an earlier release kept in the synced object to this device', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, autoAnnotate: false, sites: { 'old.com': 'never', bad: 42 } } });
    await fakeBrowser.storage.local.set({ siteRules: { version: 1, sites: { 'old.com': 'always', 'new.com': 'never' } } });
    const { settings } = await loadSettings();
    expect(settings.autoAnnotate).toBe(false);
    // This device's own rule wins over the synced copy.
    expect(settings.sites).toEqual({ 'old.com': 'always', 'new.com': 'never' });
    expect(await stored('sync', 'settings')).toEqual(syncedPart(settings));
    expect((await stored('local', 'siteRules')) as object).toEqual({ version: 1, sites: settings.sites });
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf'])(
    'survives a stored key named %s next to an invalid value, in the settings, a flag group and the site list',
    async (name) => {
      const settings = JSON.parse(`{"${name}": 1, "noteDelayMs": "soon", "labels": {"${name}": false, "opinion": false, "vague": 3}}`);
      const siteRules = JSON.parse(`{"version": 1, "sites": {"${name}": "never", "a.com": "always", "b.com": 7}}`);
      await fakeBrowser.storage.sync.set({ settings });
      await fakeBrowser.storage.local.set({ siteRules });
      const loaded = await loadSettings();
      expect(loaded.settings.noteDelayMs).toBe(350);
      expect(loaded.settings.labels).toEqual({ sourced: true, vague: true, unsourced: true, opinion: false });
      expect(loaded.settings.sites['a.com']).toBe('always');
      // A host really named like a prototype member has its own rule, and no other host inherits one.
      expect(shouldAnnotate(loaded.settings, name)).toBe(name === '__proto__' ? true : false);
      expect(shouldAnnotate({ ...loaded.settings, sites: {} }, name)).toBe(true);
    },
  );

  it('repairs 206 site rules next to an invalid value without passing any quota', async () => {
    // As an earlier release stored them: in the synced item, 8,082 bytes, just under its 8,192-byte quota.
    const sites = Object.fromEntries(Array.from({ length: 206 }, (_, i) => [host(i, 28), 'never']));
    await fakeBrowser.storage.sync.set({ settings: { version: 1, noteDelayMs: -5, sites } });
    enforceQuotas();
    const { settings, notice } = await loadSettings();
    expect(notice).toMatch(/noteDelayMs/);
    expect(settings.sites).toEqual(sites);
    expect(await stored('sync', 'settings')).toEqual(syncedPart(settings));
    expect(await stored('local', 'siteRules')).toEqual({ version: 1, sites });
  });

  it('never throws when storage itself fails', async () => {
    await fakeBrowser.storage.local.set({ siteRules: 'garbage' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
    expect(await stored('local', 'siteRules')).toBe('garbage');
  });

  it('reads a newer version’s settings and site list but never writes them', async () => {
    const { writes } = enforceQuotas();
    const future = { version: 2, noteDelayMs: 900, colorScheme: 'sepia', newField: { deep: [1, 2] }, labels: { opinion: false, claims: true } };
    const futureSites = { version: 2, sites: { 'a.com': 'always', 'b.com': 'ask' }, groups: ['news'] };
    await fakeBrowser.storage.sync.set({ settings: future });
    await fakeBrowser.storage.local.set({ siteRules: futureSites });
    writes.sync = writes.local = 0;
    const loaded = await loadSettings();
    expect(loaded.readOnly).toEqual({ synced: true, sites: true });
    expect(loaded.notice).toBeUndefined();
    expect(loaded.settings.noteDelayMs).toBe(900);
    expect(loaded.settings.colorScheme).toBe('auto');
    expect(loaded.settings.labels.opinion).toBe(false);
    expect(loaded.settings.sites).toEqual({ 'a.com': 'always' });
    expect(writes).toEqual({ sync: 0, local: 0 });
    await expect(updateSettings((s) => ({ ...s, autoAnnotate: false }))).rejects.toThrow(SettingsNotSaved);
    await expect(saveSiteRule('c.com', 'never')).rejects.toThrow(/newer version/);
    expect(await stored('sync', 'settings')).toEqual(future);
    expect(await stored('local', 'siteRules')).toEqual(futureSites);
  });

  it('keeps the fields it does not know through a repair and a change (a release may add one without a new version)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { version: 1, noteDelayMs: 'soon', readingMode: { focus: true }, constructor: 1 } });
    await loadSettings();
    expect(await stored('sync', 'settings')).toMatchObject({ noteDelayMs: 350, readingMode: { focus: true }, constructor: 1 });
    await updateSettings((s) => ({ ...s, autoAnnotate: false }));
    expect(await stored('sync', 'settings')).toMatchObject({ autoAnnotate: false, readingMode: { focus: true } });
  });

  it('drops unknown fields only when a change no longer fits the 8,192-byte item with them', async () => {
    const item = (junk: number) => ({ ...syncedPart(DEFAULT_SETTINGS), junk: 'j'.repeat(junk) });
    const size = (value: object) => 'settings'.length + JSON.stringify(value).length;
    const junk = 8_190 - size(item(0));
    await fakeBrowser.storage.sync.set({ settings: item(junk) });
    enforceQuotas();
    await updateSettings((s) => ({ ...s, colorScheme: 'high-contrast' }));
    expect(await stored('sync', 'settings')).toEqual(syncedPart({ ...DEFAULT_SETTINGS, colorScheme: 'high-contrast' }));
  });

  it('treats a version that is not a whole number as invalid, not as newer', () => {
    expect(repairSyncedSettings({ version: 1.5, autoAnnotate: false })).toMatchObject({ newer: false, rewrite: true, value: { autoAnnotate: false } });
    expect(repairSyncedSettings({ version: '2' })).toMatchObject({ newer: false, rewrite: true });
  });

  it('resets settings that are not an object at all', () => {
    for (const value of ['garbage', 42, null, [1, 2], true]) {
      expect(repairSyncedSettings(value)).toMatchObject({ value: syncedPart(DEFAULT_SETTINGS), rewrite: true, notice: expect.stringMatching(/reset/) });
    }
  });

  it(`holds ${MAX_SITES.toLocaleString('en')} sites of the longest host names within storage.local's quota, and says when full`, async () => {
    enforceQuotas();
    const longest = (i: number) => `${String(i).padStart(5, '0')}.${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(57)}.com`;
    expect(longest(0)).toHaveLength(253);
    const sites = Object.fromEntries(Array.from({ length: MAX_SITES - 1 }, (_, i) => [longest(i), i % 2 ? 'always' : 'never']));
    await fakeBrowser.storage.local.set({ siteRules: { version: 1, sites } });
    const added = await saveSiteRule(longest(MAX_SITES - 1), 'never');
    expect(Object.keys(added.sites)).toHaveLength(MAX_SITES);
    const bytes = Buffer.byteLength(JSON.stringify(await stored('local', 'siteRules')));
    expect(bytes).toBeLessThan(LOCAL_QUOTA_BYTES / 3);
    await expect(saveSiteRule('one-more.com', 'never')).rejects.toThrow(/site list is full/);
    // Changing or forgetting a rule on a full list still works.
    expect((await saveSiteRule(longest(0), 'always')).sites[longest(0)]).toBe('always');
    expect(Object.keys((await saveSiteRule(longest(1), undefined)).sites)).toHaveLength(MAX_SITES - 1);
    expect((await loadSettings()).settings.sites[longest(0)]).toBe('always');
  });

  it('reports a failed site-rule write in the reader’s words and keeps what was stored', async () => {
    await saveSiteRule('kept.com', 'never');
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(saveSiteRule('new.com', 'never')).rejects.toThrow('Not saved: the browser’s storage for Sourcelight is full.');
    vi.restoreAllMocks();
    expect((await loadSettings()).settings.sites).toEqual({ 'kept.com': 'never' });
  });
});
