import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SettingsSchema, SyncedSettingsSchema, type Settings } from '../../../src/shared/settings';
import { loadSettings, takeSettingsNotice, watchSettings } from '../../../src/shared/settings-store';
import { enforceQuotas } from './storage-quota';

const PROTOTYPE_KEYS = ['constructor', 'toString', 'hasOwnProperty', '__proto__', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
const KNOWN_KEYS = ['version', 'sites', ...Object.keys(SyncedSettingsSchema.shape), 'sourced', 'vague', 'unsourced', 'opinion', 'PER', 'ORG', 'LOC', 'MISC'];
const SCALAR_FIELDS = (['autoAnnotate', 'colorScheme', 'noteDelayMs', 'lookups', 'markMode'] as const).filter((k) => k in SyncedSettingsSchema.shape);

const key = fc.oneof(
  fc.constantFrom(...PROTOTYPE_KEYS),
  fc.constantFrom(...KNOWN_KEYS),
  fc.constantFrom('example.com', 'a.example', 'www.news.example', 'xn--pple-43d.com', '[::1]', 'bad host', 'x'.repeat(300)),
  fc.string({ maxLength: 12 }),
);
const huge = fc.constantFrom('x'.repeat(20_000), 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 0.5, -1);
const leaf = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  huge,
  fc.constantFrom('always', 'never', 'sometimes', 'dark', 'high-contrast', 'everything', true, false, 1, 2, 350, null),
);
/** Objects built with fromEntries, so "__proto__" is an own key, as JSON.parse makes it. */
const objectOf = (value: fc.Arbitrary<unknown>) =>
  fc.array(fc.tuple(key, value), { maxLength: 10 }).map((entries) => Object.fromEntries(entries) as Record<string, unknown>);
const { tree } = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 }), objectOf(tie('tree'))),
}));
/** Something like what a newer Sourcelight would write: a higher version with known and unknown fields. */
const future = fc
  .tuple(fc.integer({ min: 2, max: 1_000_000 }), objectOf(tree))
  .map(([version, fields]) => Object.fromEntries([...Object.entries(fields), ['version', version]]));
const storedSettings = fc.oneof(tree, objectOf(tree), future, fc.constant(undefined));
const storedSiteRules = fc.oneof(
  tree,
  future,
  objectOf(tree).map((sites) => ({ version: 1, sites })),
  fc.tuple(fc.integer({ min: 2, max: 9 }), objectOf(tree)).map(([version, sites]) => ({ version, sites, more: [1] })),
  fc.constant(undefined),
);
const storedNotice = fc.oneof(tree, fc.string({ maxLength: 600 }), fc.constant(undefined));

const isNewer = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'version') && Number.isInteger((value as { version: unknown }).version) && (value as { version: number }).version > 1;
const json = (value: unknown) => JSON.stringify(value) ?? 'undefined';

async function store(settings: unknown, siteRules: unknown, notice: unknown): Promise<void> {
  await fakeBrowser.storage.sync.set({ settings });
  await fakeBrowser.storage.local.set({ siteRules, settingsNotice: notice });
}
const read = async (area: 'sync' | 'local', key: string) => (await fakeBrowser.storage[area].get(key))[key];

describe('settings from any stored JSON', () => {
  afterEach(() => vi.restoreAllMocks());

  it('every context loads valid settings: never a throw, defaults where unusable, a newer version read and never written', async () => {
    await fc.assert(
      fc.asyncProperty(storedSettings, storedSiteRules, storedNotice, async (settings, siteRules, notice) => {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        // The content script watches for changes made elsewhere; it sees the same valid settings.
        const watched = new Promise<Settings>((resolve) => watchSettings(resolve));
        await store(settings, siteRules, notice);
        const before = { settings: json(await read('sync', 'settings')), siteRules: json(await read('local', 'siteRules')) };
        // From here on the fake storage refuses what Chrome's quotas would.
        const { writes } = enforceQuotas();

        const loaded = await loadSettings();
        expect(SettingsSchema.safeParse(loaded.settings).success).toBe(true);
        if (settings !== undefined || siteRules !== undefined) expect(SettingsSchema.safeParse(await watched).success).toBe(true);
        const shown = await takeSettingsNotice();
        expect(shown === undefined || (typeof shown === 'string' && shown.length <= 500)).toBe(true);

        // Each field the version knows: the stored value where it is valid, the default where it is not.
        const raw = JSON.parse(before.settings === 'undefined' ? 'null' : before.settings) as unknown;
        const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
        for (const field of SCALAR_FIELDS) {
          const own = Object.hasOwn(record, field) ? SyncedSettingsSchema.shape[field].safeParse(record[field]) : undefined;
          expect(loaded.settings[field]).toEqual(own?.success ? own.data : DEFAULT_SETTINGS[field]);
        }

        // A newer version's data is read and stays exactly as it was, unknown fields and all.
        expect(loaded.readOnly.synced).toBe(isNewer(raw));
        if (isNewer(raw)) expect(json(await read('sync', 'settings'))).toBe(before.settings);
        const rawSites = JSON.parse(before.siteRules === 'undefined' ? 'null' : before.siteRules) as unknown;
        expect(loaded.readOnly.sites).toBe(isNewer(rawSites));
        if (isNewer(rawSites)) expect(json(await read('local', 'siteRules'))).toBe(before.siteRules);

        // Fields this version does not know stay stored, unless they no longer fit the item's quota.
        if (!isNewer(raw) && before.settings.length < 4_000) {
          const after = (await read('sync', 'settings')) as Record<string, unknown> | undefined;
          const known = new Set(['version', 'sites', ...Object.keys(SyncedSettingsSchema.shape)]);
          for (const [field, value] of Object.entries(record)) if (!known.has(field)) expect(json(after?.[field])).toBe(json(value));
        }

        // A repair converges: loading again gives the same settings and writes nothing.
        writes.sync = writes.local = 0;
        expect((await loadSettings()).settings).toEqual(loaded.settings);
        expect(writes).toEqual({ sync: 0, local: 0 });
      }),
      { seed: 2020, numRuns: 400 },
    );
  }, 120_000);
});
