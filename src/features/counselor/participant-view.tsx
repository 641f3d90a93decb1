import '@/styles/print.css';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatShareCode } from '@/domain/share-code';
import { announce } from '@/lib/announce';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { ConfirmDialog } from './confirm-dialog';
import { counselorHref } from './links';
import { participantCode, precisionSource, type Participant, type Session } from './session';
import { dayOf } from './session-fields';
import { useCounselorSlots } from './slots';
import { useCounselorStore } from './store';

/** The heading block of a participant's report: their name, the session and the share code. */
export function ReportHeader({
  session,
  participant,
  level = 2,
}: {
  session: Session;
  participant: Participant;
  level?: 1 | 2;
}) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <header className="report-header">
      <Heading className="report-header__name">
        {t('participant.heading', { name: participant.pseudonym })}
      </Heading>
      <p className="muted">
        {t('participant.session', {
          name: session.name,
          date: formatDate(dayOf(session.date), lang),
        })}
      </p>
      <p>
        {t('participant.code')}{' '}
        <bdi dir="ltr" className="code">
          {formatShareCode(participantCode(participant))}
        </bdi>{' '}
        · {t(`source.${participant.source}`)}
      </p>
    </header>
  );
}

/** One participant's full results, as their own screen showed them, with print and remove. */
export function ParticipantView({
  session,
  participantId,
}: {
  session: Session;
  participantId: string;
}) {
  const { t } = useTranslation('counselor');
  const { Report } = useCounselorSlots();
  const navigate = useNavigate();
  const id = useId();
  const [removing, setRemoving] = useState(false);
  const headingRef = useRef<HTMLDivElement>(null);
  const participant = session.participants.find((p) => p.id === participantId);

  if (!participant) {
    return (
      <div className="stack counselor">
        <h1>{t('title')}</h1>
        <Card accent role="alert">
          <p>{t('participant.missing')}</p>
          <Link to={counselorHref(session.id)}>
            {t('participant.back', { name: session.name })}
          </Link>
        </Card>
      </div>
    );
  }

  return (
    <div className="stack counselor results" ref={headingRef}>
      <p className="no-print">
        <Link to={counselorHref(session.id)}>{t('participant.back', { name: session.name })}</Link>
      </p>
      <ReportHeader session={session} participant={participant} level={1} />
      <Report
        profile={participant.scores}
        schoolLevel={participant.schoolLevel}
        source={precisionSource(participant.source)}
      />
      <Card as="section" aria-labelledby={`${id}-actions`} className="no-print">
        <h2 id={`${id}-actions`}>{t('participant.actions')}</h2>
        <div className="actions">
          <Button onClick={() => window.print()}>{t('participant.print')}</Button>
          <Button variant="danger" onClick={() => setRemoving(true)}>
            {t('participant.remove')}
          </Button>
        </div>
      </Card>
      <ConfirmDialog
        open={removing}
        title={t('participant.removeTitle', { name: participant.pseudonym })}
        confirmLabel={t('participant.removeConfirm')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          useCounselorStore.getState().removeParticipant(session.id, participant.id);
          announce(t('participant.removed', { name: participant.pseudonym }));
          void navigate(counselorHref(session.id), { replace: true });
        }}
      >
        <p>{t('participant.removeBody')}</p>
      </ConfirmDialog>
    </div>
  );
}
