/**
 * Digits, decimal separators and dashes as people type them. An Arabic keyboard or phone writes
 * the digits ٠–٩ (Arabic-Indic, U+0660–0669) or ۰–۹ (Eastern Arabic-Indic, on Persian and Urdu
 * layouts, U+06F0–06F9), the decimal separator ٫ and the list separators ، and ٬; word processors
 * and chat apps turn hyphens into en or em dashes; text copied from a right-to-left page carries
 * invisible direction marks. Every parser of numbers, codes and keys reads its input through the
 * functions below, so that the same thing typed in any of these ways means the same value.
 *
 * Each function maps only the characters it documents and leaves every other one as it is.
 */

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits. */
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Dash-like characters: every dash punctuation of Unicode (hyphen, non-breaking hyphen U+2011,
 * figure dash, en dash –, em dash —, horizontal bar, small and full-width hyphen-minus…), the
 * minus sign − (U+2212), the modifier letter minus (U+02D7) and the heavy minus sign (U+2796).
 */
const DASH = /[\p{Pd}\u2212\u02D7\u2796]/gu;

/**
 * Invisible direction marks (LRM, RLM, ALM) and bidi embeddings and isolates (U+202A–202E,
 * U+2066–2069), which copying from a right-to-left page leaves around numbers and codes.
 */
const DIRECTION_MARK = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;

/** The Arabic decimal separator ٫ (U+066B). */
const ARABIC_DECIMAL = /\u066B/g;

/** The Arabic comma ، (U+060C) and the Arabic thousands separator ٬ (U+066C). */
const ARABIC_LIST_SEPARATOR = /[\u060C\u066C]/g;

/**
 * Writes every Arabic-Indic and Eastern Arabic-Indic digit as the Western digit of the same
 * value (٤ → 4, ۴ → 4).
 *
 * Invariants: every other character is left as it is, so the length is unchanged; idempotent;
 * the result holds no Arabic-Indic digit.
 */
export function toLatinDigits(text: string): string {
  return text.replace(INDIC_DIGIT, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf));
}

/**
 * The text of a number as a parser of Western numbers expects it: Western digits
 * (`toLatinDigits`), the Arabic decimal separator ٫ as `.`, every dash-like character (the minus
 * sign −, en and em dashes…) as `-`, and invisible direction marks removed. It reads no number:
 * the caller's parser decides what is valid.
 *
 * Invariants: idempotent; characters outside those sets are left as they are, in order.
 */
export function normalizeNumericText(text: string): string {
  return normalizeCodeText(text).replace(ARABIC_DECIMAL, '.');
}

/**
 * The text of a comma-separated list of numbers (`riasec=70,20,…`, `near=LAT,LON`):
 * `normalizeNumericText`, and the Arabic comma ، and the Arabic thousands separator ٬ as `,`,
 * since in such a list they can only separate the numbers.
 *
 * Invariants: idempotent; characters outside those sets are left as they are, in order.
 */
export function normalizeNumberList(text: string): string {
  return normalizeNumericText(text).replace(ARABIC_LIST_SEPARATOR, ',');
}

/**
 * The text of a code (share codes): Western digits (`toLatinDigits`), every dash-like character
 * (en and em dashes, non-breaking hyphen, minus sign…) as `-`, and invisible direction marks
 * removed. Letters, case and spaces are left to the code's own reader.
 *
 * Invariants: idempotent; characters outside those sets are left as they are, in order.
 */
export function normalizeCodeText(text: string): string {
  return toLatinDigits(text).replace(DASH, '-').replace(DIRECTION_MARK, '');
}
