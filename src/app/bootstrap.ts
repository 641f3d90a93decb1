import { useSettingsStore } from '@/features/settings/settings-store';
import { langFromHash, resolveLanguage } from '@/lib/i18n/detect';
import { applyDocumentLanguage } from '@/lib/i18n/document-language';
import { i18n, startI18n } from '@/lib/i18n/i18n';
import { isLang, type Lang } from '@/lib/i18n/languages';
import { safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';

let wired = false;

/** Connects the page to i18n and to storage, once: `<html lang dir>` and the storage notice. */
function wire(): void {
  if (wired) return;
  wired = true;
  i18n.on('languageChanged', (lang: string) => {
    if (isLang(lang)) applyDocumentLanguage(lang);
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
 * Everything that must happen before the first render: choose the language (link, saved choice,
 * browser, Arabic) and load its translations, and apply the text size, so that the first paint is
 * already in the right language, direction and size.
 */
export async function prepareApp({ hash, browserLangs }: StartOptions): Promise<Lang> {
  wire();
  const settings = useSettingsStore.getState();
  const lang = resolveLanguage({
    queryLang: langFromHash(hash),
    savedLang: settings.language,
    browserLangs,
  });
  applyDocumentLanguage(lang);
  // Applied before the first paint, so that enlarged text does not jump in after it.
  document.documentElement.dataset.textSize = settings.textSize;
  await startI18n(lang);
  return lang;
}
