/**
 * Text search that forgives what people leave out when they type: case, Latin accents (é → e),
 * Arabic vowel marks and tatweel, and the spelling variants of hamza and alef. Pure: strings in,
 * ids out; the caller decides which texts of an item are searched.
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

/** Arabic-Indic (U+0660…) and Eastern Arabic-Indic (U+06F0…) digits. */
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Arabic tatweel, the stretching stroke (ـ), and invisible format characters (ZWNJ, RLM…). */
const TATWEEL_AND_FORMAT = /[\u0640\p{Cf}]/gu;

/** Combining marks once decomposed: Latin accents, Arabic harakat, shadda, sukun, dagger alef. */
const COMBINING_MARK = /\p{M}/gu;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** The Arabic definite article, which a search term may carry and a text may not, or the reverse. */
const ARTICLE = 'ال';

/**
 * The comparable form of a text: lower case, without accents, Arabic diacritics or tatweel, with
 * one spelling for each alef and hamza variant (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), Western
 * digits, and every run of punctuation or space turned into one space, trimmed.
 *
 * Invariants: idempotent (`normalizeSearchText(normalizeSearchText(x)) === normalizeSearchText(x)`);
 * the result holds only letters, digits and single inner spaces.
 */
export function normalizeSearchText(text: string): string {
  return (
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
      .replace(INDIC_DIGIT, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
      .replace(TATWEEL_AND_FORMAT, '')
      .replace(NOT_LETTER_OR_DIGIT, ' ')
      .trim()
  );
}

/**
 * The terms of a query: its normalized words, without repeats. One-letter words (the `d` and `l`
 * of French elisions) are dropped when the query has longer ones, since they match nearly anything.
 */
export function searchTerms(query: string): string[] {
  const words = [...new Set(normalizeSearchText(query).split(' ').filter(Boolean))];
  const long = words.filter((word) => [...word].length > 1);
  return long.length > 0 ? long : words;
}

/** What an item offers to the search. */
export interface Searchable {
  readonly id: string;
  /** Texts that name the item (names in each language, official name): they weigh most. */
  readonly primary: readonly string[];
  /** Texts that describe it (example jobs): a match there counts less. */
  readonly secondary: readonly string[];
}

/** An item with its texts normalized. */
export interface IndexedItem {
  readonly id: string;
  readonly primary: readonly string[];
  readonly secondary: readonly string[];
}

/** Items with their texts normalized once, in the caller's order. */
export interface SearchIndex {
  readonly items: readonly IndexedItem[];
}

/** Normalizes every text of every item once, so that each search only compares strings. */
export function createSearchIndex(items: readonly Searchable[]): SearchIndex {
  return {
    items: items.map((item) => ({
      id: item.id,
      primary: item.primary.map(normalizeSearchText),
      secondary: item.secondary.map(normalizeSearchText),
    })),
  };
}

/** True when `index` in `text` begins a word, the Arabic article aside (تقني in التقنيات). */
function startsWord(text: string, index: number): boolean {
  if (index === 0 || text[index - 1] === ' ') return true;
  return (
    index >= ARTICLE.length &&
    text.startsWith(ARTICLE, index - ARTICLE.length) &&
    (index === ARTICLE.length || text[index - ARTICLE.length - 1] === ' ')
  );
}

/**
 * How well one term matches one text: 0 when absent, 2 inside a word, 3 at the start of a word.
 * A term with the Arabic article also matches without it (التقني finds تقني الشبكات).
 */
function termInText(term: string, text: string): number {
  let best = 0;
  const variants = [term];
  if (term.startsWith(ARTICLE) && [...term].length > ARTICLE.length + 1) {
    variants.push(term.slice(ARTICLE.length));
  }
  for (const variant of variants) {
    let index = text.indexOf(variant);
    while (index >= 0 && best < 3) {
      best = Math.max(best, startsWord(text, index) ? 3 : 2);
      index = text.indexOf(variant, index + 1);
    }
  }
  return best;
}

/** The best match of a term among texts, 0–3. */
function termInTexts(term: string, texts: readonly string[]): number {
  let best = 0;
  for (const text of texts) {
    best = Math.max(best, termInText(term, text));
    if (best === 3) break;
  }
  return best;
}

/**
 * The relevance of an item for some terms: 0 when one term is found in none of its texts (every
 * term must match), otherwise the sum over terms of the best match, a naming text counting twice
 * as much as a describing one. Monotonic: a match at a word's start never scores below one inside.
 */
export function matchScore(item: IndexedItem, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const score = Math.max(termInTexts(term, item.primary) * 2, termInTexts(term, item.secondary));
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

/**
 * The ids of the items matching `query`, most relevant first; equally relevant items keep the
 * index's order (the sort is stable). An empty or blank query matches every item, in order.
 */
export function search(index: SearchIndex, query: string): string[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return index.items.map((item) => item.id);
  return index.items
    .map((item) => ({ id: item.id, score: matchScore(item, terms) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.id);
}
