import { useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioScale, type ScaleOption } from '@/components/ui/radio-scale';
import type { Item } from '@/data/schemas';
import { RATINGS, type Rating } from '@/domain/scoring';
import { useItemText } from '@/lib/i18n/use-catalogue-text';
import { useQuiz } from '@/lib/quiz/quiz-context';
import { ScaleFace } from './scale-faces';
import { useSpeech } from './use-speech';

type PageValues = Record<string, Rating | null>;

export interface ItemPageProps {
  items: readonly Item[];
  /** Number of the first item of the page in the whole form (1-based), for the item labels. */
  firstNumber: number;
  isFirst: boolean;
  isLast: boolean;
  onBack: () => void;
  onNext: () => void;
}

/**
 * One page of items as a form. Every choice is saved to the store at once (nothing is lost on
 * reload, tab close or language switch); moving on checks that every item has an answer and
 * points at the first one that has none.
 */
export function ItemPage({ items, firstNumber, isFirst, isLast, onBack, onNext }: ItemPageProps) {
  const { t } = useTranslation('quiz');
  const lang = useItemText();
  const answers = useQuiz((state) => state.answers);
  const setAnswer = useQuiz((state) => state.setAnswer);
  const speech = useSpeech(lang);
  const [missing, setMissing] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  const { control, handleSubmit } = useForm<PageValues>({
    defaultValues: Object.fromEntries(items.map((item) => [item.id, answers[item.id] ?? null])),
    shouldFocusError: true,
  });

  const options: ScaleOption<Rating>[] = RATINGS.map((point) => ({
    value: point,
    label: t(`scale.${point}`),
    icon: <ScaleFace point={point} />,
  }));

  const submit = handleSubmit(
    () => {
      setMissing(0);
      onNext();
    },
    (errors) => setMissing(Object.keys(errors).length),
  );

  return (
    <form className="item-page" onSubmit={(event) => void submit(event)} noValidate>
      <p className="item-page__prompt">{t('prompt')}</p>
      {missing > 0 ? (
        <div ref={summaryRef}>
          <Alert tone="error" role="alert">
            <p>{t('unanswered', { count: missing })}</p>
          </Alert>
        </div>
      ) : null}
      <ol className="item-list" start={firstNumber}>
        {items.map((item, index) => (
          <li key={item.id} className="item-list__item" data-item-id={item.id}>
            <Controller
              control={control}
              name={item.id}
              rules={{ validate: (value) => value !== null || t('required') }}
              render={({ field, fieldState }) => {
                const errorId = `${item.id}-error`;
                return (
                  <RadioScale<Rating>
                    name={`item-${item.id}`}
                    legend={
                      <>
                        <span className="visually-hidden">{`${firstNumber + index}. `}</span>
                        {item.text[lang]}
                      </>
                    }
                    options={options}
                    value={field.value}
                    inputRef={field.ref}
                    invalid={Boolean(fieldState.error)}
                    describedBy={fieldState.error ? errorId : undefined}
                    onChange={(value) => {
                      field.onChange(value);
                      setAnswer(item.id, value);
                    }}
                  >
                    {speech.available ? (
                      <button
                        type="button"
                        className="read-aloud"
                        onClick={() => speech.speak(item.text[lang])}
                        aria-label={t('readAloud', { text: item.text[lang] })}
                      >
                        <svg
                          viewBox="0 0 24 24"
                          width="20"
                          height="20"
                          aria-hidden="true"
                          focusable="false"
                          className="mirror-rtl"
                        >
                          <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
                          <path
                            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
                            fill="none"
                            stroke="currentColor"
                            strokeWidth="2"
                            strokeLinecap="round"
                          />
                        </svg>
                      </button>
                    ) : null}
                    {fieldState.error ? (
                      <p id={errorId} className="field-error">
                        {fieldState.error.message}
                      </p>
                    ) : null}
                  </RadioScale>
                );
              }}
            />
          </li>
        ))}
      </ol>
      <div className="actions item-page__nav">
        {isFirst ? null : (
          <Button variant="secondary" onClick={onBack}>
            <span aria-hidden="true" className="mirror-rtl">
              ←
            </span>{' '}
            {t('back')}
          </Button>
        )}
        <Button type="submit">
          {isLast ? t('finish') : t('next')}{' '}
          <span aria-hidden="true" className="mirror-rtl">
            →
          </span>
        </Button>
      </div>
    </form>
  );
}
