import { registerSW } from 'virtual:pwa-register';
import { setUpdateHandler } from '@/lib/pwa/update';
import { useNoticesStore } from '@/lib/store/notices';

/** How often an open page asks for a new version: a counselor's session may last all day. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the service worker that keeps the whole app on the device (docs/offline.md). Loaded
 * once the first screen is up (src/main.tsx), so it never delays it. The user hears about it
 * twice at most: once when the app has been saved for offline use, and when a new version is
 * ready, which waits for the user's "update now".
 */
export function startServiceWorker(): void {
  const notices = useNoticesStore.getState();
  const update = registerSW({
    onOfflineReady() {
      notices.add({ id: 'offline-ready', kind: 'offline-ready' });
    },
    onNeedRefresh() {
      notices.add({ id: 'update-ready', kind: 'update-ready' });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        // Only online: offline, the check fails anyway and would only log an error.
        if (navigator.onLine) void registration.update().catch(() => undefined);
      };
      window.setInterval(check, UPDATE_CHECK_MS);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
  setUpdateHandler(async () => {
    // The new worker claims this page once active; the page then reloads into the new version,
    // whether or not a worker controlled it before (on a first visit, none did).
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    await update(true);
  });
}
