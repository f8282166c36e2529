import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForFinalState } from '../../scripts/lib/browser';
import { useExtensionSession } from './support/extension-session';

const session = useExtensionSession('assets/demo');

type Area = 'sync' | 'local';
type StorageApi = {
  chrome: {
    storage: Record<
      Area,
      {
        get(k: string | null): Promise<Record<string, unknown>>;
        set(items: object): Promise<void>;
        clear(): Promise<void>;
        getBytesInUse(k: null): Promise<number>;
      }
    > & { onChanged: { addListener(f: (changes: Record<string, unknown>, area: string) => void): void } };
  };
};

/** Storage as the extension sees it, from its service worker. */
async function write(area: Area, items: object): Promise<void> {
  // Sent as JSON text and parsed there, so a "__proto__" key arrives as the own key storage would hold.
  await session.browser.worker.evaluate(
    ([a, json]) => (globalThis as unknown as StorageApi).chrome.storage[a].set(JSON.parse(json) as object),
    [area, JSON.stringify(items)] as const,
  );
}
async function read(area: Area, key: string): Promise<unknown> {
  return session.browser.worker.evaluate(async ([a, k]) => (await (globalThis as unknown as StorageApi).chrome.storage[a].get(k))[k], [area, key] as const);
}
async function clearStorage(): Promise<void> {
  await session.browser.worker.evaluate(async () => {
    const { storage } = (globalThis as unknown as StorageApi).chrome;
    await Promise.all([storage.sync.clear(), storage.local.clear()]);
  });
}

async function openOptions(): Promise<Page> {
  const options = await session.browser.context.newPage();
  await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await options.locator('input[name="autoAnnotate"]').waitFor();
  return options;
}

/** Opens the demo article; whatever storage holds, Sourcelight settles on a state that is not an error. */
async function openArticle(): Promise<Page> {
  const { page, state } = await session.browser.openPage(`${session.server.origin}/index.html`);
  expect(['annotated', 'off', 'not-article']).toContain(state);
  return page;
}

/** What a probe stored. */
const HOSTILE: { name: string; sync?: unknown; local?: object }[] = [
  {
    name: 'prototype-named keys next to invalid values',
    sync: JSON.parse('{"version":1,"constructor":1,"toString":"x","hasOwnProperty":null,"__proto__":{"autoAnnotate":false},"noteDelayMs":"soon","labels":{"constructor":false,"opinion":"no"}}'),
    local: { siteRules: JSON.parse('{"version":1,"sites":{"__proto__":"never","toString":"always","bad host":7}}') },
  },
  {
    name: '206 site rules in the synced item (as an earlier release kept them) next to an invalid value',
    sync: {
      version: 1,
      noteDelayMs: -5,
      sites: Object.fromEntries(Array.from({ length: 206 }, (_, i) => [`news-xxxxxxxxxx${String(i).padStart(8, '0')}.com`, 'never'])),
    },
  },
  { name: 'wrong types everywhere', sync: [1, 'two', { three: 3 }], local: { siteRules: 'garbage', settingsNotice: { html: '<b>x</b>' } } },
  { name: 'huge values', sync: { version: 1, colorScheme: 'x'.repeat(7_000) }, local: { siteRules: { version: 1, sites: { ['h'.repeat(1_000_000)]: 'never' } } } },
  {
    name: 'a newer version with unknown fields',
    sync: { version: 2, autoAnnotate: false, noteDelayMs: 900, readingMode: { focus: true } },
    local: { siteRules: { version: 3, sites: { '127.0.0.1': 'always' }, folders: ['news'] } },
  },
];

describe('settings from hostile storage', () => {
  it.each(HOSTILE)('$name: the options, the page and the popup all work', async ({ sync, local }) => {
    await clearStorage();
    if (sync !== undefined) await write('sync', { settings: sync });
    if (local !== undefined) await write('local', local);
    const before = { sync: JSON.stringify(await read('sync', 'settings')), local: JSON.stringify(await read('local', 'siteRules')) };
    const newer = (value: unknown) => typeof value === 'object' && value !== null && (value as { version?: unknown }).version !== 1 && Number.isInteger((value as { version?: unknown }).version);

    const options = await openOptions();
    expect(await options.locator('h1').textContent()).toBe('Sourcelight options');
    expect(await options.locator('fieldset').count()).toBeGreaterThan(4);
    const page = await openArticle();
    const popup = await session.browser.openPopup(page);
    await popup.locator('.site-rule select').waitFor();
    expect(await popup.locator('h1').textContent()).toBe('Sourcelight');

    // A newer version's data is read, shown as such, and left exactly as it was.
    if (newer(sync)) {
      await options.locator('[data-read-only]').waitFor();
      expect(await options.locator('input[name="autoAnnotate"]').isChecked()).toBe(false);
      expect(await options.locator('input[name="autoAnnotate"]').isDisabled()).toBe(true);
      expect(JSON.stringify(await read('sync', 'settings'))).toBe(before.sync);
    }
    if (newer((local as { siteRules?: unknown } | undefined)?.siteRules)) expect(JSON.stringify(await read('local', 'siteRules'))).toBe(before.local);
    for (const p of [options, popup, page]) await p.close();
  });
});

