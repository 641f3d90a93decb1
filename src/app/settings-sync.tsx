import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { useSettingsStore } from '@/features/settings/settings-store';
import { langFromSearch } from '@/lib/i18n/detect';

/**
 * A `lang=` in the address becomes the chosen language when the user follows a link inside the
 * open page (the first address of a page load is handled before the first paint, in
 * `prepareApp`). The settings store is the one source: the bootstrap turns its changes into
 * i18next and `<html lang dir data-text-size>`.
 */
export function SettingsSync() {
  const { search } = useLocation();
  const queryLang = langFromSearch(search);

  useEffect(() => {
    if (queryLang && queryLang !== useSettingsStore.getState().language) {
      useSettingsStore.getState().setLanguage(queryLang);
    }
  }, [queryLang]);

  return null;
}
