import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, repairSettings, shouldAnnotate } from '../../../src/shared/settings';
import { loadSettings, updateSettings } from '../../../src/shared/settings-store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults when nothing is stored, without a notice', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('round-trips a change through storage.sync', async () => {
    await updateSettings((s) => ({ ...s, noteDelayMs: 800, sites: { 'example.com': 'never' } }));
    const { settings } = await loadSettings();
    expect(settings.noteDelayMs).toBe(800);
    expect(shouldAnnotate(settings, 'example.com')).toBe(false);
    expect(shouldAnnotate(settings, 'other.org')).toBe(true);
  });

  it('repairs a corrupted stored value field by field and stores the repair', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { noteDelayMs: 'soon', labels: { opinion: false }, sites: { 'a.com': 'sometimes', 'b.com': 'always' } },
    });
    const { settings, notice } = await loadSettings();
    expect(notice).toMatch(/noteDelayMs/);
    expect(settings.noteDelayMs).toBe(DEFAULT_SETTINGS.noteDelayMs);
    expect(settings.labels).toEqual({ sourced: true, vague: true, unsourced: true, opinion: false });
    expect(settings.sites).toEqual({ 'b.com': 'always' });
    expect(notice).toMatch(/sites/);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(settings);
  });

  it('resets settings that are not an object at all', () => {
    expect(repairSettings('garbage')).toMatchObject({ settings: DEFAULT_SETTINGS, notice: expect.stringMatching(/reset/) });
  });
});
