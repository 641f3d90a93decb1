import './settings.css';
import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGES, isLang } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { useSettingsStore } from './settings-store';

/**
 * The language switcher: a labelled native select, the most robust control on phones and with
 * screen readers. Switching changes only the language: the route, answers and settings stay.
 * When the address carries `lang=`, it is updated too, so a reload keeps the new choice.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const id = useId();
  const lang = useLang();
  const setLanguage = useSettingsStore((state) => state.setLanguage);
  const location = useLocation();
  const navigate = useNavigate();

  function onChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLang(next)) return;
    setLanguage(next);
    const params = new URLSearchParams(location.search);
    if (params.has('lang')) {
      params.set('lang', next);
      void navigate(
        { pathname: location.pathname, search: `?${params.toString()}` },
        { replace: true },
      );
    }
  }

  return (
    <div className="setting">
      <label htmlFor={id} className="setting__label">
        {t('settings.language')}
      </label>
      <select id={id} className="setting__select" value={lang} onChange={onChange}>
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.autonym}
          </option>
        ))}
      </select>
    </div>
  );
}
