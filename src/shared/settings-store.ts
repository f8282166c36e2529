import { browser } from 'wxt/browser';
import { z } from 'zod';
import { repairSettings, type RepairResult, type Settings } from './settings';

const KEY = 'settings';
const NOTICE_KEY = 'settingsNotice';

/**
 * Reads settings, writing back a repaired copy when the stored one was invalid or
 * outdated. Whichever context repairs first (often a content script), the notice
 * waits in local storage until a page the reader looks at takes it.
 */
export async function loadSettings(): Promise<RepairResult> {
  const stored = (await browser.storage.sync.get(KEY))[KEY];
  const result = repairSettings(stored);
  if (result.notice) {
    await browser.storage.sync.set({ [KEY]: result.settings });
    await browser.storage.local.set({ [NOTICE_KEY]: result.notice });
  }
  return result;
}

/** The notice of the last settings repair, once: the popup or options page shows it and it is gone. */
export async function takeSettingsNotice(): Promise<string | undefined> {
  const parsed = z.string().max(500).safeParse((await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY]);
  if (!parsed.success) return undefined;
  await browser.storage.local.remove(NOTICE_KEY);
  return parsed.data;
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