describe('settings from any stored JSON', () => {
  it('a property test (fixed seed) over the synced item and the site list: options, page and popup never fail', async () => {
    const key = fc.oneof(
      fc.constantFrom('constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf'),
      fc.constantFrom('version', 'autoAnnotate', 'labels', 'opinion', 'colorScheme', 'noteDelayMs', 'lookups', 'sites', 'markMode'),
      fc.string({ maxLength: 8 }),
    );
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(true, false, 'never', 'always', 'dark', 2, 1e308));
    const record = fc.array(fc.tuple(key, value), { maxLength: 8 }).map((entries) => Object.fromEntries(entries) as object);
    const stored = fc.oneof(record, fc.jsonValue({ maxDepth: 2 }), fc.tuple(fc.integer({ min: 2, max: 99 }), record).map(([version, r]) => ({ ...r, version })));
    const samples = fc.sample(fc.tuple(stored, stored), { seed: 2020, numRuns: 6 });
    for (const [settings, siteRules] of samples) {
      await clearStorage();
      await write('sync', { settings });
      await write('local', { siteRules });
      const options = await openOptions();
      expect(await options.locator('fieldset').count()).toBeGreaterThan(4);
      const page = await openArticle();
      const popup = await session.browser.openPopup(page);
      await popup.locator('.site-rule select').waitFor();
      for (const p of [options, popup, page]) await p.close();
    }
  });
});

describe('writing settings', () => {
  it('a slider moved by keyboard makes far fewer writes than key presses, and a later change is kept', async () => {
    await clearStorage();
    await session.browser.worker.evaluate(() => {
      const counter = globalThis as unknown as { __settingsWrites: number };
      counter.__settingsWrites = 0;
      (globalThis as unknown as StorageApi).chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && 'settings' in changes) counter.__settingsWrites += 1;
      });
    });
    const options = await openOptions();
    const slider = options.locator('input[name="noteDelayMs"]');
    await slider.focus();
    const presses = 20;
    for (let i = 0; i < presses; i++) await slider.press('ArrowRight');
    await options.locator('input[name="autoAnnotate"]').uncheck();
    await expect.poll(() => read('sync', 'settings')).toMatchObject({ noteDelayMs: 350 + presses * 50, autoAnnotate: false });
    await options.locator('[data-save="saved"]').waitFor();
    const writes = await session.browser.worker.evaluate(() => (globalThis as unknown as { __settingsWrites: number }).__settingsWrites);
    console.log(`settings writes for ${presses} slider key presses and one checkbox: ${writes}`);
    expect(writes).toBeLessThan(presses / 2);
    await options.close();
  });

  it('a slider change is written when the options page closes before the pause is over', async () => {
    await clearStorage();
    const options = await openOptions();
    const slider = options.locator('input[name="noteDelayMs"]');
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
    await options.close();
    await expect.poll(() => read('sync', 'settings')).toMatchObject({ noteDelayMs: 500 });
  });

  it('a write refused over the sync quota is shown as not saved and undone on the page', async () => {
    await clearStorage();
    const options = await openOptions();
    // Fill storage.sync to 60 bytes short of its 102,400-byte quota, as other synced data could.
    await session.browser.worker.evaluate(async () => {
      const { sync } = (globalThis as unknown as StorageApi).chrome.storage;
      for (let i = 0; i < 12; i++) await sync.set({ [`fill${i}`]: 'f'.repeat(8_000) });
      const left = 102_400 - 60 - (await sync.getBytesInUse(null));
      await sync.set({ pad: 'p'.repeat(left - 'pad'.length - 2) });
    });
    const opinion = options.locator('input[name="label-opinion"]');
    expect(await opinion.isChecked()).toBe(true);
    // A click, not uncheck(): the page puts the tick back at once, which uncheck() would take for a failed click.
    await opinion.click();
    const failed = options.locator('[data-save="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/Not saved: the browser’s storage for synced settings is full/);
    await expect.poll(() => opinion.isChecked()).toBe(true);
    expect(await read('sync', 'settings')).toBeUndefined();
    await options.close();
  });

  it('a site rule refused over the local quota is shown as not saved and undone in the popup', async () => {
    await clearStorage();
    const page = await openArticle();
    const popup = await session.browser.openPopup(page);
    const select = popup.locator('.site-rule select');
    await select.waitFor();
    // Fill storage.local to 20 bytes short of its 10 MiB quota.
    await session.browser.worker.evaluate(async () => {
      const { local } = (globalThis as unknown as StorageApi).chrome.storage;
      const left = 10_485_760 - 20 - (await local.getBytesInUse(null));
      await local.set({ fill: 'f'.repeat(left - 'fill'.length - 2) });
    });
    await select.selectOption('never');
    const failed = popup.locator('[data-save="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/Not saved: the browser’s storage for Sourcelight is full/);
    await expect.poll(() => select.inputValue()).toBe('default');
    expect(await read('local', 'siteRules')).toBeUndefined();
    await popup.close();
    await page.close();
    await clearStorage();
  });

  it('the site list holds 5,000 sites and takes one more from the popup', async () => {
    await clearStorage();
    const sites = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`site-${String(i).padStart(5, '0')}.news.example`, i % 2 ? 'always' : 'never']));
    await write('local', { siteRules: { version: 1, sites } });
    const page = await openArticle();
    const popup = await session.browser.openPopup(page);
    await popup.locator('.site-rule select').selectOption('never');
    await expect.poll(async () => ((await read('local', 'siteRules')) as { sites: Record<string, string> }).sites['127.0.0.1']).toBe('never');
    await page.reload();
    expect(await waitForFinalState(page)).toBe('off');
    const stored = (await read('local', 'siteRules')) as { sites: Record<string, string> };
    expect(Object.keys(stored.sites)).toHaveLength(5_001);
    expect(stored.sites['127.0.0.1']).toBe('never');
    await popup.close();
    const options = await openOptions();
    await expect.poll(() => options.locator('.sites li').count()).toBe(5_001);
    await options.close();
    await page.close();
    await clearStorage();
  });
});
