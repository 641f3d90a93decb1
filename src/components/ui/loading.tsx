import { useTranslation } from 'react-i18next';

/** Shown while a screen's, or a part of a screen's, code or translations load. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('status.loading')}
    </p>
  );
}
