import { browser } from 'wxt/browser';
import { z } from 'zod';
import {
  DEFAULT_SETTINGS,
  MAX_SITES,
  SettingsSchema,
  SITE_RULES_VERSION,
  SiteHostSchema,
  legacySiteRules,
  repairSiteRules,
  repairSyncedSettings,
  salvageSites,
  siteRuleFor,
  syncedPart,
  withSiteRule,
  type Repaired,
  type Settings,
  type SiteRule,
  type SiteRules,
  type StoredSiteRules,
  type SyncedSettings,
  unknownFields,
} from './settings';

/**
 * Where settings live. The synced part is one small storage.sync item. The site
 * list stays on this device in storage.local: it must hold thousands of hosts,
 * which storage.sync (8,192 bytes an item, 102,400 in all) cannot, and the
 * sites a reader visits are theirs, not something to copy to a sync server.
 */
const SETTINGS_KEY = 'settings';
const SITES_KEY = 'siteRules';
const NOTICE_KEY = 'settingsNotice';

/**
 * Quiet time before a change is written: a slider's key presses make one write,
 * and at most one write each 600 ms stays under storage.sync's 120 a minute.
 */
export const SAVE_DELAY_MS = 600;

const NEWER_MESSAGE = 'Not saved: a newer version of Sourcelight wrote these settings, so this one leaves them as they are.';

/** Which parts a newer Sourcelight wrote: they are read, never written by this version. */
export interface ReadOnlyParts {
  synced: boolean;
  sites: boolean;
}

export interface LoadedSettings {
  settings: Settings;
  /** Set when stored data was invalid and had to be repaired. */
  notice?: string;
  readOnly: ReadOnlyParts;
  /** Fields of the synced item this version does not know, written back with every change. */
  unknownFields: Record<string, unknown>;
}

/** A change that could not be stored; the message is for the reader. */
export class SettingsNotSaved extends Error {}

interface StoredState {
  /** The synced item as stored. */
  raw: unknown;
  synced: Repaired<SyncedSettings>;
  sites: Repaired<StoredSiteRules>;
  /** Site rules an earlier release kept in the synced object. */
  legacy: SiteRules | undefined;
}

/**
 * Reads settings, writing back a repaired copy when the stored one was invalid.
 * Never throws: whatever storage holds, every context gets usable settings. Whichever
 * context repairs first (often a content script), the notice waits in local
 * storage until a page the reader looks at takes it.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  try {
    const state = await readStored();
    const settings = combine(state);
    const readOnly = { synced: state.synced.newer, sites: state.sites.newer };
    const kept = unknownFields(state.raw);
    await writeBackRepairs(state, settings);
    const notice = [state.synced, state.sites]
      .filter((part) => part.rewrite && part.notice)
      .map((part) => part.notice)
      .join(' ');
    if (!notice) return { settings, readOnly, unknownFields: kept };
    await browser.storage.local.set({ [NOTICE_KEY]: notice }).catch(() => undefined);
    return { settings, notice, readOnly, unknownFields: kept };
  } catch {
    return { settings: DEFAULT_SETTINGS, readOnly: { synced: false, sites: false }, unknownFields: {} };
  }
}

/** The notice of the last settings repair, once: the popup or options page shows it and it is gone. */
export async function takeSettingsNotice(): Promise<string | undefined> {
  try {
    const parsed = await readItem('local', NOTICE_KEY, (stored) => z.string().max(500).safeParse(stored));
    if (!parsed.success) return undefined;
    await browser.storage.local.remove(NOTICE_KEY);
    return parsed.data;
  } catch {
    return undefined;
  }
}

/**
 * Stores the synced part of `next` if it differs from `previous`; throws SettingsNotSaved when it cannot.
 * The write starts in the calling task (no read first), so a page that is closing still makes it.
 */
