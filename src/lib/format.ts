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

/** Below this many kilometres a distance is written without a thousands separator. */
const GROUPING_FROM_KM = 10_000;

/**
 * A distance in kilometres in the given language ("0,4 km", "87 km", "1582 كم"): one decimal below
 * 10 km, whole kilometres above. Below 10,000 km there is no thousands separator, since "1.582 km"
 * or "1,582 km" reads as a decimal in one language or another. That is `useGrouping: 'min2'`,
 * decided here rather than left to `Intl`, because an older browser that does not know 'min2'
 * takes it for `true` and groups every thousand.
 */
export function formatDistance(km: number, lang: Lang): string {
  return formatNumber(km, lang, {
    style: 'unit',
    unit: 'kilometer',
    maximumFractionDigits: Math.abs(km) < 10 ? 1 : 0,
    useGrouping: Math.round(Math.abs(km)) >= GROUPING_FROM_KM,
  });
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list in the given language: "A, B and C" (`conjunction`, the default) or "A, B or C"
 * (`disjunction`), with the language's own words and commas.
 */
export function formatList(
  items: readonly string[],
  lang: Lang,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${lang}|${type}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(languageInfo(lang).locale, { type });
    listFormats.set(key, format);
  }
  return format.format(items);
}

/** A date written out in the given language ("29 novembre 2026"). */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(languageInfo(lang).locale, { dateStyle: 'long' }).format(date);
}
