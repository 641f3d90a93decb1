import '@/components/ui/forms.css';
import { useId, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { formatDate, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { FilePanel } from './add-file';
import { counselorHref, localToday } from './links';
import { PrivacyNote, StorageStatus } from './storage-status';
import { cleanSessionName, useCounselorStore } from './store';

interface NewSession {
  name: string;
  date: string;
}

/** A `YYYY-MM-DD` day as a date at noon, so that no time zone moves it to another day. */
export function dayOf(date: string): Date {
  return new Date(`${date}T12:00:00`);
}

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
  } = useForm<NewSession>({
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
      <StorageStatus />

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
          <div className="field">
            <label htmlFor={`${idPrefix}-name`}>{t('sessions.name')}</label>
            <input
              id={`${idPrefix}-name`}
              autoComplete="off"
              maxLength={200}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={`${idPrefix}-name-hint${errors.name ? ` ${idPrefix}-name-error` : ''}`}
              {...register('name', {
                validate: (value) => cleanSessionName(value) !== null || t('sessions.nameMissing'),
              })}
            />
            <p id={`${idPrefix}-name-hint`} className="muted field-hint">
              {t('sessions.nameHint')}
            </p>
            {errors.name ? (
              <p id={`${idPrefix}-name-error`} className="field-error">
                {errors.name.message}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-date`}>{t('sessions.date')}</label>
            <input
              id={`${idPrefix}-date`}
              type="date"
              aria-invalid={errors.date ? true : undefined}
              aria-describedby={errors.date ? `${idPrefix}-date-error` : undefined}
              {...register('date', {
                validate: (value) =>
                  (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayOf(value).getTime())) ||
                  t('sessions.dateInvalid'),
              })}
            />
            {errors.date ? (
              <p id={`${idPrefix}-date-error`} className="field-error">
                {errors.date.message}
              </p>
            ) : null}
          </div>
          <Button type="submit">{t('sessions.create')}</Button>
        </form>
      </Card>

      <Card as="section" aria-labelledby={`${idPrefix}-import`} className="no-print">
        <h2 id={`${idPrefix}-import`}>{t('sessions.import')}</h2>
        <FilePanel sessionId={null} />
      </Card>

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
      <Dialog
        open={confirming}
        title={t('deleteAll.title')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('confirm.cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                useCounselorStore.getState().deleteEverything();
                useTurnQuizStore.getState().restart();
                // The status below says it; the heading takes the focus back from the dialog.
                setErased(true);
                headingRef.current?.focus();
              }}
            >
              {t('deleteAll.confirm')}
            </Button>
          </>
        }
      >
        <p>
          {t('deleteAll.confirmBody', {
            count: sessions.length,
            formatted: formatNumber(sessions.length, lang),
          })}
        </p>
      </Dialog>
    </div>
  );
}
