import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { paths } from '@/lib/paths';

/** Masari's own footer: about, privacy, counselors, the promise and the official portal. */
export function SiteFooter() {
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
          {t('footer.disclaimer')} <OfficialPortalLink />
        </p>
      </div>
    </footer>
  );
}
