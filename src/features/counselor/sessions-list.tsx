import '@/components/ui/forms.css';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { formatDate, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { FilePanel } from './add-file';
import { ConfirmDialog } from './confirm-dialog';
import { counselorHref, localToday } from './links';
import { PrivacyNote, StorageStatus } from './storage-status';
import { dayOf, SessionFields, type SessionFieldValues } from './session-fields';
import { useCounselorStore } from './store';

/** The list of this device's sessions, the form that creates one, and "delete everything". */
export function SessionsList() {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const sessions = useCounselorStore((state) => state.sessions);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [erased, setErased] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const idPrefix = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SessionFieldValues>({
    defaultValues: { name: '', date: localToday() },
    shouldFocusError: true,
  });

  const create = handleSubmit(({ name, date }) => {
    const id = useCounselorStore.getState().createSession({ name, date });
    void navigate(counselorHref(id));
  });

  return (
    <div className="stack counselor">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby={`${idPrefix}-list`} className="stack">
        <h2 id={`${idPrefix}-list`}>{t('sessions.heading')}</h2>
        {erased ? (
          <Alert tone="success" role="status">
            <p>{t('deleteAll.done')}</p>
          </Alert>
        ) : null}
        {sessions.length === 0 ? (
          <p>{t('sessions.none')}</p>
        ) : (
          <ul className="session-list">
            {sessions.map((session) => (
              <li key={session.id}>
                <Link to={counselorHref(session.id)} className="session-list__name">
                  {session.name}
                </Link>
                <span className="muted">
                  {formatDate(dayOf(session.date), lang)} ·{' '}
                  {t('sessions.participants', {
                    count: session.participants.length,
                    formatted: formatNumber(session.participants.length, lang),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Card as="section" aria-labelledby={`${idPrefix}-new`} accent>
        <h2 id={`${idPrefix}-new`}>{t('sessions.new')}</h2>
        <form className="counselor-form" onSubmit={(event) => void create(event)} noValidate>
          <SessionFields idPrefix={idPrefix} register={register} errors={errors} withHint />
          <Button type="submit">{t('sessions.create')}</Button>
        </form>
      </Card>

      <Card as="section" aria-labelledby={`${idPrefix}-import`} className="no-print">
        <h2 id={`${idPrefix}-import`}>{t('sessions.import')}</h2>
        <FilePanel sessionId={null} />
      </Card>

      <StorageStatus />
      <PrivacyNote />

      {sessions.length > 0 ? (
        <Card as="section" aria-labelledby={`${idPrefix}-erase`} className="no-print">
          <h2 id={`${idPrefix}-erase`}>{t('deleteAll.heading')}</h2>
          <p>{t('deleteAll.body')}</p>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            {t('deleteAll.button')}
          </Button>
        </Card>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('deleteAll.title')}
        confirmLabel={t('deleteAll.confirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          useCounselorStore.getState().deleteEverything();
          useTurnQuizStore.getState().restart();
          // The status below says it; the heading takes the focus back from the dialog.
          setErased(true);
          headingRef.current?.focus();
        }}
      >
        <p>
          {t('deleteAll.confirmBody', {
            count: sessions.length,
            formatted: formatNumber(sessions.length, lang),
          })}
        </p>
      </ConfirmDialog>
    </div>
  );
}
