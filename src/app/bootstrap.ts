import { useSettingsStore } from '@/features/settings/settings-store';
import { langFromHash, resolveLanguage } from '@/lib/i18n/detect';
import { applyDocumentLanguage } from '@/lib/i18n/document-language';
import { i18n, startI18n } from '@/lib/i18n/i18n';
import { isLang, type Lang } from '@/lib/i18n/languages';
import { safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';

let wired = false;

/**
 * Connects the page to i18n and to storage, once:
 * - the saved language drives i18next: every change of the setting (switcher, a `lang=` link
 *   followed inside the page) becomes one `changeLanguage` call, and i18next keeps the last one
 *   asked for, so a slow download of an older choice never wins over a newer one;
 * - i18next drives `<html lang dir>`;
 * - a storage that falls back to memory raises a notice.
 */
function wire(): void {
  if (wired) return;
  wired = true;
  i18n.on('languageChanged', (lang: string) => {
    if (isLang(lang)) applyDocumentLanguage(lang);
  });
  useSettingsStore.subscribe((state, previous) => {
    if (state.language && state.language !== previous.language) {
      void i18n.changeLanguage(state.language);
    }
    if (state.textSize !== previous.textSize) {
      document.documentElement.dataset.textSize = state.textSize;
    }
  });
  const noticeIfMemory = () => {
    if (safeStorage.mode() === 'memory') {
      useNoticesStore.getState().add({ id: 'storage-memory', kind: 'storage-memory' });
    }
  };
  safeStorage.onModeChange(noticeIfMemory);
  noticeIfMemory();
}

export interface StartOptions {
  /** `window.location.hash`, whose query may carry `lang=`. */
  hash: string;
  /** `navigator.languages`. */
  browserLangs: readonly string[];
}

/**
 * Everything that must happen before the first render, once per page load: choose the language
 * (link, saved choice, browser, Arabic), save a link's choice as the user's setting, load its
 * translations, and apply the text size, so that the first paint is already in the right
 * language, direction and size, and i18next, `<html lang dir>`, the language control and the
 * saved setting all agree from the start.
 */
export async function prepareApp({ hash, browserLangs }: StartOptions): Promise<Lang> {
  const settings = useSettingsStore.getState();
  const queryLang = langFromHash(hash);
  const lang = resolveLanguage({ queryLang, savedLang: settings.language, browserLangs });
  // A link names a language on purpose: it becomes the saved choice before anything renders, so
  // that no part of the page starts from the older choice.
  if (queryLang && queryLang !== settings.language) settings.setLanguage(queryLang);
  applyDocumentLanguage(lang);
  // Applied before the first paint, so that enlarged text does not jump in after it.
  document.documentElement.dataset.textSize = settings.textSize;
  await startI18n(lang);
  wire();
  return lang;
}
