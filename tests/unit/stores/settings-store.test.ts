import { describe, expect, it } from 'vitest';
import {
  SETTINGS_VERSION,
  settingsDefaults,
  useSettingsStore,
} from '@/features/settings/settings-store';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';

const KEY = 'masari:settings';

async function hydrateFrom(saved: Record<string, string>) {
  const backend = createMemoryStorage(saved);
  safeStorage.setBackend(() => backend);
  useNoticesStore.getState().clear();
  await useSettingsStore.persist.rehydrate();
  return backend;
}

function stored(backend: ReturnType<typeof createMemoryStorage>): unknown {
  return JSON.parse(backend.getItem(KEY) ?? 'null');
}

const noticeKinds = () => useNoticesStore.getState().notices.map((notice) => notice.kind);

describe('settings store', () => {
  it('restores valid saved settings', async () => {
    await hydrateFrom({
      [KEY]: JSON.stringify({
        state: { language: 'fr', textSize: 'large' },
        version: SETTINGS_VERSION,
      }),
    });
    expect(useSettingsStore.getState()).toMatchObject({ language: 'fr', textSize: 'large' });
    expect(noticeKinds()).toEqual([]);
  });

  it('starts from defaults, silently, when nothing is saved', async () => {
    await hydrateFrom({});
    expect(useSettingsStore.getState()).toMatchObject(settingsDefaults);
    expect(noticeKinds()).toEqual([]);
  });

  it('saves data only, under its versioned key', async () => {
    const backend = await hydrateFrom({});
    useSettingsStore.getState().setTextSize('larger');
    expect(stored(backend)).toEqual({
      state: { language: null, textSize: 'larger' },
      version: SETTINGS_VERSION,
    });
  });

  it.each([
    ['unparsable JSON', '{"state": {"language": "fr"'],
    ['a wrong shape', JSON.stringify({ state: { language: 'xx', textSize: 3 }, version: 1 })],
    ['not an object', '42'],
    ['a version from a newer app', JSON.stringify({ state: { language: 'fr' }, version: 99 })],
  ])('resets %s to defaults, writes them back and tells the user once', async (_, raw) => {
    const backend = await hydrateFrom({ [KEY]: raw });
    expect(useSettingsStore.getState()).toMatchObject(settingsDefaults);
    expect(noticeKinds()).toEqual(['storage-reset']);
    expect(stored(backend)).toEqual({ state: settingsDefaults, version: SETTINGS_VERSION });

    // The next visit reads the repaired data: no second notice.
    useNoticesStore.getState().clear();
    await useSettingsStore.persist.rehydrate();
    expect(noticeKinds()).toEqual([]);
  });

  it('keeps working in memory when the browser blocks storage', async () => {
    safeStorage.setBackend(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await useSettingsStore.persist.rehydrate();
    useSettingsStore.getState().setLanguage('ar');
    expect(useSettingsStore.getState().language).toBe('ar');
    expect(safeStorage.mode()).toBe('memory');
  });
});
