import { browser } from 'wxt/browser';
import { repairSettings, type RepairResult, type Settings } from './settings';

const KEY = 'settings';

/** Reads settings, writing back a repaired copy when the stored one was invalid or outdated. */
export async function loadSettings(): Promise<RepairResult> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  const result = repairSettings(stored);
  if (result.notice) await browser.storage.sync.set({ [KEY]: result.settings });
  return result;
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: settings });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = change(settings);
  await saveSettings(next);
  return next;
}

/** Calls back with fresh, valid settings whenever another context changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && KEY in changes) onChange(repairSettings(changes[KEY]?.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
