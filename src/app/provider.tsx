import { Suspense, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { HashRouter } from 'react-router';
import { i18n } from '@/lib/i18n/i18n';
import { ErrorBoundary } from './error-boundary';
import { Loading } from '@/components/ui/loading';
import { SettingsSync } from './settings-sync';

/**
 * The one provider tree of the app, used by the entry point and by the tests' `renderApp`.
 * Hash routing: the build works from any path of any static host and inside an iframe (ADR 0001).
 */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <HashRouter>
          <SettingsSync />
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </HashRouter>
      </ErrorBoundary>
    </I18nextProvider>
  );
}
