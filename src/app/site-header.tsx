import { Suspense, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { languageInfo } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { lazyComponent } from '@/lib/lazy-component';
import { paths } from '@/lib/paths';
import { Logo } from './logo';

const NAV_ITEMS = [
  { to: paths.home.href(), key: 'nav.home', end: true },
  { to: paths.quiz.href(), key: 'nav.quiz', end: false },
  { to: paths.programs.href(), key: 'nav.programs', end: false },
  { to: paths.centers.href(), key: 'nav.centers', end: false },
  { to: paths.about.href(), key: 'nav.about', end: false },
] as const;

/**
 * The language and text-size controls, behind one button: loaded when the user reaches for the
 * button (or opens it), not with the first screen.
 */
const settingsPanel = lazyComponent(() =>
  import('@/features/settings/settings-panel').then((module) => module.SettingsPanel),
);

type Open = 'settings' | 'menu' | null;

/** A globe: the sign for "language" that reads in every script. */
function GlobeIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.8">
        <circle cx="12" cy="12" r="9" />
        <path d="M3 12h18M12 3c2.5 2.6 3.6 5.6 3.6 9s-1.1 6.4-3.6 9c-2.5-2.6-3.6-5.6-3.6-9S9.5 5.6 12 3z" />
      </g>
    </svg>
  );
}

/** Three bars: the sign for a menu. */
function MenuIcon() {
  return (
    <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 6h16M4 12h16M4 18h16" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}

/**
 * Masari's own header: the name, one button for language and text size, and the site's
 * navigation, in one row on a phone (the navigation behind a menu button) and in two on a wider
 * screen. Escape or a tap elsewhere closes what is open; Escape gives focus back to its button.
 */
export function SiteHeader() {
  const { t } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const [open, setOpen] = useState<Open>(null);
  const [shownPath, setShownPath] = useState(pathname);
  const header = useRef<HTMLElement>(null);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const settingsId = useId();
  const navId = useId();

  // Following a link of the menu (or any other) closes what was open.
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setOpen(null);
  }

  useEffect(() => {
    if (!open) return;
    const button = open === 'settings' ? settingsButton.current : menuButton.current;
    const inHeader = (node: EventTarget | null) =>
      node instanceof Node && Boolean(header.current?.contains(node));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      if (!inHeader(document.activeElement) && document.activeElement !== document.body) return;
      setOpen(null);
      button?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!inHeader(event.target)) setOpen(null);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const toggle = (which: Exclude<Open, null>) => setOpen(open === which ? null : which);
  const preloadSettings = () => void settingsPanel.load().catch(() => undefined);

  return (
    <header className="site-header" ref={header}>
      <div className="site-header__inner">
        <Link to={paths.home.href()} className="brand">
          <Logo />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="site-header__tools">
          <button
            ref={settingsButton}
            type="button"
            className="header-button"
            aria-expanded={open === 'settings'}
            aria-controls={open === 'settings' ? settingsId : undefined}
            onPointerEnter={preloadSettings}
            onFocus={preloadSettings}
            onClick={() => toggle('settings')}
          >
            <GlobeIcon />
            <span className="visually-hidden">{t('settings.label')}: </span>
            <span lang={lang}>{languageInfo(lang).autonym}</span>
          </button>
          {open === 'settings' ? (
            <Suspense
              fallback={
                <div id={settingsId} className="settings-panel">
                  <Loading />
                </div>
              }
            >
              <settingsPanel.Component id={settingsId} />
            </Suspense>
          ) : null}
          <button
            ref={menuButton}
            type="button"
            className="header-button site-header__menu-button"
            aria-expanded={open === 'menu'}
            aria-controls={navId}
            onClick={() => toggle('menu')}
          >
            <MenuIcon />
            <span className="site-header__menu-label">{t('nav.menu')}</span>
          </button>
        </div>
      </div>
      <nav
        id={navId}
        className={open === 'menu' ? 'site-nav site-nav--open' : 'site-nav'}
        aria-label={t('nav.label')}
      >
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
