import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The official portal's address for the current offer, its establishments and pre-registration. */
export const OFFICIAL_PORTAL = 'https://www.myway.ac.ma/';

/** A link to the official portal, opening in a new tab (and saying so to screen readers). */
export function OfficialPortalLink({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('programs');
  return (
    <a href={OFFICIAL_PORTAL} target="_blank" rel="noopener noreferrer">
      {children ?? <bdi>{t('portal')}</bdi>}
      <span className="visually-hidden"> {t('newTab')}</span>
    </a>
  );
}
