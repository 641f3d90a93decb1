import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the document title to "<page> — Masari" in the active language (or the app's own title for
 * `null`), so that tabs, history and screen readers name the page.
 */
export function usePageTitle(pageTitle: string | null): void {
  const { t } = useTranslation('common');
  const title = pageTitle ? `${pageTitle} — ${t('app.name')}` : t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
