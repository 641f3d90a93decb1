import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { usePageTitle } from '@/lib/use-page-title';
import { useBackToList } from './use-back-to-list';

/** The program page for an id the data does not hold. */
export function ProgramNotFound({ id }: { id: string }) {
  const { t } = useTranslation('programs');
  usePageTitle(t('notFound.title'));
  const back = useBackToList();
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <Alert tone="error" role="alert">
        {/* Isolated, so that a Latin identifier keeps its place in an Arabic sentence. */}
        <p>{t('notFound.body', { id: `\u2068${id}\u2069` })}</p>
      </Alert>
      <LinkButton to={back}>{t('notFound.back')}</LinkButton>
    </div>
  );
}
