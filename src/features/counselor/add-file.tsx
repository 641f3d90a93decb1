import '@/components/ui/forms.css';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { announce } from '@/lib/announce';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import {
  importSessionFile,
  MAX_SESSION_FILE_LENGTH,
  type ImportError,
  type InvalidAt,
} from './session-file';
import { useCounselorStore } from './store';

/**
 * Why a file is refused: what the session file's reader says, or, before it reads anything, an
 * empty file (`emptyFile`) or one the browser could not read (`unreadable`: moved, deleted or
 * locked since it was chosen).
 */
type FileProblem = ImportError | 'emptyFile' | 'unreadable';

type FileOutcome =
  | { kind: 'refused'; reason: FileProblem; at: InvalidAt | null }
  | { kind: 'gone' }
  | { kind: 'done'; added: number; already: number; sessions?: number };

/** An outcome as shown: each import gives a new id, so a new live region. */
type FileReport = FileOutcome & { id: number };

/**
 * Adding the participants of a session file (exported on this device or another) to this
 * session, without duplicates; or, on the list of sessions (`sessionId` null), adding the file's
 * sessions to this device, a session already here getting only the participants it lacks. A
 * refused file changes nothing; a file too large for a session file is refused before it is read.
 */
export function FilePanel({ sessionId }: { sessionId: string | null }) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const id = useId();
  const importInto = useCounselorStore((state) => state.importInto);
  const importSessions = useCounselorStore((state) => state.importSessions);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FileReport | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const nextId = useRef(0);
  const n = (value: number) => formatNumber(value, lang);

  const show = (next: FileOutcome) => {
    nextId.current += 1;
    const shown: FileReport = { ...next, id: nextId.current };
    setReport(shown);
    if (shown.kind === 'done') announce(doneText(shown).join(' '));
  };

  const doneText = ({
    added,
    already,
    sessions,
  }: {
    added: number;
    already: number;
    sessions?: number;
  }) =>
    added === 0 && already === 0 && !sessions
      ? [t('add.file.empty')]
      : [
          ...(sessions === undefined
            ? []
            : [t('add.file.sessions', { count: sessions, n: n(sessions) })]),
          t('add.added', { count: added, n: n(added) }),
          ...(already > 0 ? [t('add.file.already', { count: already, n: n(already) })] : []),
        ];

  const refusedText = (reason: FileProblem, at: InvalidAt | null) => {
    if (reason === 'too-large')
      return t('add.file.error.too-large', {
        size: formatNumber(MAX_SESSION_FILE_LENGTH / (1024 * 1024), lang, {
          style: 'unit',
          unit: 'megabyte',
        }),
      });
    if (reason !== 'invalid' || at === null) return t(`add.file.error.${reason}`);
    return at.participant === null
      ? t('add.file.error.invalidSession', { session: n(at.session + 1) })
      : t('add.file.error.invalidParticipant', {
          session: n(at.session + 1),
          participant: n(at.participant + 1),
        });
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const file = inputRef.current?.files?.[0];
    setMissing(!file);
    if (!file) {
      setReport(null);
      inputRef.current?.focus();
      return;
    }
    // Its size in bytes is at least its length in characters: a larger file is not read at all,
    // nor is an empty one.
    if (file.size > MAX_SESSION_FILE_LENGTH) {
      show({ kind: 'refused', reason: 'too-large', at: null });
      return;
    }
    if (file.size === 0) {
      show({ kind: 'refused', reason: 'emptyFile', at: null });
      return;
    }
    setBusy(true);
    let text: string;
    try {
      text = await file.text();
    } catch {
      show({ kind: 'refused', reason: 'unreadable', at: null });
      return;
    } finally {
      setBusy(false);
    }
    const read = importSessionFile(text);
    if (!read.ok) {
      show({
        kind: 'refused',
        reason: read.reason,
        at: read.reason === 'invalid' ? read.at : null,
      });
      return;
    }
    if (sessionId === null) {
      const outcome = importSessions(read.sessions);
      show({
        kind: 'done',
        added: outcome.participantsAdded,
        already: outcome.duplicates,
        sessions: outcome.sessionsAdded,
      });
      return;
    }
    const result = importInto(sessionId, read.sessions);
    if (!result) {
      show({ kind: 'gone' });
      return;
    }
    show({
      kind: 'done',
      added: result.added.length,
      already: result.skipped.filter((skip) => skip.reason !== 'invalid').length,
    });
  };

  const errorId = `${id}-error`;
  return (
    <form className="add-form" onSubmit={(event) => void submit(event)} noValidate>
      <p>{sessionId === null ? t('add.file.leadDevice') : t('add.file.lead')}</p>
      <div className="field">
        <label htmlFor={id}>{t('add.file.label')}</label>
        <input
          id={id}
          ref={inputRef}
          type="file"
          accept=".json,application/json"
          className="add-file"
          onChange={() => setMissing(false)}
          aria-invalid={missing ? true : undefined}
          aria-describedby={missing ? errorId : undefined}
        />
        {missing ? (
          <p id={errorId} className="field-error" role="alert">
            {t('add.file.none')}
          </p>
        ) : null}
      </div>
      <div className="actions">
        <Button type="submit" aria-disabled={busy || undefined}>
          {t('add.file.submit')}
        </Button>
      </div>
      {report?.kind === 'done' ? (
        <Alert key={report.id} tone={report.added > 0 ? 'success' : 'info'} role="status">
          {doneText(report).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </Alert>
      ) : report ? (
        <Alert key={report.id} tone="error" role="alert" title={t('add.file.refused')}>
          <p>{report.kind === 'gone' ? t('add.gone') : refusedText(report.reason, report.at)}</p>
          <p>{t('add.file.unchanged')}</p>
          {report.kind === 'refused' ? (
            <p>
              <Button variant="secondary" onClick={() => inputRef.current?.focus()}>
                {t('add.file.again')}
              </Button>
            </p>
          ) : null}
        </Alert>
      ) : null}
    </form>
  );
}
