import '@/components/ui/forms.css';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import { announce } from '@/lib/announce';
import { formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { candidateOf, lineErrorText } from './add-shared';
import { participantKey } from './merge';
import { parseLines, type LineError, type ParsedLines } from './parse-lines';
import { useCounselorStore, type CounselorState } from './store';

/** A valid code for the hint's example, so that the example can be pasted as it is. */
const EXAMPLE_CODE = formatShareCode(
  encodeShareCode({ scores: { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 }, schoolLevel: null }),
);

/** At most this many characters of a refused line are quoted in the report. */
const QUOTE_MAX = 48;

/**
 * The most lines one paste adds: several classes' worth. A longer list is refused before any line
 * is read, so that a paste of a whole document neither freezes the page nor floods the report.
 */
const MAX_PASTE_LINES = 1000;
/**
 * The most characters one paste holds: a thousand lines of a name and a results link. Checked
 * first, so that the lines of a huge text are not even counted.
 */
const MAX_PASTE_LENGTH = 200_000;

/** Why a paste is refused as a whole, before any line is read; null when it can be read. */
function oversize(text: string): 'length' | 'lines' | null {
  if (text.length > MAX_PASTE_LENGTH) return 'length';
  let lines = 1;
  for (let i = 0; i < text.length && lines <= MAX_PASTE_LINES; i += 1) {
    const char = text.charCodeAt(i);
    // LF, or a CR not followed by LF: a line break, as `parseLines` counts them.
    if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) lines += 1;
  }
  return lines > MAX_PASTE_LINES ? 'lines' : null;
}

/** One line that gave no participant, and why. */
type Problem =
  | { line: number; text: string; kind: 'error'; reason: LineError }
  | { line: number; text: string; kind: 'in-session' | 'invalid' }
  | { line: number; text: string; kind: 'in-batch'; first: number };

interface Report {
  /** A new one per press of "add", so that each report is a new live region. */
  id: number;
  gone: boolean;
  added: number;
  toFix: number;
  duplicates: number;
  /** In line order. */
  problems: Problem[];
}

/**
 * Adds every good line of a paste at once (one store update, however many lines) and reports the
 * rest. Returns the report and the lines to keep in the box: those to correct.
 */
