import { isEmbedded } from '../embed/embedded';

/** The subset of the Web Storage API that Masari uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * `persistent`: values reach the browser's storage and survive closing the tab.
 * `memory`: the browser refused (private mode, blocked third-party iframe, full quota); values live
 * only as long as this page.
 */
export type StorageMode = 'persistent' | 'memory';

/**
 * Why a storage is in memory: `blocked` when the browser refuses it altogether (or refuses the very
 * first write), `full` when a write failed for want of space after earlier writes had succeeded.
 * When full, what was saved before the failure stays readable and is never written over.
 */
export type MemoryCause = 'blocked' | 'full';

/** A key-value store in memory, for tests and as the fallback of the safe storage. */
export function createMemoryStorage(initial: Record<string, string> = {}): KeyValueStorage & {
  keys(): string[];
} {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, String(value)),
    removeItem: (key) => void values.delete(key),
    keys: () => [...values.keys()],
  };
}

export interface SafeStorage extends KeyValueStorage {
  /** Whether values currently survive the page. */
  mode(): StorageMode;
  /** Why values no longer survive the page; null while they do. */
  cause(): MemoryCause | null;
  /** Calls `listener` whenever the mode changes; returns the unsubscribe function. */
  onModeChange(listener: (mode: StorageMode) => void): () => void;
  /** Removes every key that starts with `prefix`, from the backend and from memory. */
  clear(prefix: string): void;
  /** Points the storage at another backend (tests, embed mode) and forgets the memory copy. */
  setBackend(resolve: () => KeyValueStorage | null | undefined): void;
}

const PROBE_KEY = 'masari:probe';

/** The backend's keys, through `Storage`'s `length`/`key` or a `keys()` method; [] when neither. */
function backendKeys(store: KeyValueStorage): string[] {
  const enumerable = store as Partial<Storage>;
  if (typeof enumerable.length === 'number' && typeof enumerable.key === 'function') {
    const keys: string[] = [];
    for (let i = 0; i < enumerable.length; i += 1) {
      const key = enumerable.key(i);
      if (key !== null) keys.push(key);
    }
    return keys;
  }
  if ('keys' in store && typeof store.keys === 'function') return store.keys() as string[];
  return [];
}

/**
 * A view of `backend` in which every key that starts with `from` lives under `to` instead
 * (`masari:quiz` is stored as `masari-embed:quiz`); other keys pass through. Its `keys()` lists
 * the view's keys, so a `clear(from)` finds what the view stored, not what is stored under `from`.
 */
export function namespacedStorage(
  backend: KeyValueStorage,
  from: string,
  to: string,
): KeyValueStorage & { keys(): string[] } {
  const inner = (key: string) => (key.startsWith(from) ? to + key.slice(from.length) : key);
  return {
    getItem: (key) => backend.getItem(inner(key)),
    setItem: (key, value) => backend.setItem(inner(key), value),
    removeItem: (key) => backend.removeItem(inner(key)),
    keys: () =>
      backendKeys(backend).flatMap((key) => {
        if (key.startsWith(to)) return [from + key.slice(to.length)];
        return key.startsWith(from) ? [] : [key];
      }),
  };
}

export interface SafeStorageOptions {
  /**
   * Applied to each backend once resolved (inside the same `try`), e.g. to keep its keys under
   * another prefix; the memory copy and callers keep the keys they use.
   */
  wrap?: (backend: KeyValueStorage) => KeyValueStorage;
}

/** `QuotaExceededError` (and Firefox's older `NS_ERROR_DOM_QUOTA_REACHED`): the backend is full. */
const isQuotaError = (error: unknown): boolean =>
  /quota/i.test(String((error as Error | null)?.name));

/**
 * A storage that never throws. Every value is also kept in memory; the backend is tried on each
 * call, and the first failure switches the storage to memory for the rest of the page's life, so
 * the app keeps working and can tell the user that nothing more will be kept:
 * - a `SecurityError` (the browser blocks storage), or any failure to read: the backend is dropped;
 * - a `QuotaExceededError` on a write (the browser's storage is full): no write reaches the backend
 *   any more, so what it holds stays exactly as it was before the failing write, key by key and
 *   across keys (a later, smaller write never lands beside an earlier one that did not). The
 *   backend is still read for keys this page has not written, and removals still reach it, so
 *   that "erase my data" erases and frees space.
 *
 * `resolve` is called lazily, inside a `try`: merely reading `window.localStorage` throws in some
 * sandboxed iframes.
 */
