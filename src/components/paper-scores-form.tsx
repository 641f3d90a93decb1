import '@/components/ui/forms.css';
import './paper-scores-form.css';
import { useId } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SchoolLevelOptions } from './school-level-options';
import { isSchoolLevelId, type SchoolLevelId } from '@/data/ids';
import { parseScore, RIASEC_TYPES, type RiasecProfile, type RiasecType } from '@/domain/riasec';

/** The form's fields as typed. */
export type ScoreInputs = Record<RiasecType, string> & { level: string };

/** What the form produces: six scores and, when given, the student's school level. */
export interface PaperScores {
  scores: RiasecProfile;
  schoolLevel: SchoolLevelId | null;
}

/**
 * Reads the form's fields: the six scores as `parseScore` reads any score (whole numbers from 0
 * to 100, in Western or Arabic-Indic digits), and the school level when it is one of the app's.
 * Returns the fields that need correcting when a score is not a whole number from 0 to 100.
 */
export function readPaperScores(
  values: ScoreInputs,
): { ok: true; value: PaperScores } | { ok: false; invalid: RiasecType[] } {
  const read = RIASEC_TYPES.map((type) => [type, parseScore(values[type])] as const);
  const invalid = read.filter(([, score]) => score === null).map(([type]) => type);
  if (invalid.length > 0) return { ok: false, invalid };
  const scores = Object.fromEntries(read) as RiasecProfile;
  const schoolLevel = isSchoolLevelId(values.level) ? values.level : null;
  return { ok: true, value: { scores, schoolLevel } };
}

/** Validates the fields; every error gets the same message in the user's language. */
function resolverWith(message: string): Resolver<ScoreInputs, unknown, PaperScores> {
  return async (values) => {
    const read = readPaperScores(values);
    if (read.ok) return { values: read.value, errors: {} as Record<string, never> };
    const errors: Record<string, { type: string; message: string }> = {};
    for (const field of read.invalid) errors[field] = { type: 'invalid', message };
    return { values: {} as Record<string, never>, errors };
  };
}

export interface PaperScoresFormProps {
  initial?: PaperScores | null;
  onScores: (result: PaperScores) => void;
  /** What the form's button and introduction say; by default, that it shows the results. */
  text?: { lead: string; submit: string };
  /**
   * The start of its fields' ids (`<id>-R` … `<id>-C`, `<id>-level`), for a page whose messages
   * lead to a field; by default, a generated one.
   */
  id?: string;
}

/** Six scores typed in from the self-scoring grid of a paper questionnaire. */
export function PaperScoresForm({ initial, onScores, text, id }: PaperScoresFormProps) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation('profile');
  const generatedId = useId();
  const idPrefix = id ?? generatedId;
  const {
    register,
    handleSubmit,
    formState: { errors, submitCount },
  } = useForm<ScoreInputs, unknown, PaperScores>({
    defaultValues: {
      ...(Object.fromEntries(
        RIASEC_TYPES.map((type) => [type, initial ? String(initial.scores[type]) : '']),
      ) as Record<RiasecType, string>),
      level: initial?.schoolLevel ?? '',
    },
    resolver: resolverWith(t('paper.invalid')),
    shouldFocusError: true,
  });
  const errorCount = Object.keys(errors).length;

  return (
    <form
      className="paper-form"
      onSubmit={(event) => void handleSubmit(onScores)(event)}
      noValidate
    >
      <p>{text?.lead ?? t('paper.lead')}</p>
      {errorCount > 0 && submitCount > 0 ? (
        <Alert tone="error" role="alert">
          <p>{t('paper.summary', { count: errorCount })}</p>
        </Alert>
      ) : null}
      <div className="paper-form__fields">
        {RIASEC_TYPES.map((type) => {
          const id = `${idPrefix}-${type}`;
          const error = errors[type];
          return (
            <div key={type} className="field">
              <label htmlFor={id}>
                {type} — {tc(`riasec.${type}`)}
              </label>
              <input
                id={id}
                inputMode="numeric"
                autoComplete="off"
                maxLength={3}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                {...register(type)}
              />
              {error ? (
                <p id={`${id}-error`} className="field-error">
                  {error.message}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      <div className="field paper-form__level">
        <label htmlFor={`${idPrefix}-level`}>{t('paper.level')}</label>
        <select id={`${idPrefix}-level`} className="setting__select" {...register('level')}>
          <SchoolLevelOptions none={t('paper.levelNone')} />
        </select>
      </div>
      <Button type="submit">{text?.submit ?? t('paper.submit')}</Button>
    </form>
  );
}
