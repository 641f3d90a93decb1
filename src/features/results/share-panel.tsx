import '@/components/ui/forms.css';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { formatShareCode } from '@/domain/share-code';
import { QrCode } from './qr-code';

/** The address that opens these results, on whatever host serves this copy of Masari. */
export function shareLink(code: string): string {
  const { origin, pathname } = window.location;
  return `${origin}${pathname}#/results?code=${formatShareCode(code)}`;
}

/** The share code as text, link and QR code, with a copy button. */
export function SharePanel({ code }: { code: string }) {
  const { t } = useTranslation('results');
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const link = shareLink(code);

  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) {
      setCopyState('failed');
      return;
    }
    clipboard.writeText(link).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  };

  return (
    <div className="share">
      <div className="share__text">
        <p>{t('share.lead')}</p>
        <p className="share__code-line">
          <span>{t('share.code')}</span>{' '}
          <strong data-testid="share-code" dir="ltr" className="share__code">
            {formatShareCode(code)}
          </strong>
        </p>
        <p className="no-print">
          <a href={link} dir="ltr" className="share__link">
            {t('share.link')}
          </a>
        </p>
        <div className="actions no-print">
          <Button variant="secondary" onClick={copy}>
            {t('share.copy')}
          </Button>
        </div>
        <p role="status" className="no-print">
          {copyState === 'copied'
            ? t('share.copied')
            : copyState === 'failed'
              ? t('share.copyFailed')
              : ''}
        </p>
      </div>
      <QrCode text={link} label={t('share.qr')} />
    </div>
  );
}

/**
 * The most characters the code field takes: a code's 13 symbols with its two dashes and room for
 * the spaces people type around them. A longer text is no code, whatever it holds.
 */
export const CODE_FIELD_MAX = 24;

/** Retyping a code read aloud or written down, e.g. by a counselor. */
export function CodeForm({
  onCode,
  check,
  initial = '',
  id: givenId,
}: {
  onCode: (code: string) => void;
  /** Why `code` cannot be opened, in the user's language, or null when it can. */
  check: (code: string) => string | null;
  initial?: string;
  /** The field's id, for a page whose messages lead to it; by default, a generated one. */
  id?: string;
}) {
  const { t } = useTranslation('results');
  const generatedId = useId();
  const id = givenId ?? generatedId;
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
          maxLength={CODE_FIELD_MAX}
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
