import { toLatinDigits } from './digits';

/**
 * The text form that every search compares (programs, towns), which forgives what people leave
 * out when they type: case, Latin accents (é → e), Arabic vowel marks and tatweel, and the
 * spelling variants of hamza and alef. The programs' word search is in `search-index.ts`, which
 * only the programs screen loads.
 */

/** Arabic letters written in several ways, mapped to the form most people type. */
const ARABIC_VARIANTS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
  // Persian keyboards, common on phones, type these for Arabic ي and ك.
  ی: 'ي',
  ک: 'ك',
};
const ARABIC_VARIANT = new RegExp(`[${Object.keys(ARABIC_VARIANTS).join('')}]`, 'g');

/** Latin letters that no decomposition splits. */
const LATIN_LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', æ: 'ae', ß: 'ss' };
const LATIN_LIGATURE = /[œæß]/g;

/** Arabic tatweel, the stretching stroke (ـ), and invisible format characters (ZWNJ, RLM…). */
const TATWEEL_AND_FORMAT = /[\u0640\p{Cf}]/gu;

/** Combining marks once decomposed: Latin accents, Arabic harakat, shadda, sukun, dagger alef. */
const COMBINING_MARK = /\p{M}/gu;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * The comparable form of a text: lower case, without accents, Arabic diacritics or tatweel, with
 * one spelling for each alef and hamza variant (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), Western
 * digits, and every run of punctuation or space turned into one space, trimmed.
 *
 * Invariants: idempotent (`normalizeSearchText(normalizeSearchText(x)) === normalizeSearchText(x)`);
 * the result holds only letters, digits and single inner spaces.
 */
export function normalizeSearchText(text: string): string {
  return toLatinDigits(
    text
      // Compatibility decomposition splits accents and hamzas off their letters (é → e + ́,
      // أ → ا + ٔ) and also presentation forms (ﻷ → لأ) and ligatures (ﬁ → fi).
      .normalize('NFKD')
      .replace(COMBINING_MARK, '')
      // After decomposition, so that a capital whose lower case decomposes (İ) loses its mark too.
      .toLowerCase()
      .replace(COMBINING_MARK, '')
      .replace(LATIN_LIGATURE, (letter) => LATIN_LIGATURES[letter] ?? letter)
      .replace(ARABIC_VARIANT, (letter) => ARABIC_VARIANTS[letter] ?? letter)
      .replace(TATWEEL_AND_FORMAT, '')
      .replace(NOT_LETTER_OR_DIGIT, ' '),
  ).trim();
}
