/**
 * The languages Masari speaks. Adding a language means adding an entry here and a folder under
 * `locales/` with every namespace (the i18n check enforces the latter).
 *
 * `locale` is the BCP 47 tag handed to `Intl`: Moroccan Arabic usage writes Western digits,
 * which `ar-MA` gives and plain `ar` does not.
 */
export const LANGUAGES = [
  { code: 'ar', dir: 'rtl', autonym: 'العربية', locale: 'ar-MA' },
  { code: 'fr', dir: 'ltr', autonym: 'Français', locale: 'fr-MA' },
  { code: 'en', dir: 'ltr', autonym: 'English', locale: 'en-GB' },
] as const;

export type LanguageInfo = (typeof LANGUAGES)[number];
export type Lang = LanguageInfo['code'];

/** Used when neither the link, the saved choice nor the browser names a supported language. */
export const DEFAULT_LANG: Lang = 'ar';

export const LANGUAGE_CODES: readonly Lang[] = LANGUAGES.map((l) => l.code);

/** True when `value` is the code of a supported language (exact, lower-case match). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

/** The entry of a supported language. */
export function languageInfo(code: Lang): LanguageInfo {
  // The list is closed over `Lang`, so the lookup cannot miss.
  return LANGUAGES.find((l) => l.code === code) ?? LANGUAGES[0];
}