export function createSafeStorage(
  resolve: () => KeyValueStorage | null | undefined,
  { wrap }: SafeStorageOptions = {},
): SafeStorage {
  let resolveBackend = resolve;
  let backend: KeyValueStorage | null | undefined;
  let resolved = false;
  let cause: MemoryCause | null = null;
  const memory = new Map<string, string>();
  const listeners = new Set<(mode: StorageMode) => void>();

  /** Stops writing to the backend, and tells the listeners, once. */
  function stop(why: MemoryCause): void {
    if (cause) return;
    cause = why;
    listeners.forEach((listener) => listener('memory'));
  }

  /**
   * After a failure: a full backend stays, for reads and removals (`whenFull` says whether it
   * filled up during the visit); any other is dropped.
   */
  function fail(error: unknown, whenFull: MemoryCause = 'blocked'): void {
    if (isQuotaError(error)) return stop(whenFull);
    backend = null;
    stop('blocked');
  }

  function current(): KeyValueStorage | null {
    if (!resolved) {
      resolved = true;
      try {
        backend = resolveBackend() ?? null;
        if (backend && wrap) backend = wrap(backend);
        // Some browsers hand out a storage object that throws on the first write. One full from
        // the start shows what it holds, and counts as refused: nothing of this visit is kept.
        backend?.setItem(PROBE_KEY, '1');
        backend?.removeItem(PROBE_KEY);
      } catch (error) {
        fail(error);
      }
      if (!backend) fail(null);
    }
    return backend ?? null;
  }

  return {
    getItem(key) {
      const store = current();
      // Once writes stop reaching the backend, what this page wrote is the truth.
      if (store && !(cause && memory.has(key))) {
        try {
          const value = store.getItem(key);
          if (value === null) memory.delete(key);
          else memory.set(key, value);
          return value;
        } catch (error) {
          fail(error);
        }
      }
      return memory.get(key) ?? null;
    },
    setItem(key, value) {
      memory.set(key, value);
      const store = current();
      if (!store || cause) return;
      try {
        store.setItem(key, value);
      } catch (error) {
        fail(error, 'full');
      }
    },
    removeItem(key) {
      memory.delete(key);
      const store = current();
      if (!store) return;
      try {
        store.removeItem(key);
      } catch (error) {
        fail(error);
      }
    },
    clear(prefix) {
      for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
      const store = current();
      if (!store) return;
      try {
        backendKeys(store)
          .filter((key) => key.startsWith(prefix))
          .forEach((key) => store.removeItem(key));
      } catch (error) {
        fail(error);
      }
    },
    mode() {
      current();
      return cause ? 'memory' : 'persistent';
    },
    cause() {
      current();
      return cause;
    },
    onModeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setBackend(next) {
      resolveBackend = next;
      resolved = false;
      backend = undefined;
      memory.clear();
      if (cause) {
        cause = null;
        listeners.forEach((listener) => listener('persistent'));
      }
    },
  };
}

/** The prefix of every key the app saves (`STORAGE_PREFIX` of the persisted stores). */
const APP_PREFIX = 'masari:';
/**
 * Where an embedded Masari keeps the same keys. It is served from the full app's origin: unless
 * the browser partitions a third-party frame's storage (and always in the configurator's preview,
 * on Masari's own site), both see one storage, and an embedded session must neither read nor
 * overwrite the user's own.
 */
export const EMBED_PREFIX = 'masari-embed:';

const appStorage = createSafeStorage(() => window.localStorage, {
  // Decided when the backend is resolved (first use, or after `setBackend`): the embed mode is
  // read once per page load, from the query before the `#`.
  wrap: (backend) =>
    isEmbedded() ? namespacedStorage(backend, APP_PREFIX, EMBED_PREFIX) : backend,
});

/** The storage every persisted store of the app goes through. */
export const safeStorage: SafeStorage = {
  ...appStorage,
  clear(prefix) {
    appStorage.clear(prefix);
    // "Erase my data" in the full app erases everything Masari saved on this device, including
    // what an embedded Masari kept on the same origin; inside the frame, the view above already
    // limits it to the embedded session's keys.
    if (prefix === APP_PREFIX && !isEmbedded()) appStorage.clear(EMBED_PREFIX);
  },
};
