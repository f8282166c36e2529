import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { loadSettings, SAVE_DELAY_MS, SettingsSaver, type SaveOutcome } from '../../../src/shared/settings-store';
import { enforceQuotas } from './storage-quota';

const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Partial<Settings> | undefined;

/** A page's saver, as the options page makes it, with every outcome it reports. */
async function saver() {
  const outcomes: SaveOutcome[] = [];
  const instance = new SettingsSaver(await loadSettings(), (o) => outcomes.push(o));
  return { instance, outcomes };
}

describe('writing settings from a page', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('makes one write for 40 key presses on the note-delay slider, and keeps the later checkbox change', async () => {
    const { writes } = enforceQuotas();
    const { instance, outcomes } = await saver();
    let ui = DEFAULT_SETTINGS;
    for (let step = 1; step <= 40; step++) {
      ui = { ...ui, noteDelayMs: 350 + step * 25 };
      instance.change(ui, 'soon');
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 4);
    }
    expect(writes.sync).toBe(0);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(writes.sync).toBe(1);
    expect(await storedSettings()).toMatchObject({ noteDelayMs: 1350 });

    ui = { ...ui, autoAnnotate: false };
    instance.change(ui, 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.sync).toBe(2);
    expect(await storedSettings()).toMatchObject({ noteDelayMs: 1350, autoAnnotate: false });
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.at(-1)?.settings).toEqual(ui);
  });

  it('a change made while a write is in flight is written after it, never lost', async () => {
    const { instance } = await saver();
    let release: () => void = () => {};
    const original = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementationOnce(async (items) => {
      await new Promise<void>((resolve) => (release = resolve));
      return original(items);
    });
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 500 }, 'now');
    await vi.advanceTimersByTimeAsync(0);
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 500, lookups: true, autoAnnotate: false }, 'now');
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    await instance.flush();
    expect(set).toHaveBeenCalledTimes(2);
    expect(await storedSettings()).toMatchObject({ noteDelayMs: 500, lookups: true, autoAnnotate: false });
  });

  it('writes a pending change at once when the page is closing', async () => {
    const { instance } = await saver();
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 700 }, 'soon');
    await instance.flush();
    expect(await storedSettings()).toMatchObject({ noteDelayMs: 700 });
  });

  it.each([
    ['MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', /too many changes/],
    ['QUOTA_BYTES quota exceeded', /synced settings is full/],
    ['Something else went wrong', /Not saved: Something else went wrong/],
  ])('reports a failed write (%s) with the settings still stored, for the page to show', async (error, message) => {
    const { instance, outcomes } = await saver();
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 600 }, 'now');
    await vi.advanceTimersByTimeAsync(0);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error(error));
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 600, autoAnnotate: false }, 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes.at(-1)).toEqual({ ok: false, message: expect.stringMatching(message), settings: { ...DEFAULT_SETTINGS, noteDelayMs: 600 } });
    expect(await storedSettings()).toMatchObject({ noteDelayMs: 600, autoAnnotate: true });
  });

  it('refuses to write over a newer version’s settings and says why', async () => {
    const future = { version: 2, autoAnnotate: true, somethingNew: 'kept' };
    await fakeBrowser.storage.sync.set({ settings: future });
    const { instance, outcomes } = await saver();
    instance.change({ ...DEFAULT_SETTINGS, autoAnnotate: false }, 'now');
    await vi.advanceTimersByTimeAsync(0);
    expect(outcomes).toEqual([{ ok: false, message: expect.stringMatching(/newer version/), settings: DEFAULT_SETTINGS }]);
    expect(await storedSettings()).toEqual(future);
  });

  it('takes changes from other contexts only while it has none of its own on the way', async () => {
    const { instance } = await saver();
    expect(instance.adopt({ ...DEFAULT_SETTINGS, lookups: true })).toBe(true);
    instance.change({ ...DEFAULT_SETTINGS, noteDelayMs: 900 }, 'soon');
    expect(instance.adopt({ ...DEFAULT_SETTINGS, noteDelayMs: 100 })).toBe(false);
  });
});
