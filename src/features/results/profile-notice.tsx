import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import type { ScoreSource } from '@/domain/precision';
import type { NoticeKind } from '@/domain/reading';
import { paths } from '@/lib/paths';
import { Heading, type HeadingLevel } from './heading';

export interface ProfileNoticeProps {
  kind: NoticeKind;
  /** Where the scores come from: the full form is offered unless it was the source. */
  source: ScoreSource;
  rankingShown: boolean;
  onToggleRanking: () => void;
  /** Starts the ids of the notice's elements, unique on the page. */
  idPrefix: string;
  headingLevel: HeadingLevel;
}

/**
 * Said first, before any list, when the profile gives no reliable direction: why, in plain words,
 * and the ways on. The ranking stays one click away.
 */
export function ProfileNotice({
  kind,
  source,
  rankingShown,
  onToggleRanking,
  idPrefix,
  headingLevel,
}: ProfileNoticeProps) {
  const { t } = useTranslation('results');
  const headingId = `${idPrefix}-notice`;
  return (
    <Card
      as="section"
      accent
      aria-labelledby={headingId}
      data-testid="profile-notice"
      data-kind={kind}
      className="profile-notice"
    >
      <Heading level={headingLevel} id={headingId}>
        {t(`notice.${kind}.heading`)}
      </Heading>
      <p>{t(`notice.${kind}.body`)}</p>
      <p>{t('notice.waysOn')}</p>
      <ul className="next-steps">
        {source === 'full' ? null : (
          <li>
            <LinkButton to={paths.quiz.href('full')}>{t('notice.full')}</LinkButton>
          </li>
        )}
        <li>
          <LinkButton to={paths.centers.href()} variant="secondary">
            {t('notice.center')}
          </LinkButton>
        </li>
        <li>
          <LinkButton to={paths.programs.href()} variant="secondary">
            {t('notice.explore')}
          </LinkButton>
        </li>
      </ul>
      <div className="actions no-print">
        <Button variant="quiet" aria-expanded={rankingShown} onClick={onToggleRanking}>
          {rankingShown ? t('notice.hide') : t('notice.show')}
        </Button>
      </div>
      {rankingShown ? <p className="muted">{t('notice.shown')}</p> : null}
    </Card>
  );
}
