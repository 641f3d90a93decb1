import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';

/**
 * Any address that names no screen (`#/nope`, `#/programs/a/b`, `#//`, a broken percent code):
 * what happened, said as bad input is (an alert), and the two ways on that most visitors want.
 */
export default function NotFound() {
  const { t } = useTranslation('pages');
  usePageTitle(t('notFound.title'));
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <Alert tone="error" role="alert">
        <p>{t('notFound.body')}</p>
        <p className="actions">
          <LinkButton to={paths.home.href()}>{t('notFound.home')}</LinkButton>
          <LinkButton to={paths.quiz.href()} variant="secondary">
            {t('notFound.quiz')}
          </LinkButton>
        </p>
      </Alert>
    </div>
  );
}
