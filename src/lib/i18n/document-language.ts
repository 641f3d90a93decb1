import { languageInfo, type Lang } from './languages';

/**
 * Sets `lang` and `dir` on the element that roots the app: `<html>` on Masari's own pages, the app's
 * root element in embed mode. This is the one place where the direction of the page is decided.
 */
export function applyDocumentLanguage(
  lang: Lang,
  root: HTMLElement = document.documentElement,
): void {
  const info = languageInfo(lang);
  root.lang = lang;
  root.dir = info.dir;
}
