import { StrictMode } from 'react';
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
  createRoot(container).render(
    <StrictMode>
      <AppProvider>
        <AppRoutes />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
