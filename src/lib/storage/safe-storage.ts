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
  /** Calls `listener` whenever the mode changes; returns the unsubscribe function. */
  onModeChange(listener: (mode: StorageMode) => void): () => void;
  /** Removes every key that starts with `prefix`, from the backend and from memory. */
  clear(prefix: string): void;
  /** Points the storage at another backend (tests, embed mode) and forgets the memory copy. */
  setBackend(resolve: () => KeyValueStorage | null | undefined): void;
}

const PROBE_KEY = 'masari:probe';

/**
 * A storage that never throws. Every value is also kept in memory; the backend is tried on each
 * call, and the first failure (a `SecurityError` when the browser blocks storage, a
 * `QuotaExceededError` when it is full) switches the storage to memory for the rest of the page's
 * life, so the app keeps working and can tell the user that nothing will be kept.
 *
 * `resolve` is called lazily, inside a `try`: merely reading `window.localStorage` throws in some
 * sandboxed iframes.
 */
export function createSafeStorage(resolve: () => KeyValueStorage | null | undefined): SafeStorage {
  let resolveBackend = resolve;
  let backend: KeyValueStorage | null | undefined;
  let resolved = false;
  let mode: StorageMode = 'persistent';
  const memory = new Map<string, string>();
  const listeners = new Set<(mode: StorageMode) => void>();

  function degrade(): void {
    backend = null;
    if (mode === 'memory') return;
    mode = 'memory';
    listeners.forEach((listener) => listener(mode));
  }

  function current(): KeyValueStorage | null {
    if (!resolved) {
      resolved = true;
      try {
        backend = resolveBackend() ?? null;
        // Some browsers hand out a storage object that throws on the first write.
        backend?.setItem(PROBE_KEY, '1');
        backend?.removeItem(PROBE_KEY);
      } catch {
        backend = null;
      }
      if (!backend) degrade();
    }
    return backend ?? null;
  }

  return {
    getItem(key) {
      const store = current();
      if (store) {
        try {
          const value = store.getItem(key);
          if (value === null) memory.delete(key);
          else memory.set(key, value);
          return value;
        } catch {
          degrade();
        }
      }
      return memory.get(key) ?? null;
    },
    setItem(key, value) {
      memory.set(key, value);
      const store = current();
      if (!store) return;
      try {
        store.setItem(key, value);
      } catch {
        degrade();
      }
    },
    removeItem(key) {
      memory.delete(key);
      const store = current();
      if (!store) return;
      try {
        store.removeItem(key);
      } catch {
        degrade();
      }
    },
    clear(prefix) {
      for (const key of [...memory.keys()]) if (key.startsWith(prefix)) memory.delete(key);
      const store = current();
      if (!store) return;
      try {
        const keys: string[] = [];
        const enumerable = store as Partial<Storage>;
        if (typeof enumerable.length === 'number' && typeof enumerable.key === 'function') {
          for (let i = 0; i < enumerable.length; i += 1) {
            const key = enumerable.key(i);
            if (key?.startsWith(prefix)) keys.push(key);
          }
        } else if ('keys' in store && typeof store.keys === 'function') {
          keys.push(...(store.keys() as string[]).filter((key) => key.startsWith(prefix)));
        }
        keys.forEach((key) => store.removeItem(key));
      } catch {
        degrade();
      }
    },
    mode: () => {
      current();
      return mode;
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
      if (mode !== 'persistent') {
        mode = 'persistent';
        listeners.forEach((listener) => listener(mode));
      }
    },
  };
}

/** The storage every persisted store of the app goes through. */
export const safeStorage: SafeStorage = createSafeStorage(() => window.localStorage);
