import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';
import { persistedStores } from '@/lib/store/persisted';

// jsdom has <dialog> without its methods; this stand-in keeps the parts the app relies on.
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

afterEach(() => {
  // Tests of tooling run in Node, without a DOM.
  if (typeof window === 'undefined') return;
  cleanup();
  // Every test starts from empty storage, default stores and no notices.
  safeStorage.setBackend(() => createMemoryStorage());
  persistedStores().forEach((store) => store.reset());
  useNoticesStore.getState().clear();
  window.localStorage.clear();
  window.location.hash = '';
});
