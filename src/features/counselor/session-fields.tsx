import '@/components/ui/forms.css';
import { useTranslation } from 'react-i18next';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { isCalendarDay } from './session';
import { cleanSessionName } from './store';

/** What the forms that create and edit a session ask. */
export interface SessionFieldValues {
  name: string;
  date: string;
}

/** A `YYYY-MM-DD` day as a date at noon, so that no time zone moves it to another day. */
export function dayOf(date: string): Date {
  return new Date(`${date}T12:00:00`);
}

/**
 * A session's name and date, as react-hook-form fields with their checks and messages: a name
 * that holds something once trimmed, and a real calendar day.
 */
export function SessionFields({
  idPrefix,
  register,
  errors,
  withHint = false,
}: {
  idPrefix: string;
  register: UseFormRegister<SessionFieldValues>;
  errors: FieldErrors<SessionFieldValues>;
  /** Shows an example of a name under the field. */
  withHint?: boolean;
}) {
  const { t } = useTranslation('counselor');
  const describedBy = (id: string, hint: boolean, error: boolean) =>
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-name`}>{t('sessions.name')}</label>
        <input
          id={`${idPrefix}-name`}
          autoComplete="off"
          maxLength={200}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy(`${idPrefix}-name`, withHint, Boolean(errors.name))}
          {...register('name', {
            validate: (value) => cleanSessionName(value) !== null || t('sessions.nameMissing'),
          })}
        />
        {withHint ? (
          <p id={`${idPrefix}-name-hint`} className="muted field-hint">
            {t('sessions.nameHint')}
          </p>
        ) : null}
        {errors.name ? (
          <p id={`${idPrefix}-name-error`} className="field-error" role="alert">
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
          aria-describedby={describedBy(`${idPrefix}-date`, false, Boolean(errors.date))}
          {...register('date', {
            validate: (value) => isCalendarDay(value) || t('sessions.dateInvalid'),
          })}
        />
        {errors.date ? (
          <p id={`${idPrefix}-date-error`} className="field-error" role="alert">
            {errors.date.message}
          </p>
        ) : null}
      </div>
    </>
  );
}
