import './settings.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { selectTextSize, TEXT_SIZES, useSettingsStore, type TextSize } from './settings-store';

/** Lets the user enlarge all text of the app; the choice is saved with the other settings. */
export function TextSizeSelect() {
  const { t } = useTranslation();
  const id = useId();
  const textSize = useSettingsStore(selectTextSize);
  const setTextSize = useSettingsStore((state) => state.setTextSize);

  return (
    <div className="setting">
      <label htmlFor={id} className="setting__label">
        {t('settings.textSize')}
      </label>
      <select
        id={id}
        className="setting__select"
        value={textSize}
        onChange={(event) => {
          const next = TEXT_SIZES.find((size) => size === event.target.value);
          if (next) setTextSize(next satisfies TextSize);
        }}
      >
        {TEXT_SIZES.map((size) => (
          <option key={size} value={size}>
            {t(`settings.textSizes.${size}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
