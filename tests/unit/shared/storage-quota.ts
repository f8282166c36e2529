import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Chrome's storage.sync and storage.local limits, which the fake browser does not enforce. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8_192;
export const SYNC_QUOTA_BYTES = 102_400;
export const LOCAL_QUOTA_BYTES = 10_485_760;

const itemBytes = (key: string, value: unknown) => Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(value) ?? '');

/**
 * Makes the fake storage refuse writes over Chrome's quotas with Chrome's messages,
 * and counts writes per area.
 */
export function enforceQuotas(): { writes: { sync: number; local: number } } {
  const writes = { sync: 0, local: 0 };
  for (const area of ['sync', 'local'] as const) {
    const storage = fakeBrowser.storage[area];
    const original = storage.set.bind(storage);
    vi.spyOn(storage, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      writes[area] += 1;
      const current = await storage.get(null);
      const next = { ...current, ...items };
      const total = Object.entries(next).reduce((sum, [k, v]) => sum + itemBytes(k, v), 0);
      if (area === 'sync') {
        for (const [k, v] of Object.entries(items)) {
          if (itemBytes(k, v) > SYNC_QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
        if (total > SYNC_QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
      } else if (total > LOCAL_QUOTA_BYTES) {
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return original(items);
    });
  }
  return { writes };
}
