import { languageInfo, type Lang } from './languages';

/**
 * Sets `lang` and `dir` on `<html>` and, when given, on the app's root element (`#root`, in embed
 * mode, where the element that holds the app carries them too). This is the one place where the
 * direction of the page is decided.
 */
export function applyDocumentLanguage(lang: Lang, appRoot: HTMLElement | null = null): void {
  const { dir } = languageInfo(lang);
  for (const element of [document.documentElement, appRoot]) {
    if (!element) continue;
    element.lang = lang;
    element.dir = dir;
  }
}
