import { useEffect } from 'react';
import { useLocation } from 'react-router';
import {
  selectSavedLanguage,
  selectTextSize,
  useSettingsStore,
} from '@/features/settings/settings-store';
import { langFromSearch } from '@/lib/i18n/detect';
import { i18n } from '@/lib/i18n/i18n';

/**
 * Keeps the page in step with the settings: a `lang=` in the address becomes the chosen language,
 * the chosen language drives i18next, and the text size drives the root font size.
 */
export function SettingsSync() {
  const { search } = useLocation();
  const queryLang = langFromSearch(search);
  const savedLang = useSettingsStore(selectSavedLanguage);
  const setLanguage = useSettingsStore((state) => state.setLanguage);
  const textSize = useSettingsStore(selectTextSize);

  useEffect(() => {
    if (queryLang && queryLang !== savedLang) setLanguage(queryLang);
  }, [queryLang, savedLang, setLanguage]);

  useEffect(() => {
    if (savedLang && savedLang !== i18n.language) void i18n.changeLanguage(savedLang);
  }, [savedLang]);

  useEffect(() => {
    document.documentElement.dataset.textSize = textSize;
  }, [textSize]);

  return null;
}
