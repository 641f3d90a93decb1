import '@/components/ui/forms.css';
import { useId } from 'react';
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TownCombobox } from '@/components/town-combobox';
import { sectors } from '@/data/catalogue';
import { readAccent } from '@/lib/embed/options';
import { LANGUAGES } from '@/lib/i18n/languages';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { isolateLtr } from './ltr';
import { MAX_TOWN_LENGTH, MIN_HEIGHT, readMinHeight, type ConfiguratorValues } from './snippet';

/** The colour the palette shows while the text names none: Masari's own green. */
const DEFAULT_ACCENT = '#0b6651';

const ACCENT_FORMATS = {
  short: isolateLtr('#rgb'),
  long: isolateLtr('#rrggbb'),
  example: isolateLtr(DEFAULT_ACCENT),
};

/**
 * The configurator's fields. Every change shows at once in the snippet; a field typed wrong says
 * why beside it (once the user leaves it) and is left out of the snippet meanwhile.
 */
export function ConfiguratorForm({ form }: { form: UseFormReturn<ConfiguratorValues> }) {
  const { t } = useTranslation('embed');
  const lang = useCatalogueText();
  const id = useId();
  const {
    register,
    control,
    setValue,
    formState: { errors },
  } = form;
  const accentText = useWatch({ control, name: 'accent' });
  const fieldId = (name: string) => `${id}-${name}`;
  const describedBy = (name: string, invalid: boolean) =>
    [`${fieldId(name)}-hint`, invalid ? `${fieldId(name)}-error` : null].filter(Boolean).join(' ');

  return (
    <form className="embed-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <fieldset className="choice-list embed-form__langs">
        <legend>{t('form.lang')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language.code} className="choice">
            <input type="radio" value={language.code} {...register('lang')} />
            <span lang={language.code} dir={language.dir}>
              {language.autonym}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="choice-list" aria-describedby={`${fieldId('sectors')}-hint`}>
        <legend>{t('form.sectors')}</legend>
        <p id={`${fieldId('sectors')}-hint`} className="muted field-hint">
          {t('form.sectorsHint')}
        </p>
        <div className="embed-form__sectors">
          {sectors.map((sector) => (
            <label key={sector.id} className="choice">
              <input type="checkbox" value={sector.id} {...register('sectors')} />
              <span>{sector.name[lang]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div>
        <Controller
          control={control}
          name="town"
          rules={{
            validate: (value) =>
              value.trim().length <= MAX_TOWN_LENGTH ||
              t('form.townTooLong', { max: MAX_TOWN_LENGTH }),
          }}
          render={({ field }) => (
            <TownCombobox
              value={field.value}
              onValueChange={field.onChange}
              onTown={(town) => field.onChange(town.name[lang])}
              label={t('form.town')}
              hint={t('form.townHint')}
            />
          )}
        />
        {errors.town ? (
          <p className="field-error" role="alert">
            {errors.town.message}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={fieldId('accent')}>{t('form.accent')}</label>
        <p id={`${fieldId('accent')}-hint`} className="muted field-hint">
          {t('form.accentHint', ACCENT_FORMATS)}
        </p>
        <div className="embed-form__colour">
          <input
            type="color"
            className="embed-form__palette"
            aria-label={t('form.accentPicker')}
            value={readAccent(accentText) ?? DEFAULT_ACCENT}
            onChange={(event) =>
              setValue('accent', event.target.value, { shouldDirty: true, shouldValidate: true })
            }
          />
          <input
            id={fieldId('accent')}
            type="text"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            maxLength={9}
            placeholder={DEFAULT_ACCENT}
            aria-invalid={errors.accent ? true : undefined}
            aria-describedby={describedBy('accent', Boolean(errors.accent))}
            {...register('accent', {
              validate: (value) =>
                value.trim() === '' ||
                readAccent(value) !== null ||
                t('form.accentInvalid', ACCENT_FORMATS),
            })}
          />
        </div>
        {errors.accent ? (
          <p id={`${fieldId('accent')}-error`} className="field-error" role="alert">
            {errors.accent.message}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label htmlFor={fieldId('minHeight')}>{t('form.minHeight')}</label>
        <p id={`${fieldId('minHeight')}-hint`} className="muted field-hint">
          {t('form.minHeightHint', MIN_HEIGHT)}
        </p>
        <input
          id={fieldId('minHeight')}
          className="embed-form__height"
          inputMode="numeric"
          dir="ltr"
          autoComplete="off"
          maxLength={5}
          aria-invalid={errors.minHeight ? true : undefined}
          aria-describedby={describedBy('minHeight', Boolean(errors.minHeight))}
          {...register('minHeight', {
            validate: (value) =>
              readMinHeight(value) !== null || t('form.minHeightInvalid', MIN_HEIGHT),
          })}
        />
        {errors.minHeight ? (
          <p id={`${fieldId('minHeight')}-error`} className="field-error" role="alert">
            {errors.minHeight.message}
          </p>
        ) : null}
      </div>

      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            aria-describedby={`${fieldId('share')}-hint`}
            {...register('shareResult')}
          />
          <span>{t('form.share')}</span>
        </label>
        <p id={`${fieldId('share')}-hint`} className="muted field-hint">
          {t('form.shareHint', { event: isolateLtr('masari:result') })}
        </p>
      </div>
    </form>
  );
}
