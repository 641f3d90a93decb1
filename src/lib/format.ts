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
