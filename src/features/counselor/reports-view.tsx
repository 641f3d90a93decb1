import '@/styles/print.css';
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { counselorHref } from './links';
import { ReportHeader } from './participant-view';
import { precisionSource, type Participant, type Session } from './session';
import { useCounselorSlots } from './slots';

/** Reports drawn per step: about 50 ms of work each on a laptop, so the page keeps answering. */
const STEP = 5;

/**
 * Every participant's report, one per printed page, for printing at once. A large group is drawn a
 * few reports at a time, with its progress shown; "print" waits until all are on the page.
 */
export function ReportsView({ session }: { session: Session }) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const total = session.participants.length;
  const [drawn, setDrawn] = useState(Math.min(STEP, total));
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => setDrawn((count) => Math.min(total, count + STEP)), 0);
    return () => clearTimeout(timer);
  }, [drawn, total]);

  const ready = drawn >= total;
  return (
    <div className="stack counselor reports-view">
      <div className="no-print stack">
        <p>
          <Link to={counselorHref(session.id)}>
            {t('participant.back', { name: session.name })}
          </Link>
        </p>
        <h1 ref={headingRef}>{t('print.reportsHeading', { name: session.name })}</h1>
        <p>{t('print.reportsLead')}</p>
        {ready ? (
          <Button onClick={() => window.print()}>{t('print.now')}</Button>
        ) : (
          <ProgressBar
            value={drawn}
            max={total}
            label={t('print.preparing')}
            valueText={t('print.progress', {
              drawn: formatNumber(drawn, lang),
              total: formatNumber(total, lang),
            })}
          />
        )}
      </div>
      {session.participants.slice(0, drawn).map((participant) => (
        <ReportPage key={participant.id} session={session} participant={participant} />
      ))}
    </div>
  );
}

/**
 * One participant's report on its own printed page. Memoised: each step of drawing adds reports
 * without drawing again those already on the page.
 */
const ReportPage = memo(function ReportPage({
  session,
  participant,
}: {
  session: Session;
  participant: Participant;
}) {
  const { Report } = useCounselorSlots();
  return (
    <article className="report-page results">
      <ReportHeader session={session} participant={participant} />
      <Report
        profile={participant.scores}
        schoolLevel={participant.schoolLevel}
        source={precisionSource(participant.source)}
        headingLevel={3}
      />
    </article>
  );
});
