import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { useLang } from '@/lib/i18n/use-lang';
import { usePageTitle } from '@/lib/use-page-title';
import { counselorHref } from './links';
import { ParticipantView } from './participant-view';
import { ReportsView } from './reports-view';
import { SessionView } from './session-view';
import { SessionsList } from './sessions-list';
import { selectSession, useCounselorStore } from './store';
import { TurnLock, TurnView } from './turn-view';
import './counselor.css';

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
    return view === 'turn' && sessionId === turn.sessionId ? (
      <TurnView session={turnSession} turn={turn} />
    ) : (
      <TurnLock session={turnSession} />
    );
  }
  if (sessionId === null) return <SessionsList />;
  if (!session) {
    return (
      <div className="stack">
        <h1>{t('title')}</h1>
        {/* A link to a session this device does not hold: said as bad input is. */}
        <Card accent role="alert">
          <h2>{t('missing.heading')}</h2>
          <p>{t('missing.body')}</p>
          <LinkButton to={counselorHref()} variant="secondary">
            {t('session.back')}
          </LinkButton>
        </Card>
      </div>
    );
  }
  if (participantId !== null)
    return <ParticipantView session={session} participantId={participantId} />;
  if (view === 'reports') return <ReportsView session={session} />;
  return <SessionView session={session} />;
}
