import { create } from 'zustand';

/**
 * Notices the app owes the user about itself, shown once in the layout until dismissed:
 * `storage-reset` when saved data could not be read and was reset, `storage-memory` when the
 * browser does not let Masari save anything, `offline-ready` once the app has been saved on the
 * device for use with no network, `update-ready` when a new version waits for the user's go.
 */
export type NoticeKind = 'storage-reset' | 'storage-memory' | 'offline-ready' | 'update-ready';

export interface Notice {
  id: string;
  kind: NoticeKind;
}

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
