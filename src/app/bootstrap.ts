import { useSettingsStore } from '@/features/settings/settings-store';
import { isEmbedded } from '@/lib/embed/embedded';
import { langFromHash, resolveLanguage } from '@/lib/i18n/detect';
import { applyDocumentLanguage } from '@/lib/i18n/document-language';
import { i18n, startI18n } from '@/lib/i18n/i18n';
import { isLang, type Lang } from '@/lib/i18n/languages';
import { safeStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';
import { embedBar } from './layout';
import { preloadScreen } from './router';

let wired = false;

/** In embed mode, the element that holds the app carries `lang` and `dir` too (design). */
function appRoot(): HTMLElement | null {
  return isEmbedded() ? document.getElementById('root') : null;
}

/**
 * Connects the page to i18n and to storage, once:
 * - the saved language drives i18next: every change of the setting (switcher, a `lang=` link
 *   followed inside the page) becomes one `changeLanguage` call, and i18next keeps the last one
 *   asked for, so a slow download of an older choice never wins over a newer one;
 * - i18next drives `<html lang dir>` (and the app's root's, in embed mode);
 * - a storage that falls back to memory raises a notice, which says whether the browser refuses
 *   storage or its storage is full.
 */
function wire(): void {
  if (wired) return;
  wired = true;
  i18n.on('languageChanged', (lang: string) => {
    if (isLang(lang)) applyDocumentLanguage(lang, appRoot());
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
    const cause = safeStorage.cause();
    if (cause)
      useNoticesStore.getState().add({ id: 'storage-memory', kind: 'storage-memory', cause });
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
 * (link, saved choice, the school's in embed mode, browser, Arabic), save a link's choice as the
 * user's setting, load its translations, and apply the text size and a school's colour, so that
 * the first paint is already in the right language, direction, size and colours, and i18next,
 * `<html lang dir>`, the language control and the saved setting all agree from the start.
 */
export async function prepareApp({ hash, browserLangs }: StartOptions): Promise<Lang> {
  // The screen's code and data start downloading now, beside the language's strings below.
  const namespaces = preloadScreen(hash);
  const settings = useSettingsStore.getState();
  // The school's options, read by a module only an embedded page loads.
  const embedded = isEmbedded();
  // An embedded page sizes its frame from the first render: the code that tells the school's page
  // starts downloading now, beside the options, not once the layout asks for it.
  if (embedded) import('./embed-messenger').catch(() => undefined);
  // Its bar, in place of the site's header, is part of its first paint.
  const bar = embedded ? embedBar.load() : undefined;
  const embed = embedded ? (await import('@/lib/embed/mode')).embedOptions() : null;
  const queryLang = langFromHash(hash);
  // In embed mode the settings store reads the embedded session's own keys, so `savedLang` is a
  // choice made inside the frame; the school's language is never saved: it only sets the start.
  const lang = resolveLanguage({
    queryLang,
    savedLang: settings.language,
    schoolLang: embed?.lang,
    browserLangs,
  });
  // A link names a language on purpose: it becomes the saved choice before anything renders, so
  // that no part of the page starts from the older choice.
  if (queryLang && queryLang !== settings.language) settings.setLanguage(queryLang);
  applyDocumentLanguage(lang, appRoot());
  // A school's colour, computed by a module only an embedded page loads.
  const accent = embed?.accent
    ? import('./embed-accent').then(({ applyAccent }) => applyAccent(embed.accent))
    : undefined;
  // Applied before the first paint, so that enlarged text does not jump in after it.
  document.documentElement.dataset.textSize = settings.textSize;
  await Promise.all([startI18n(lang, namespaces), accent, bar]);
  wire();
  return lang;
}
