import { create, type StateCreator, type StoreApi, type UseBoundStore } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { safeStorage } from '../storage/safe-storage';
import { runMigrations, type MigrationStep } from './migrate';
import { useNoticesStore } from './notices';
import type { StateValidator } from './validate';

/** Every persisted key starts with this, so that "erase my data" can find them all. */
export const STORAGE_PREFIX = 'masari:';

/**
 * The persisted stores' names, each saved under `masari:<name>`: the display settings, the user's
 * questionnaire, a shared device's turn in counselor mode, and the counselor's sessions. Listed
 * here so that each has its own words when it must be reset (`storage-reset` notice).
 */
export type PersistedStoreName = 'settings' | 'quiz' | 'counselor-turn' | 'counselor';

export interface PersistedStoreConfig<S, P> {
  /** Short name; the data is stored under `masari:<name>`. Never rename: it is a storage contract. */
  name: PersistedStoreName;
  /** Bump when the shape of `P` changes, and add the step that migrates the previous version. */
  version: number;
  /** The persisted part of the initial state. */
  defaults: P;
  /** Validates what comes out of storage (after migration); invalid data is reset to `defaults`. */
  schema: StateValidator<P>;
  /** What of the state is saved: data only, never actions or derived values. */
  partialize: (state: S) => P;
  /** `migrations[n]` turns version `n - 1` into version `n`. */
  migrations?: Readonly<Record<number, MigrationStep>>;
}

/** Marks data that could not be parsed or migrated; it never reaches storage. */
const UNREADABLE = { unreadable: true } as const;

interface RegisteredStore {
  name: PersistedStoreName;
  reset(): void;
  rehydrate(): Promise<void> | void;
}

const registry: RegisteredStore[] = [];

/** The persisted stores created so far (for "erase my data" and for tests). */
export function persistedStores(): readonly RegisteredStore[] {
  return registry;
}

function storageKey(name: string): string {
  return STORAGE_PREFIX + name;
}

/** JSON over the safe storage; unparsable text becomes `UNREADABLE` at an impossible version. */
function jsonStorage<P>(): PersistStorage<P> {
  return {
    getItem(key) {
      const raw = safeStorage.getItem(key);
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === 'object' && parsed !== null && 'state' in parsed) {
          return parsed as StorageValue<P>;
        }
      } catch {
        // fall through: unreadable
      }
      return { state: UNREADABLE as unknown as P, version: -1 };
    },
    setItem(key, value) {
      safeStorage.setItem(key, JSON.stringify(value));
    },
    removeItem(key) {
      safeStorage.removeItem(key);
    },
  };
}

/**
 * Creates a zustand store whose data part survives reloads, closed tabs and app updates.
 *
 * What is read back goes through the version's migrations, then through `schema`. Anything that
 * fails (unparsable JSON, a version from a newer app, a wrong shape) is replaced by `defaults`,
 * written back at once, and reported with a one-time `storage-reset` notice that names the store:
 * the user is told what was reset, the other stores keep their data, and the app never renders
 * from bad data.
 */
export function createPersistedStore<S extends object, P extends Partial<S>>(
  config: PersistedStoreConfig<S, P>,
  initializer: StateCreator<S, [['zustand/persist', unknown]], []>,
): UseBoundStore<StoreApi<S>> & { persist: { rehydrate(): Promise<void> | void } } {
  const key = storageKey(config.name);
  const store = create<S>()(
    persist<S, [], [], P>(initializer, {
      name: key,
      version: config.version,
      storage: jsonStorage<P>(),
      partialize: config.partialize,
      // The result is only a candidate: `merge` validates it before anything renders from it.
      migrate: (persisted, fromVersion) => {
        if (persisted === UNREADABLE) return UNREADABLE as unknown as P;
        try {
          const migrated = runMigrations(
            persisted,
            fromVersion,
            config.version,
            config.migrations ?? {},
          );
          return (migrated ?? UNREADABLE) as P;
        } catch {
          return UNREADABLE as unknown as P;
        }
      },
      merge: (persisted, current) => {
        if (persisted === undefined) return current;
        const result = persisted === UNREADABLE ? null : config.schema.safeParse(persisted);
        if (result?.success) return { ...current, ...result.data };
        safeStorage.setItem(
          key,
          JSON.stringify({ state: config.defaults, version: config.version }),
        );
        useNoticesStore
          .getState()
          .add({ id: `storage-reset:${config.name}`, kind: 'storage-reset', store: config.name });
        return { ...current, ...config.defaults };
      },
    }),
  );
  registry.push({
    name: config.name,
    reset: () => store.setState(config.defaults),
    rehydrate: () => store.persist.rehydrate(),
  });
  return store;
}

/** Erases everything Masari saved on this device and puts every persisted store back to defaults. */
export function eraseAllSavedData(): void {
  registry.forEach((entry) => entry.reset());
  safeStorage.clear(STORAGE_PREFIX);
}
