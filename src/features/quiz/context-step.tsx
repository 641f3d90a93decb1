import '@/components/ui/forms.css';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TownCombobox } from '@/components/town-combobox';
import { Button } from '@/components/ui/button';
import { levels } from '@/data/levels';
import { townOf } from '@/data/towns';
import { useLang } from '@/lib/i18n/use-lang';
import { useQuiz } from '@/lib/quiz/quiz-context';

interface ContextValues {
  schoolLevel: string;
  town: string;
}

/**
 * The optional, unscored questions asked after the items: the school level (to show the programs
 * open to the user) and the town (for the nearest orientation center). Both can be skipped.
 */
export function ContextStep({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('quiz');
  const lang = useLang();
  const schoolLevel = useQuiz((state) => state.schoolLevel);
  const town = useQuiz((state) => state.town);
  const setContext = useQuiz((state) => state.setContext);
  // The town is saved by id, shown by its name in the active language; a name that designates
  // no single town is kept as typed (the centers page then offers the choices).
  // Read once, for the form's first values: the form holds the town from then on.
  const [savedTown] = useState(() => (town === null ? null : townOf(town)));
  const { register, handleSubmit, control } = useForm<ContextValues>({
    defaultValues: {
      schoolLevel: schoolLevel ?? '',
      town: savedTown ? savedTown.name[lang] : (town ?? ''),
    },
  });

  const save = handleSubmit((values) => {
    const typed = values.town.trim();
    setContext({
      schoolLevel: values.schoolLevel || null,
      town: typed ? (townOf(typed)?.id ?? typed) : null,
    });
    onDone();
  });

  return (
    <form className="stack" onSubmit={(event) => void save(event)}>
      <h2 tabIndex={-1} data-view-heading>
        {t('context.heading')}
      </h2>
      <p>{t('context.lead')}</p>
      <fieldset className="choice-list">
        <legend>{t('context.schoolLevel')}</legend>
        {levels.schoolLevels.map((level) => (
          <label key={level.id} className="choice">
            <input type="radio" value={level.id} {...register('schoolLevel')} />
            <span>{level.name[lang]}</span>
          </label>
        ))}
        <label className="choice">
          <input type="radio" value="" {...register('schoolLevel')} />
          <span>{t('context.schoolLevelNone')}</span>
        </label>
      </fieldset>
      <Controller
        control={control}
        name="town"
        render={({ field }) => (
          <TownCombobox
            value={field.value}
            onValueChange={field.onChange}
            onTown={(chosen) => field.onChange(chosen.name[lang])}
            label={t('context.town')}
            hint={t('context.townHint')}
          />
        )}
      />
      <div className="actions">
        <Button type="submit">{t('context.submit')}</Button>
        <Button variant="quiet" onClick={onDone}>
          {t('context.skip')}
        </Button>
      </div>
    </form>
  );
}
