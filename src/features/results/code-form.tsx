import '@/components/ui/forms.css';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

/** Retyping a code read aloud or written down, e.g. by a counselor. */
export function CodeForm({
  onCode,
  check,
  initial = '',
}: {
  onCode: (code: string) => void;
  /** Why `code` cannot be opened, in the user's language, or null when it can. */
  check: (code: string) => string | null;
  initial?: string;
}) {
  const { t } = useTranslation('results');
  const id = useId();
  const errorId = `${id}-error`;
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<{ code: string }>({ defaultValues: { code: initial } });
  // Checked here, next to the field, so a typing slip is said where it can be mended; only a
  // readable code changes the results above.
  const submit = handleSubmit(({ code }) => {
    const problem = check(code);
    if (problem) setError('code', { message: problem }, { shouldFocus: true });
    else onCode(code);
  });
  return (
    <form className="code-form" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor={id}>{t('share.retypeLabel')}</label>
        <input
          id={id}
          dir="ltr"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={24}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={errors.code ? errorId : undefined}
          {...register('code')}
        />
        {errors.code ? (
          <p id={errorId} className="field-error" role="alert">
            {errors.code.message}
          </p>
        ) : null}
      </div>
      <Button type="submit">{t('share.retypeSubmit')}</Button>
    </form>
  );
}
