import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './languages';

/** The active language, re-rendering the caller when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
