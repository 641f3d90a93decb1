import { useTranslation } from 'react-i18next';
import { LinkButton } from '@/components/ui/link-button';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';

export default function NotFound() {
  const { t } = useTranslation('pages');
  usePageTitle(t('notFound.title'));
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <LinkButton to={paths.home.href()}>{t('notFound.home')}</LinkButton>
    </div>
  );
}
