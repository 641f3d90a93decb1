import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { isEmbedded } from '@/lib/embed/embedded';
import { lazyComponent } from '@/lib/lazy-component';
import { Announcer } from './announcer';
import { ErrorBoundary } from './error-boundary';
import { Notices } from './notices';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/**
 * The frame's bar in embed mode: only an embedded page loads it, before its first paint
 * (`prepareApp`), so the full app's first screen does not carry it.
 */
export const embedBar = lazyComponent(() =>
  import('./embed-bar').then((module) => module.EmbedBar),
);

/** Only an embedded page talks to its host page: the full app's first screen does not carry it. */
const EmbedMessenger = lazy(() =>
  import('./embed-messenger').then(({ EmbedMessenger: messenger }) => ({ default: messenger })),
);

/**
 * The page frame: skip link, header with navigation and settings, main content, footer. In embed
 * mode, inside a school's page: skip link, a compact bar, the content, and the messages that
 * size the frame to it.
 */
export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const embedded = isEmbedded();
  const appRef = useRef<HTMLDivElement>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After an in-app navigation, move focus to the new content so screen-reader and keyboard users
  // start reading there, as they would after a full page load, unless the new screen has already
  // placed focus itself.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [pathname]);

  return (
    <div className={embedded ? 'app app--embed' : 'app'} ref={appRef}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route, so the skip link moves focus instead of changing the hash.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      {embedded ? (
        <Suspense fallback={null}>
          <embedBar.Component />
        </Suspense>
      ) : (
        <SiteHeader />
      )}
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Notices />
        <ErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <Announcer />
      {embedded ? (
        <Suspense fallback={null}>
          <EmbedMessenger content={appRef} />
        </Suspense>
      ) : (
        <SiteFooter />
      )}
    </div>
  );
}
