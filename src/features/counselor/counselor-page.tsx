import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { Loading } from '@/components/ui/loading';
import { lazyComponent } from '@/lib/lazy-component';
import { useLang } from '@/lib/i18n/use-lang';
import { usePageTitle } from '@/lib/use-page-title';
import { counselorHref } from './links';
import { SessionsList } from './sessions-list';
import { selectSession, useCounselorStore } from './store';
import './counselor.css';

/**
 * The list of sessions comes with counselor mode; a session, a participant's results, the reports
 * and a shared device's turns load when first opened (a link to one starts its download with the
 * mode's: `src/app/router.tsx`), and render at once when already in.
 */
const SessionView = lazyComponent(() => import('./session-view').then((m) => m.SessionView));
const ParticipantView = lazyComponent(() =>
  import('./participant-view').then((m) => m.ParticipantView),
);
const ReportsView = lazyComponent(() => import('./reports-view').then((m) => m.ReportsView));
const TurnView = lazyComponent(() => import('./turn-view').then((m) => m.TurnView));
const TurnLock = lazyComponent(() => import('./turn-view').then((m) => m.TurnLock));

/**
 * Counselor mode (`#/counselor`): the sessions of this device; a session (`?session=`), one of its
 * participants' results (`&participant=`), every report for print (`&view=reports`) and a shared
 * device's turns (`&view=turn`). While a turn is in progress, nothing else of the sessions shows,
 * so a participant who presses Back sees nothing of the others.
 */
export default function CounselorPage() {
  const { t, i18n } = useTranslation('counselor');
  // Every view but the list of sessions names sectors and programs. Their text (about 30 kB) is
  // not needed for the list: it downloads once the page has painted, so that it is in before a
  // session, a participant's results or a turn need it, without holding up the first paint.
  const lang = useLang();
  useEffect(() => {
    i18n.loadNamespaces('catalogue').catch(() => undefined);
  }, [i18n, lang]);
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const sessionId = params.get('session');
  const participantId = params.get('participant');
  const view = params.get('view');
  const turn = useCounselorStore((state) => state.turn);
  const session = useCounselorStore(selectSession(sessionId));
  const turnSession = useCounselorStore(selectSession(turn?.sessionId ?? null));

  if (turn && turnSession) {
    return (
      <Suspense fallback={<Loading />}>
        {view === 'turn' && sessionId === turn.sessionId ? (
          <TurnView.Component session={turnSession} turn={turn} />
        ) : (
          <TurnLock.Component session={turnSession} />
        )}
      </Suspense>
    );
  }
  if (sessionId === null) return <SessionsList />;
  if (!session) {
    return (
      <div className="stack">
        <h1>{t('title')}</h1>
        <Card accent>
          <h2>{t('missing.heading')}</h2>
          <p>{t('missing.body')}</p>
          <LinkButton to={counselorHref()} variant="secondary">
            {t('session.back')}
          </LinkButton>
        </Card>
      </div>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      {participantId !== null ? (
        <ParticipantView.Component session={session} participantId={participantId} />
      ) : view === 'reports' ? (
        <ReportsView.Component session={session} />
      ) : (
        <SessionView.Component session={session} />
      )}
    </Suspense>
  );
}
