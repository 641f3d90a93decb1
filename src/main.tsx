import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { prepareApp } from '@/app/bootstrap';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import './styles/tokens.css';
import './styles/base.css';
import './app/layout.css';

async function start(): Promise<void> {
  try {
    await prepareApp({ hash: window.location.hash, browserLangs: navigator.languages ?? [] });
  } catch (error) {
    // Translations could not load (e.g. offline on a first visit): render anyway; the error
    // boundary and the browser's own retry on reload take it from there.
    console.warn('Masari could not load its translations', error);
  }
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  // Rendered as a transition, the first screen is built in slices of a few milliseconds with the
  // browser free in between, instead of one long task: on a slow phone, the results screen (a
  // few thousand elements) would otherwise block input for several hundred milliseconds.
  startTransition(() => {
    root.render(
      <StrictMode>
        <AppProvider>
          <AppRoutes />
        </AppProvider>
      </StrictMode>,
    );
  });
}

/**
 * The service worker that keeps the app on the device starts once the page has loaded, so that
 * neither its code nor its downloads compete with the first screen. Only in a production build:
 * the development server serves modules that a worker must not cache.
 */
function startServiceWorkerAfterLoad(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const begin = () => {
    // The registration imports workbox-window only when it runs: both downloads start together.
    void import('workbox-window').catch(() => undefined);
    void import('./app/service-worker').then(({ startServiceWorker }) => startServiceWorker());
  };
  if (document.readyState === 'complete') begin();
  else window.addEventListener('load', begin, { once: true });
}

void start();
startServiceWorkerAfterLoad();
