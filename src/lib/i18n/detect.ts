import { DEFAULT_LANG, isLang, type Lang } from './languages';

/**
 * Reads the `lang` parameter from the query of a hash route such as `#/results?riasec=…&lang=ar`.
 * Returns null when there is none or when its value is not a supported language, so that an unknown
 * value falls back silently to the detected language.
 */
export function langFromHash(hash: string): Lang | null {
  const queryStart = hash.indexOf('?');
  if (queryStart < 0) return null;
  return langFromSearch(hash.slice(queryStart));
}

/** Reads a supported `lang` from a query string (`?a=b&lang=fr`), or null. */
export function langFromSearch(search: string): Lang | null {
  const value = new URLSearchParams(search).get('lang');
  return isLang(value) ? value : null;
}

/**
 * The first supported language among the browser's preferred languages (`navigator.languages`),
 * matched on the primary subtag: `fr-FR` gives `fr`, `ar-MA` gives `ar`.
 */
export function matchBrowserLanguage(preferred: readonly string[]): Lang | null {
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return null;
}

export interface LanguageSources {
  /** The `lang` parameter of the route, already validated. */
  queryLang: Lang | null;
  /** The language the user chose earlier, from persisted settings. */
  savedLang: Lang | null;
  /** In embed mode, the language the school's snippet asks for (`data-lang`). */
  schoolLang?: Lang | null;
  /** `navigator.languages` (or an empty list where unavailable). */
  browserLangs: readonly string[];
}

/**
 * The active language: the link's, else the saved choice, else the school's (in embed mode), else
 * the browser's, else Arabic. The user's own choice inside an embedded Masari wins over the
 * school's, which only sets where they start.
 */
export function resolveLanguage({
  queryLang,
  savedLang,
  schoolLang = null,
  browserLangs,
}: LanguageSources): Lang {
  return queryLang ?? savedLang ?? schoolLang ?? matchBrowserLanguage(browserLangs) ?? DEFAULT_LANG;
}
