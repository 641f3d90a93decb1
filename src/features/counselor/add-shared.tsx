import type { TFunction } from 'i18next';
import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { formatShareCode } from '@/domain/share-code';
import { announce } from '@/lib/announce';
import { formatNumber } from '@/lib/format';
import type { Lang } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import type { Candidate } from './merge';
import { MAX_LINE_LENGTH, type LineError, type ParsedEntry } from './parse-lines';
import { cleanPseudonym, participantCode, PSEUDONYM_MAX } from './session';
import { useCounselorStore } from './store';

/** What the panels that add participants share: names, line errors, and adding one participant. */

type CounselorT = TFunction<'counselor'>;

/** A participant read from a line or a QR code, without its line number. */
export type Entry = Omit<ParsedEntry, 'line'>;

/**
 * The name a participant gets when none is given: their formatted share code. The duplicate rule
 * (same code and same name) then stays exact: the same code twice without a name is one
 * participant, and a named one is another.
 */
export function codeName(entry: Pick<Entry, 'scores' | 'schoolLevel'>): string {
  return formatShareCode(participantCode(entry));
}

/** The candidate for a session: the name given, else the one on the line, else the code. */
export function candidateOf(entry: Entry, name: string | null = null): Candidate {
  return {
    pseudonym: name ?? entry.pseudonym ?? codeName(entry),
    scores: entry.scores,
    source: entry.source,
    schoolLevel: entry.schoolLevel,
  };
}

/** Why a line or a scanned code gives no participant, as a sentence in the user's language. */
export function lineErrorText(t: CounselorT, lang: Lang, reason: LineError): string {
  const max = reason === 'too-long' ? MAX_LINE_LENGTH : PSEUDONYM_MAX;
  return t(`add.lineError.${reason}`, { max: formatNumber(max, lang) });
}

/** Why a typed name is refused. */
export type NameProblem = 'empty' | 'too-long';

/**
 * Reads a name field: null when left empty (and allowed to be), else the name as stored. A tab or
 * a line break pasted into the field counts as a space, so the only way to fail is by length.
 */
export function readName(
  text: string,
  required: boolean,
): { ok: true; name: string | null } | { ok: false; problem: NameProblem } {
  const line = text.replace(/\p{Cc}+/gu, ' ');
  if (line.trim() === '')
    return required ? { ok: false, problem: 'empty' } : { ok: true, name: null };
  const name = cleanPseudonym(line);
  return name === null ? { ok: false, problem: 'too-long' } : { ok: true, name };
}

/** A name field, optional or required, with its hint and, once refused, its error. */
export function NameField({
  value,
  onChange,
  problem,
  required = false,
  fieldRef,
}: {
  value: string;
  onChange: (value: string) => void;
  problem: NameProblem | null;
  required?: boolean;
  fieldRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation('counselor');
  const lang = useLang();
  const id = useId();
  const describedBy = [`${id}-hint`, problem ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{required ? t('add.name.required') : t('add.name.optional')}</label>
      <input
        id={id}
        ref={fieldRef}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
      />
      <p id={`${id}-hint`} className="add-hint">
        {t('add.name.hint')}
      </p>
      {problem ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem === 'empty'
            ? t('add.name.empty')
            : t('add.name.tooLong', { max: formatNumber(PSEUDONYM_MAX, lang) })}
        </p>
      ) : null}
    </div>
  );
}

/** What adding one participant did: added, already there, or the session is gone. */
export interface OneOutcome {
  kind: 'added' | 'already' | 'gone';
  name: string;
}

/** Returns `add(candidate)`, which adds one participant to the session and says what happened. */
export function useAddOne(sessionId: string): (candidate: Candidate) => OneOutcome {
  const addParticipants = useCounselorStore((state) => state.addParticipants);
  return (candidate) => {
    const result = addParticipants(sessionId, [candidate]);
    const name = candidate.pseudonym;
    if (!result) return { kind: 'gone', name };
    return { kind: result.added.length > 0 ? 'added' : 'already', name };
  };
}

/** The sentence that says what adding one participant did. */
export function oneOutcomeText(t: CounselorT, outcome: OneOutcome): string {
  if (outcome.kind === 'gone') return t('add.gone');
  return outcome.kind === 'added'
    ? t('add.one.added', { name: outcome.name })
    : t('add.one.already', { name: outcome.name });
}

/** A one-participant outcome as shown: each press of "add" gives a new id, so a new live region. */
export type ShownOutcome = OneOutcome & { id: number };

/** Says what adding one participant did; an error (the session is gone) interrupts. */
export function OutcomeAlert({ outcome }: { outcome: ShownOutcome }) {
  const { t } = useTranslation('counselor');
  const tone = outcome.kind === 'gone' ? 'error' : outcome.kind === 'added' ? 'success' : 'info';
  return (
    <Alert key={outcome.id} tone={tone} role={outcome.kind === 'gone' ? 'alert' : 'status'}>
      <p>{oneOutcomeText(t, outcome)}</p>
    </Alert>
  );
}

/**
 * Announces an outcome in the page's live region. A report is inserted together with its text,
 * which screen readers do not reliably read out, so a status is also said there; an alert speaks
 * by itself.
 */
export function announceOutcome(t: CounselorT, outcome: OneOutcome): void {
  if (outcome.kind !== 'gone') announce(oneOutcomeText(t, outcome));
}
