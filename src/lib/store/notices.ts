import { create } from 'zustand';
import type { MemoryCause } from '../storage/safe-storage';
import type { PersistedStoreName } from './persisted';

/**
 * Notices the app owes the user about itself, shown once in the layout until dismissed:
 * `storage-reset` when a store's saved data could not be read and was reset (`store` says which),
 * `storage-memory` when nothing more can be saved (`cause`: the browser refuses, or its storage
 * is full), `offline-ready` once the app has been saved on the device for use with no network,
 * `update-ready` when a new version waits for the user's go.
 */
export type Notice =
  | { id: string; kind: 'storage-reset'; store: PersistedStoreName }
  | { id: string; kind: 'storage-memory'; cause: MemoryCause }
  | { id: string; kind: 'offline-ready' | 'update-ready' };

export type NoticeKind = Notice['kind'];

interface NoticesState {
  notices: Notice[];
  add(notice: Notice): void;
  dismiss(id: string): void;
  clear(): void;
}

export const useNoticesStore = create<NoticesState>()((set) => ({
  notices: [],
  add: (notice) =>
    set((state) =>
      state.notices.some((n) => n.id === notice.id)
        ? state
        : { notices: [...state.notices, notice] },
    ),
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
  clear: () => set({ notices: [] }),
}));

/** Selector: the notices to show, oldest first. */
export const selectNotices = (state: NoticesState): Notice[] => state.notices;
