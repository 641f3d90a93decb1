import { useCounselorStore } from '@/features/counselor/store';
import { useSettingsStore } from '@/features/settings/settings-store';
import { useQuizStore, useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage, safeStorage, type KeyValueStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore, type Notice } from '@/lib/store/notices';
import { persistedStores, type PersistedStoreName } from '@/lib/store/persisted';

/** Every persisted store of the app, by name. */
export const STORES = {
  settings: useSettingsStore,
  quiz: useQuizStore,
  'counselor-turn': useTurnQuizStore,
  counselor: useCounselorStore,
} as const satisfies Record<PersistedStoreName, unknown>;

export const STORE_NAMES = Object.keys(STORES) as PersistedStoreName[];

/** The key a store is saved under. */
export const keyOf = (name: PersistedStoreName) => `masari:${name}`;

/** The files of `tests/fixtures/storage`, as text, by path. */
const FIXTURE_FILES = import.meta.glob<string>('../fixtures/storage/*.json', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/**
 * A saved value of `tests/fixtures/storage/<file>.json`, on one line as `JSON.stringify` wrote it
 * into the browser's storage (the files are pretty-printed).
 */
export function fixture(file: string): string {
  const text = FIXTURE_FILES[`../fixtures/storage/${file}.json`];
  if (text === undefined) throw new Error(`No fixture ${file}`);
  return JSON.stringify(JSON.parse(text));
}

/** The latest saved value of each store, as the app writes it today. */
export const CURRENT_FIXTURES: Record<PersistedStoreName, string> = {
  settings: 'settings-v1',
  quiz: 'quiz-v1-town-id',
  'counselor-turn': 'counselor-turn-v1',
  counselor: 'counselor-v1',
};

/** A storage holding every store's latest saved value, with `overrides` (raw text) by store. */
export function savedEverything(overrides: Partial<Record<PersistedStoreName, string>> = {}) {
  return createMemoryStorage(
    Object.fromEntries(
      STORE_NAMES.map((name) => [keyOf(name), overrides[name] ?? fixture(CURRENT_FIXTURES[name])]),
    ),
  );
}

/** What a store keeps of its state (its data, without its actions). */
export function dataOf(name: PersistedStoreName): unknown {
  return JSON.parse(JSON.stringify(STORES[name].getState()));
}

/** The `state` of a saved value. */
export function stateIn(raw: string | null): unknown {
  return (JSON.parse(raw ?? 'null') as { state: unknown } | null)?.state;
}

/** Opens the app's stores on `backend`, as a new page does: nothing in memory, no notice yet. */
export async function openStores(backend: KeyValueStorage | (() => KeyValueStorage)) {
  // Defaults first, written to a throwaway storage: a store that finds nothing keeps its state.
  safeStorage.setBackend(() => createMemoryStorage());
  persistedStores().forEach((store) => store.reset());
  useNoticesStore.getState().clear();
  safeStorage.setBackend(typeof backend === 'function' ? backend : () => backend);
  await Promise.all(persistedStores().map((store) => store.rehydrate()));
}

export const notices = (): Notice[] => useNoticesStore.getState().notices;

/**
 * A Web Storage stand-in that writes through to `inner` until `fail()` is called; from then on
 * each `setItem` throws what a full browser storage throws, and changes nothing. `fail` may name
 * the writes that no longer fit (the others still would, as in a storage nearly full). `writes`
 * counts the writes that reached `inner`.
 */
export function fillingStorage(inner = createMemoryStorage()) {
  let tooBig: ((key: string, value: string) => boolean) | null = null;
  let writes = 0;
  return {
    getItem: (key: string) => inner.getItem(key),
    removeItem: (key: string) => inner.removeItem(key),
    keys: () => inner.keys(),
    setItem(key: string, value: string) {
      if (tooBig?.(key, value))
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      writes += 1;
      inner.setItem(key, value);
    },
    fail(which: (key: string, value: string) => boolean = () => true) {
      tooBig = which;
    },
    get writes() {
      return writes;
    },
  };
}
