import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { TEXT_LANGS } from '@/data/catalogue-slots';
import { loadCatalogueDetails, loadCatalogueText } from '@/data/catalogue-text';
import { loadItemText } from '@/data/items';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';
import { persistedStores } from '@/lib/store/persisted';

// The app downloads the programs', sectors' and items' text one language at a time, as screens ask
// for it. Tests start with all three in, as the search read them before (an Arabic word on a
// French screen); the tests of that loading import fresh modules
// (tests/unit/data/catalogue-text.test.ts).
await Promise.all(
  TEXT_LANGS.flatMap((lang) => [
    loadCatalogueText(lang),
    loadCatalogueDetails(lang),
    loadItemText(lang),
  ]),
);

// How long `findBy…` and `waitFor` wait for what the app loads on demand (a screen's code, a
// language's strings), for every test: on a loaded machine a lazy screen can take several seconds,
// well past Testing Library's 1 s. Below the test timeout (`testTimeout`, vite.config.ts), so that
// what never comes fails with its own message rather than as a timed-out test.
configure({ asyncUtilTimeout: 15_000 });

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
