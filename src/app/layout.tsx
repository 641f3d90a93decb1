import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { LanguageSwitcher } from '@/features/settings/language-switcher';
import { TextSizeSelect } from '@/features/settings/text-size-select';
import { isEmbedded } from '@/lib/embed/embedded';
import type { Lang } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { paths } from '@/lib/paths';
import { Announcer } from './announcer';
import { ErrorBoundary } from './error-boundary';
import { Logo } from './logo';
import { Notices } from './notices';

/** Only an embedded page talks to its host page: the full app's first screen does not carry it. */
const EmbedMessenger = lazy(() =>
  import('./embed-messenger').then(({ EmbedMessenger: messenger }) => ({ default: messenger })),
);

const NAV_ITEMS = [
  { to: paths.home.href(), key: 'nav.home', end: true },
  { to: paths.quiz.href(), key: 'nav.quiz', end: false },
  { to: paths.programs.href(), key: 'nav.programs', end: false },
  { to: paths.centers.href(), key: 'nav.centers', end: false },
  { to: paths.about.href(), key: 'nav.about', end: false },
] as const;

/**
 * The address of the full app at the route on screen: the same page without the embed options
 * (the query before the `#`), in the language the user reads now.
 */
function fullAppHref(route: { pathname: string; search: string }, lang: Lang): string {
  const url = new URL(window.location.href);
  url.search = '';
  const params = new URLSearchParams(route.search);
  params.set('lang', lang);
  url.hash = `${route.pathname}?${params.toString()}`;
  return url.href;
}

/** Masari's own header: the name, the display settings and the site's navigation. */
function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link to={paths.home.href()} className="brand">
          <Logo />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__settings" role="group" aria-label={t('settings.label')}>
          <LanguageSwitcher />
          <TextSizeSelect />
        </div>
      </div>
      <nav className="site-nav" aria-label={t('nav.label')}>
        <ul className="site-nav__list">
          {NAV_ITEMS.map((item) => (
            <li key={item.key}>
              <NavLink to={item.to} end={item.end} className="site-nav__link">
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

/** Masari's own footer: about, privacy, counselors, the promise and the official portal. */
function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <nav aria-label={t('footer.label')}>
          <ul className="site-footer__links">
            <li>
              <Link to={paths.about.href()}>{t('footer.about')}</Link>
            </li>
            <li>
              <Link to={paths.about.href('privacy')}>{t('footer.privacy')}</Link>
            </li>
            <li>
              <Link to={paths.counselor.href()}>{t('nav.counselor')}</Link>
            </li>
            <li>
              <Link to={paths.embed.href()}>{t('footer.embed')}</Link>
            </li>
          </ul>
        </nav>
        <p>{t('footer.promise')}</p>
        <p>
          {t('footer.disclaimer')}{' '}
          <a href="https://www.myway.ac.ma/" rel="noopener noreferrer" target="_blank" dir="ltr">
            {t('footer.official')}
          </a>
        </p>
      </div>
    </footer>
  );
}

/**
 * The frame's bar in embed mode, in place of the site's header: the name, the language (users
 * may switch inside a school's page) and a way out to the full app in a new tab.
 */
function EmbedBar() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  return (
    <header className="embed-bar">
      <Link to={paths.home.href()} className="brand embed-bar__brand">
        <Logo />
        <span className="brand__name">{t('app.name')}</span>
      </Link>
      <div className="embed-bar__end">
        <LanguageSwitcher />
        <a
          className="embed-bar__open"
          href={fullAppHref(location, lang)}
          target="_blank"
          rel="noopener"
        >
          {t('embed.openFull')}
        </a>
      </div>
    </header>
  );
}

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
      {embedded ? <EmbedBar /> : <SiteHeader />}
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