function addPasted(
  text: string,
  { participants, errors }: ParsedLines,
  add: CounselorState['addParticipants'],
  sessionId: string,
): { report: Omit<Report, 'id'>; keep: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const read = participants.map((entry) => ({ line: entry.line, candidate: candidateOf(entry) }));
  const result = add(
    sessionId,
    read.map(({ candidate }) => candidate),
  );
  if (!result)
    return {
      report: { gone: true, added: 0, toFix: 0, duplicates: 0, problems: [] },
      keep: text,
    };

  // The first line of each participant of the paste, to name it beside a repeated line.
  const firstLine = new Map<string, number>();
  for (const { line, candidate } of read) {
    const key = participantKey(candidate);
    if (!firstLine.has(key)) firstLine.set(key, line);
  }

  const quote = (line: number) => {
    const content = (lines[line - 1] ?? '').trim();
    return content.length > QUOTE_MAX ? `${content.slice(0, QUOTE_MAX)}…` : content;
  };
  const problems: Problem[] = errors.map(({ line, reason }) => ({
    line,
    text: quote(line),
    kind: 'error',
    reason,
  }));
  const keep = new Set(errors.map((error) => error.line));
  let duplicates = 0;
  for (const { index, reason } of result.skipped) {
    const skipped = read[index];
    if (!skipped) continue;
    const { line, candidate } = skipped;
    if (reason === 'invalid') {
      keep.add(line);
      problems.push({ line, text: quote(line), kind: 'invalid' });
    } else {
      duplicates += 1;
      problems.push(
        reason === 'in-batch'
          ? {
              line,
              text: quote(line),
              kind: 'in-batch',
              first: firstLine.get(participantKey(candidate)) ?? line,
            }
          : { line, text: quote(line), kind: 'in-session' },
      );
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    report: {
      gone: false,
      added: result.added.length,
      toFix: keep.size,
      duplicates,
      problems,
    },
    keep: lines.filter((_, index) => keep.has(index + 1)).join('\n'),
  };
}

/**
 * Pasting share codes or results links, one per line, each optionally after a name: every good
 * line is added at once, the lines to correct stay in the box, and a report lists each line not
 * added by its number.
 */
export function PastePanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const id = useId();
  const add = useCounselorStore((state) => state.addParticipants);
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const [tooMuch, setTooMuch] = useState<'length' | 'lines' | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const n = (value: number) => formatNumber(value, lang);

  const summary = (r: Report) =>
    r.gone
      ? [t('add.gone')]
      : [
          t('add.added', { count: r.added, n: n(r.added) }),
          r.toFix > 0 ? t('add.paste.toFix', { count: r.toFix, n: n(r.toFix) }) : null,
          r.duplicates > 0
            ? t('add.paste.duplicates', { count: r.duplicates, n: n(r.duplicates) })
            : null,
        ].filter((sentence): sentence is string => sentence !== null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const refused = oversize(text);
    setTooMuch(refused);
    if (refused) {
      setEmpty(false);
      setReport(null);
      fieldRef.current?.focus();
      return;
    }
    const parsed = parseLines(text);
    if (parsed.participants.length === 0 && parsed.errors.length === 0) {
      setEmpty(true);
      setReport(null);
      fieldRef.current?.focus();
      return;
    }
    setEmpty(false);
    const { report: next, keep } = addPasted(text, parsed, add, sessionId);
    const done: Report = { ...next, id: (report?.id ?? 0) + 1 };
    setReport(done);
    setText(keep);
    // The report is inserted with its text, which screen readers do not reliably read out; the
    // page's live region says the outcome. Errors with nothing added are an alert, which speaks.
    if (!isAlert(done)) announce(summary(done).join(' '));
    if (keep !== '') fieldRef.current?.focus();
  };

  const problemText = (problem: Problem) => {
    switch (problem.kind) {
      case 'error':
        return lineErrorText(t, lang, problem.reason);
      case 'in-session':
        return t('add.paste.inSession');
      case 'in-batch':
        return t('add.paste.inBatch', { first: n(problem.first) });
      case 'invalid':
        return t('add.paste.invalid');
    }
  };

  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form className="add-form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('add.paste.label')}</label>
        <div id={hintId} className="add-hint">
          <p>
            {t('add.paste.hint')}{' '}
            <code className="add-example">
              <bdi>{t('add.paste.example', { code: EXAMPLE_CODE })}</bdi>
            </code>
          </p>
          <p>{t('add.paste.names')}</p>
        </div>
        <textarea
          id={id}
          ref={fieldRef}
          className="add-textarea"
          rows={8}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTooMuch(null);
          }}
          aria-invalid={empty || tooMuch ? true : undefined}
          aria-describedby={empty ? `${hintId} ${errorId}` : hintId}
        />
        {empty ? (
          <p id={errorId} className="field-error" role="alert">
            {t('add.paste.empty')}
          </p>
        ) : null}
      </div>
      {tooMuch ? (
        <Alert tone="error" role="alert">
          <p>
            {tooMuch === 'lines'
              ? t('add.paste.tooManyLines', { max: n(MAX_PASTE_LINES) })
              : t('add.paste.tooLong', { max: n(MAX_PASTE_LENGTH) })}
          </p>
          <p>
            <Button variant="secondary" onClick={() => fieldRef.current?.focus()}>
              {t('add.paste.edit')}
            </Button>
          </p>
        </Alert>
      ) : null}
      <div className="actions">
        <Button type="submit">{t('add.paste.submit')}</Button>
      </div>
      {report ? (
        <Alert key={report.id} tone={toneOf(report)} role={isAlert(report) ? 'alert' : 'status'}>
          {summary(report).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          {report.problems.length > 0 ? (
            <>
              <p className="add-report__title">{t('add.paste.problems')}</p>
              <ul className="add-report__list">
                {report.problems.map((problem) => (
                  <li key={problem.line}>
                    <span className="add-report__line">
                      {t('add.paste.line', { line: n(problem.line) })}
                    </span>{' '}
                    {problemText(problem)}
                    {problem.text !== '' ? (
                      <>
                        {' '}
                        <code className="add-report__quote">
                          <bdi>{problem.text}</bdi>
                        </code>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Alert>
      ) : null}
    </form>
  );
}

/** Nothing added because of errors: the report interrupts, as an error does. */
function isAlert(report: Report): boolean {
  return report.gone || (report.added === 0 && report.toFix > 0);
}

function toneOf(report: Report): 'success' | 'warning' | 'error' | 'info' {
  if (isAlert(report)) return 'error';
  if (report.added === 0) return 'info';
  return report.toFix > 0 || report.duplicates > 0 ? 'warning' : 'success';
}