async function saveSyncedSettings(next: Settings, previous: Settings, loaded: Omit<LoadedSettings, 'settings'>): Promise<void> {
  const parsed = SettingsSchema.safeParse(next);
  if (!parsed.success) throw new SettingsNotSaved('Not saved: the change is not a valid setting.');
  const synced = syncedPart(parsed.data);
  const before = SettingsSchema.safeParse(previous);
  if (before.success && JSON.stringify(synced) === JSON.stringify(syncedPart(before.data))) return;
  if (loaded.readOnly.synced) throw new SettingsNotSaved(NEWER_MESSAGE);
  await storeSynced(loaded.unknownFields, synced);
}

/**
 * Applies `change` to freshly read settings and stores their synced part (site
 * rules go through saveSiteRule); throws SettingsNotSaved when it cannot.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const loaded = await loadSettings();
  const next = change(loaded.settings);
  await saveSyncedSettings(next, loaded.settings, loaded);
  return next;
}

/**
 * Sets (or, with undefined, forgets) the rule for one site on the freshly read
 * list, so a rule set in another window is not lost. Returns the settings now
 * stored; throws SettingsNotSaved when the change cannot be stored.
 */
export async function saveSiteRule(host: string, rule: SiteRule | undefined): Promise<Settings> {
  if (!SiteHostSchema.safeParse(host).success) throw new SettingsNotSaved('Not saved: this page has no site name to remember.');
  const state = await readStored();
  if (state.sites.newer) throw new SettingsNotSaved(NEWER_MESSAGE);
  const current = combine(state);
  if (rule && !siteRuleFor(current, host) && Object.keys(current.sites).length >= MAX_SITES) {
    throw new SettingsNotSaved(`Not saved: the site list is full (${MAX_SITES.toLocaleString('en')} sites). Remove some in the options.`);
  }
  const sites = withSiteRule(current.sites, host, rule);
  await store('local', { [SITES_KEY]: { version: SITE_RULES_VERSION, sites } });
  await dropLegacySites(state);
  return { ...current, sites };
}

export type SaveOutcome = { ok: true; settings: Settings } | { ok: false; settings: Settings; message: string };

/**
 * Writes a page's changes to the synced settings one at a time: a change waits
 * SAVE_DELAY_MS for the next (or is written at once when asked), the latest one
 * always wins, and a failed write is reported with the settings still stored,
 * for the page to show instead of the change.
 */
export class SettingsSaver {
  private stored: Settings;
  private readonly loaded: LoadedSettings;
  private pending: Settings | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;

  constructor(
    loaded: LoadedSettings,
    private readonly report: (outcome: SaveOutcome) => void,
    private readonly delayMs = SAVE_DELAY_MS,
  ) {
    this.stored = loaded.settings;
    this.loaded = loaded;
  }

  change(next: Settings, when: 'now' | 'soon'): void {
    this.pending = next;
    clearTimeout(this.timer);
    if (when === 'now') void this.flush();
    else this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Writes the latest change now (also when the page is hidden or closed). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.writing) await this.writing;
    const next = this.pending;
    if (!next) return;
    this.pending = undefined;
    this.writing = this.write(next).finally(() => (this.writing = undefined));
    await this.writing;
  }

  /** Storage changed in another context: adopt it, unless a change of this page's own is on its way. */
  adopt(settings: Settings): boolean {
    if (this.pending || this.writing) return false;
    this.stored = settings;
    return true;
  }

  private async write(next: Settings): Promise<void> {
    try {
      await saveSyncedSettings(next, this.stored, this.loaded);
      this.stored = { ...next, sites: this.stored.sites };
      if (!this.pending) this.report({ ok: true, settings: this.stored });
    } catch (error) {
      // The page shows what is stored; a change built on the failed one is dropped with it.
      this.pending = undefined;
      this.report({ ok: false, settings: this.stored, message: notSavedMessage(error, 'sync') });
    }
  }

  /** Keeps the site list up to date for comparisons after the page changed it through saveSiteRule. */
  sitesChanged(settings: Settings): void {
    this.stored = { ...this.stored, sites: settings.sites };
  }
}

