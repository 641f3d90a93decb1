import './external-link.css';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ExternalLinkProps {
  href: string;
  children: ReactNode;
  className?: string;
}

/**
 * A link to another site. It opens in a new tab, so that the user keeps their place in Masari,
 * and says so: in words to screen readers (a hidden phrase, part of the link's name) and by the
 * usual arrow-out-of-a-box sign to sighted users. The new page gets no handle on this one
 * (`noopener`) and no address of it (`noreferrer`).
 */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      {/* Unbreakable, so that the sign never starts a line alone; outside the hidden phrase, so
          that every browser's accessible name keeps the space. */}
      {'\u00A0'}
      <span className="visually-hidden">{t('newTab')}</span>
      <svg
        className="external-link__icon mirror-rtl"
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
      >
        <path
          d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </a>
  );
}
