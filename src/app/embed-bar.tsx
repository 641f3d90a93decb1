import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { LanguageSwitcher } from '@/features/settings/language-switcher';
import type { Lang } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { paths } from '@/lib/paths';
import { Logo } from './logo';
import './embed-bar.css';

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

/**
 * The frame's bar in embed mode, in place of the site's header: the name, the language (users
 * may switch inside a school's page) and a way out to the full app in a new tab.
 */
export function EmbedBar() {
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
