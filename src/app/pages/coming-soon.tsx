import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';

export type ComingSoonPage = 'counselor';

/** Stands in for a screen that is not built yet: it says so, in the user's language. */
export default function ComingSoon({ page }: { page: ComingSoonPage }) {
  const { t } = useTranslation('pages');
  const title = t(`titles.${page}`);
  usePageTitle(title);
  return (
    <div className="stack">
      <h1>{title}</h1>
      <Card accent>
        <p className="lead">{t('comingSoon.lead')}</p>
        <p>{t('comingSoon.body')}</p>
        <LinkButton to={paths.home.href()} variant="secondary">
          {t('comingSoon.home')}
        </LinkButton>
      </Card>
    </div>
  );
}
