import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/link-button';
import { usePageTitle } from '@/lib/use-page-title';
import { useBackToList } from './use-back-to-list';

/**
 * The longest identifier quoted back as it is. Program ids are a few words long; a longer one is
 * shortened so that a pasted page of text does not fill the screen.
 */
const QUOTE_MAX = 60;

/** `id` as the message quotes it: whole when short, else its start and an ellipsis. */
function quoted(id: string): string {
  const chars = [...id];
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX).join('')}…` : id;
}

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
        <p>{t('notFound.body', { id: `\u2068${quoted(id)}\u2069` })}</p>
        <p>
          <LinkButton to={back}>{t('notFound.back')}</LinkButton>
        </p>
      </Alert>
    </div>
  );
}