/** Calls back with fresh, valid settings whenever another context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const relevant = (area === 'sync' && Object.hasOwn(changes, SETTINGS_KEY)) || (area === 'local' && Object.hasOwn(changes, SITES_KEY));
    if (!relevant) return;
    void readStored()
      .then((state) => onChange(combine(state)))
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

async function readStored(): Promise<StoredState> {
  const [synced, sites] = await Promise.all([
    readItem('sync', SETTINGS_KEY, (raw) => ({ raw, synced: repairSyncedSettings(raw), legacy: legacySiteRules(raw) })),
    readItem('local', SITES_KEY, repairSiteRules),
  ]);
  return { ...synced, sites };
}

/** The settings every context uses: this device's site rules come first and win over ones left in the synced object. */
function combine(state: StoredState): Settings {
  const own = state.sites.value.sites;
  const sites = state.legacy
    ? salvageSites(Object.fromEntries([...Object.entries(own), ...Object.entries(state.legacy).filter(([host]) => !Object.hasOwn(own, host))]))
    : own;
  return { ...state.synced.value, sites };
}

/** Stores repairs and moves legacy site rules to this device; a failure here leaves storage as it was. */
async function writeBackRepairs(state: StoredState, settings: Settings): Promise<void> {
  const moveLegacy = state.legacy !== undefined && Object.keys(state.legacy).length > 0;
  if (!state.sites.newer && (state.sites.rewrite || moveLegacy)) {
    const written = await store('local', { [SITES_KEY]: { version: SITE_RULES_VERSION, sites: settings.sites } }).then(
      () => true,
      () => false,
    );
    // The synced copy of legacy rules is dropped only once this device holds them.
    if (!written) return;
  }
  if (!state.synced.newer && (state.synced.rewrite || state.legacy !== undefined)) {
    await storeSynced(unknownFields(state.raw), syncedPart(settings)).catch(() => undefined);
  }
}

async function dropLegacySites(state: StoredState): Promise<void> {
  if (state.legacy === undefined || state.synced.newer) return;
  await storeSynced(unknownFields(state.raw), state.synced.value).catch(() => undefined);
}

/**
 * Writes the synced item with the fields this version does not know, or without
 * them when together they no longer fit; throws SettingsNotSaved when neither is stored.
 */
async function storeSynced(unknown: Record<string, unknown>, synced: SyncedSettings): Promise<void> {
  try {
    // Spread defines own properties: a "__proto__" field stays a field.
    await store('sync', { [SETTINGS_KEY]: { ...unknown, ...synced } });
  } catch (error) {
    if (Object.keys(unknown).length === 0) throw error;
    await store('sync', { [SETTINGS_KEY]: synced });
  }
}

/** Reads one item and hands it, unchecked, to `validate`: storage holds whatever any version of Sourcelight wrote. */
async function readItem<T>(area: 'sync' | 'local', key: string, validate: (stored: unknown) => T): Promise<T> {
  let stored: unknown;
  try {
    const items: unknown = await browser.storage[area].get(key);
    if (typeof items === 'object' && items !== null && Object.hasOwn(items, key)) stored = (items as Record<string, unknown>)[key];
  } catch {
    // Left undefined: an area this browser lacks, or a failed read, counts as nothing stored.
  }
  return validate(stored);
}

async function store(area: 'sync' | 'local', items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage[area].set(items);
  } catch (error) {
    throw new SettingsNotSaved(notSavedMessage(error, area));
  }
}

/** A storage failure in the reader's words, on one line. */
function notSavedMessage(error: unknown, area: 'sync' | 'local'): string {
  if (error instanceof SettingsNotSaved) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  if (/MAX_WRITE_OPERATIONS/iu.test(detail)) return 'Not saved: too many changes in a short time. Try again in a minute.';
  if (/QUOTA/iu.test(detail)) {
    return area === 'sync' ? 'Not saved: the browser’s storage for synced settings is full.' : 'Not saved: the browser’s storage for Sourcelight is full.';
  }
  return `Not saved: ${detail.replace(/\s+/gu, ' ').slice(0, 200)}`;
}
