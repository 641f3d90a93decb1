import '@/components/ui/forms.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { findProgram, findSector } from '@/data/catalogue';
import { LinkButton } from '@/components/ui/link-button';
import { announce } from '@/lib/announce';
import { formatDate, formatNumber } from '@/lib/format';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { useLang } from '@/lib/i18n/use-lang';
import { useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { AddParticipants } from './add-participants';
import { sessionToCsv } from './csv';
import { GroupCharts } from './group-charts';
import { ConfirmDialog } from './confirm-dialog';
import { counselorHref, download, fileNameOf } from './links';
import { ParticipantsTable, type Row } from './participants-table';
import { NOTES_MAX, type Session } from './session';
import { exportSessionFile } from './session-file';
import { dayOf, SessionFields, type SessionFieldValues } from './session-fields';
import { StorageStatus } from './storage-status';
import { useCounselorStore } from './store';
import { summarizeParticipant } from './summary';

/** Every participant with what their results screen showed them, in the order they were added. */
export function useRows(session: Session): Row[] {
  return useMemo(
    () =>
      session.participants.map((participant, index) => ({
        participant,
        number: index + 1,
        summary: summarizeParticipant(participant),
      })),
    [session.participants],
  );
}

/** A session: its participants, the ways to add more, the group, notes, export and print. */
export function SessionView({ session }: { session: Session }) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const navigate = useNavigate();
  const id = useId();
  const rows = useRows(session);
  const summaries = useMemo(() => rows.map((row) => row.summary), [rows]);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const count = session.participants.length;

  return (
    <div className="stack counselor counselor-session">
      <p className="no-print">
        <Link to={counselorHref()}>{t('session.back')}</Link>
      </p>
      <h1 className="visually-hidden">{t('title')}</h1>
      <p className="print-only">{t('print.groupTitle', { date: formatDate(new Date(), lang) })}</p>
      <header className="session-header">
        <h2 ref={titleRef} tabIndex={-1} className="session-header__name">
          {session.name}
        </h2>
        <p className="muted">
          {formatDate(dayOf(session.date), lang)} ·{' '}
          {t('sessions.participants', { count, formatted: formatNumber(count, lang) })}
        </p>
        {editing ? (
          <SessionEditForm
            session={session}
            onDone={() => {
              setEditing(false);
              titleRef.current?.focus();
            }}
          />
        ) : (
          <Button variant="quiet" className="no-print" onClick={() => setEditing(true)}>
            {t('session.edit')}
          </Button>
        )}
      </header>

      <Card as="section" aria-labelledby={`${id}-add`} className="no-print">
        <AddParticipants
          headingId={`${id}-add`}
          sessionId={session.id}
          turnAction={
            <div className="stack">
              <p>{t('turn.intro')}</p>
              <Button
                onClick={() => {
                  useTurnQuizStore.getState().restart();
                  useCounselorStore.getState().startTurn(session.id);
                  void navigate(counselorHref(session.id, { view: 'turn' }));
                }}
              >
                {t('turn.start')}
              </Button>
            </div>
          }
        />
      </Card>

      <Card as="section" aria-labelledby={`${id}-group`} className="group-summary">
        <h2 id={`${id}-group`}>{t('session.group')}</h2>
        {count === 0 ? (
          <p>{t('session.empty')}</p>
        ) : (
          <>
            <GroupCharts summaries={summaries} />
            <h3>{t('table.heading')}</h3>
            <ParticipantsTable sessionId={session.id} rows={rows} />
          </>
        )}
      </Card>

      <NotesField session={session} />

      <Card as="section" aria-labelledby={`${id}-export`} className="no-print">
        <h2 id={`${id}-export`}>{t('export.heading')}</h2>
        <ExportActions session={session} />
      </Card>

      <StorageStatus />

      <Card as="section" aria-labelledby={`${id}-delete`} className="no-print">
        <h2 id={`${id}-delete`}>{t('session.deleteHeading')}</h2>
        <p>{t('session.deleteBody')}</p>
        <Button variant="danger" onClick={() => setDeleting(true)}>
          {t('session.delete')}
        </Button>
      </Card>
      <ConfirmDialog
        open={deleting}
        title={t('session.deleteTitle', { name: session.name })}
        confirmLabel={t('session.deleteConfirm')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          useCounselorStore.getState().deleteSession(session.id);
          announce(t('session.deleted', { name: session.name }));
          void navigate(counselorHref(), { replace: true });
        }}
      >
        <p>{t('session.deleteConfirmBody', { count, formatted: formatNumber(count, lang) })}</p>
      </ConfirmDialog>
    </div>
  );
}

function SessionEditForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const { t } = useTranslation('counselor');
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SessionFieldValues>({
    defaultValues: { name: session.name, date: session.date },
    shouldFocusError: true,
  });
  const save = handleSubmit(({ name, date }) => {
    useCounselorStore.getState().updateSession(session.id, { name, date });
    announce(t('session.saved'));
    onDone();
  });
  return (
    <form className="counselor-form no-print" onSubmit={(event) => void save(event)} noValidate>
      <SessionFields idPrefix={id} register={register} errors={errors} />
      <div className="actions">
        <Button type="submit">{t('session.save')}</Button>
        <Button variant="secondary" onClick={onDone}>
          {t('confirm.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Saves a session's notes when they changed, cut to the longest notes a session keeps. */
function saveNotes(sessionId: string, text: string): void {
  const notes = [...text].slice(0, NOTES_MAX).join('');
  const session = useCounselorStore.getState().sessions.find((s) => s.id === sessionId);
  if (session && session.notes !== notes)
    useCounselorStore.getState().updateSession(sessionId, { notes });
}

/** The counselor's notes, saved as they are typed (after a short pause) and when leaving the field. */
function NotesField({ session }: { session: Session }) {
  const { t } = useTranslation('counselor');
  const id = useId();
  const [text, setText] = useState(session.notes);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
    const timer = setTimeout(() => saveNotes(session.id, text), 500);
    return () => clearTimeout(timer);
  }, [text, session.id]);
  // Whatever is typed is saved when the screen closes, too.
  useEffect(() => () => saveNotes(session.id, latest.current), [session.id]);
  return (
    <Card as="section" aria-labelledby={`${id}-notes`}>
      <h2 id={`${id}-notes`}>{t('notes.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('notes.label')}</label>
        <textarea
          id={`${id}-text`}
          className="notes"
          rows={5}
          maxLength={NOTES_MAX}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setText(event.target.value)}
          onBlur={() => saveNotes(session.id, text)}
        />
        <p id={`${id}-hint`} className="muted field-hint">
          {t('notes.hint')}
        </p>
      </div>
    </Card>
  );
}

function ExportActions({ session }: { session: Session }) {
  const { t } = useTranslation('counselor');
  // The CSV names the sectors and programs in the language of the export, the active one.
  const lang = useCatalogueText();
  const id = useId();
  const [separator, setSeparator] = useState<',' | ';'>(',');
  const empty = session.participants.length === 0;
  return (
    <div className="stack">
      <div className="export-row">
        <div className="field">
          <label htmlFor={`${id}-separator`}>{t('export.separator')}</label>
          <select
            id={`${id}-separator`}
            className="setting__select"
            value={separator}
            onChange={(event) => setSeparator(event.target.value === ';' ? ';' : ',')}
          >
            <option value=",">{t('export.comma')}</option>
            <option value=";">{t('export.semicolon')}</option>
          </select>
        </div>
        <Button
          disabled={empty}
          onClick={() => {
            download(
              sessionToCsv(session, {
                separator,
                names: {
                  sector: (sectorId) => findSector(sectorId)?.name[lang] ?? sectorId,
                  program: (programId) => findProgram(programId)?.name[lang] ?? programId,
                },
              }),
              fileNameOf(session.name, session.date, 'csv'),
              'text/csv;charset=utf-8',
            );
            announce(t('export.csvDone'));
          }}
        >
          {t('export.csv')}
        </Button>
      </div>
      <p className="muted">{t('export.csvHint')}</p>
      <div className="actions">
        <Button
          variant="secondary"
          onClick={() => {
            download(
              exportSessionFile([session]),
              fileNameOf(session.name, session.date, 'json'),
              'application/json',
            );
            announce(t('export.fileDone'));
          }}
        >
          {t('export.file')}
        </Button>
        <Button variant="secondary" disabled={empty} onClick={() => window.print()}>
          {t('print.group')}
        </Button>
        {empty ? null : (
          <LinkButton variant="secondary" to={counselorHref(session.id, { view: 'reports' })}>
            {t('print.reports')}
          </LinkButton>
        )}
      </div>
      <p className="muted">{t('export.fileHint')}</p>
    </div>
  );
}
