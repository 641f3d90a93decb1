import { languageInfo, type Lang } from './i18n/languages';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a number for the given language with `Intl`, using the Moroccan locale of each language
 * (Western digits in Arabic, as Moroccan usage has them). Formatters are cached per options.
 */
export function formatNumber(
  value: number,
  lang: Lang,
  options?: Intl.NumberFormatOptions,
): string {
  const locale = languageInfo(lang).locale;
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** "A, B and C" in the given language ("A و B و C", "A, B et C"), through `Intl.ListFormat`. */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(languageInfo(lang).locale, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

/** A date written out in the given language ("29 novembre 2026"). */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(languageInfo(lang).locale, { dateStyle: 'long' }).format(date);
}
