import { normalizeSearchText } from './search';

/**
 * Word search over a small set of items (the programs): whole words and their starts, in every
 * language of the items' texts at once, an Arabic article or و on either side, plural endings,
 * and one typo in a long word when nothing matches as typed, with the corrected query to offer.
 * Pure: strings in, ids out; the caller decides which texts of an item are searched and how much
 * each weighs (`Searchable`). Built by hand rather than with a library: see ADR 0005.
 */

/** The Arabic definite article, which a search term may carry and a text may not, or the reverse. */
const ARTICLE = 'ال';

/**
 * Words that say nothing about a program ("de", "and", "في"): dropped from a query that has other
 * words, so that "technicien de maintenance" also finds "Technicien en maintenance". In their
 * normalized form.
 */
const STOP_WORDS: ReadonlySet<string> = new Set([
  // French
  'au',
  'aux',
  'avec',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'la',
  'le',
  'les',
  'par',
  'pour',
  'sur',
  'un',
  'une',
  // English
  'an',
  'and',
  'for',
  'in',
  'of',
  'on',
  'the',
  'to',
  'with',
  // Arabic (normalized: إلى → الى, على → علي)
  'الى',
  'عن',
  'علي',
  'في',
  'من',
  'و',
]);

/**
 * The terms of a query: its normalized words, without repeats. One-letter words (the `d` and `l`
 * of French elisions) and stop words (`de`, `and`, `في`) are dropped when the query has other
 * words, since they match nearly anything.
 */
export function searchTerms(query: string): string[] {
  const words = [...new Set(normalizeSearchText(query).split(' ').filter(Boolean))];
  const meaningful = words.filter((word) => [...word].length > 1 && !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** What an item offers to the search, from the texts that weigh most to those that weigh least. */
export interface Searchable {
  readonly id: string;
  /** Texts that name the item (names in each language, official name): they weigh most. */
  readonly primary: readonly string[];
  /** Everyday words for the item, as people type them ("informatique", "الفندقة", "coding"). */
  readonly keywords?: readonly string[];
  /** Texts that describe it (example jobs). */
  readonly secondary: readonly string[];
  /** Texts of the group it belongs to (its sector's names and words): a match there is the weakest. */
  readonly group?: readonly string[];
}

/** The fields of `Searchable`, strongest first; their position is their rank. */
const FIELDS = ['primary', 'keywords', 'secondary', 'group'] as const;
type FieldRank = 0 | 1 | 2 | 3;

/**
 * Points for one query word found in a field: as a whole word, as the start of a word, or with one
 * typo. Every exact or prefix match outranks every typo; a whole word of the name or of the
 * everyday words outranks a word of the name that only begins with the query (الري, irrigation,
 * before الريحية, wind), and within each kind a name outranks the other fields.
 */
const POINTS: Readonly<Record<'exact' | 'prefix' | 'typo', readonly number[]>> = {
  exact: [24, 22, 14, 10],
  prefix: [20, 16, 12, 6],
  typo: [5, 4, 3, 2],
};

/** Query words this long or longer are matched with one typo when they match nothing as typed. */
const MIN_TYPO_LENGTH = 5;

/** One spelling under which a word can be found. */
interface WordForm {
  readonly form: string;
  /** How many letters of the word were dropped to get `form` (an Arabic article or و). */
  readonly dropped: number;
}

/** Articles, alone or after the prepositions ب, ف, ك (بال, فال, كال) or ل (لل = ل + ال). */
const ARTICLES = [ARTICLE, 'بال', 'فال', 'كال', 'لل'];
/** The conjunction و, written as one word with the next ("والتسويق", "وأنظمة"). */
const CONJUNCTION = 'و';

const length = (text: string): number => [...text].length;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

/**
 * The forms of a normalized word: itself, without a leading و, and without an article or an
 * article with its preposition, as long as three letters (two after an article) remain:
 * `والفندقه` → `والفندقه`, `الفندقه`, `فندقه`. Latin words have one form.
 */
function wordForms(word: string): WordForm[] {
  const forms: WordForm[] = [{ form: word, dropped: 0 }];
  if (!ARABIC_LETTER.test(word)) return forms;
  if (word.startsWith(CONJUNCTION) && length(word) - 1 >= 3) {
    forms.push({ form: word.slice(1), dropped: 1 });
  }
  for (const { form, dropped } of [...forms]) {
    const article = ARTICLES.find((a) => form.startsWith(a) && length(form) - a.length >= 2);
    if (article)
      forms.push({ form: form.slice(article.length), dropped: dropped + article.length });
  }
  return forms;
}

/**
 * Shorter forms of a query word that let a plural or another ending find the word's other forms
 * by their start: `programs` → `program`, `reseaux` → `reseau`, `technologies` → `technolog`;
 * `سيارات` → `سيار`, `فندقه` → `فندق`, `تقني` → `تقن`. At least three letters remain.
 */
function stems(core: string): string[] {
  const n = length(core);
  const out: string[] = [];
  if (ARABIC_LETTER.test(core)) {
    if (n >= 5 && /(ات|ون|ين)$/.test(core)) out.push(core.slice(0, -2));
    if (n >= 4 && /[هي]$/.test(core)) out.push(core.slice(0, -1));
  } else {
    if (n >= 5 && core.endsWith('ies')) out.push(core.slice(0, -3));
    if (n >= 4 && /[sx]$/.test(core)) out.push(core.slice(0, -1));
  }
  return out;
}

/**
 * Whether `a` and `b` differ by at most one edit: a letter substituted, inserted or deleted, or two
 * neighbouring letters swapped (Damerau–Levenshtein distance ≤ 1).
 */
export function withinOneEdit(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1) return false;
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start += 1;
  if (start === x.length && start === y.length) return true;
  const rest = (i: number, j: number) => x.slice(i).join('') === y.slice(j).join('');
  if (x.length === y.length) {
    return (
      rest(start + 1, start + 1) ||
      (x[start] === y[start + 1] && x[start + 1] === y[start] && rest(start + 2, start + 2))
    );
  }
  return x.length > y.length ? rest(start + 1, start) : rest(start, start + 1);
}

/** A word of the texts, under one of its forms. */
interface IndexedWord {
  /** The word as first written in the data, and how many letters its form leaves out. */
  readonly written: string;
  readonly dropped: number;
  /** The items it occurs in (their position in the index), with the strongest field of each. */
  readonly items: ReadonlyMap<number, FieldRank>;
  /** True when no article or و can be taken off the form: typos are sought among these only. */
  readonly core: boolean;
}

/** The items' ids, and every form of every word of their texts. */
export interface SearchIndex {
  readonly ids: readonly string[];
  /** Word forms in the order first met, so that every choice among them is deterministic. */
  readonly words: ReadonlyMap<string, IndexedWord>;
}

/** Runs of letters, digits and the marks inside words: the words of a text as written. */
const WORD = /[\p{L}\p{N}\p{M}\p{Cf}]+/gu;
/** What `normalizeSearchText` removes from inside a word. */
const SILENT = /^[\p{M}\p{Cf}\u0640]$/u;

/** `word` without its first `count` letters, marks between them not counted. */
function dropLetters(word: string, count: number): string {
  const chars = [...word];
  let index = 0;
  for (let seen = 0; index < chars.length && seen < count; index += 1) {
    if (!SILENT.test(chars[index] ?? '')) seen += 1;
  }
  while (index < chars.length && SILENT.test(chars[index] ?? '')) index += 1;
  return chars.slice(index).join('');
}

/**
 * The words of a text as written, each with its start and its normalized form; `normalized`
 * remembers the forms already computed, since the same words recur across texts.
 */
function wordsOf(
  text: string,
  normalized: Map<string, string> = new Map(),
): { written: string; start: number; normalized: string }[] {
  const words = [];
  for (const match of text.matchAll(WORD)) {
    const written = match[0];
    let form = normalized.get(written);
    if (form === undefined) normalized.set(written, (form = normalizeSearchText(written)));
    // A compatibility form can hold several words (ﷺ); each is its own word, written normalized.
    const parts = form.split(' ').filter(Boolean);
    for (const part of parts) {
      words.push({
        written: parts.length === 1 ? written : part,
        start: match.index,
        normalized: part,
      });
    }
  }
  return words;
}

/**
 * Indexes every word of every item once, under each of its forms, so that a search compares
 * words rather than reading texts. Items keep the caller's order, which breaks ties in `search`.
 */
export function createSearchIndex(items: readonly Searchable[]): SearchIndex {
  const words = new Map<string, IndexedWord & { items: Map<number, FieldRank> }>();
  // Items share many texts (a sector's, a job's) and words: each is read once.
  const textWords = new Map<string, ReturnType<typeof wordsOf>>();
  const normalized = new Map<string, string>();
  const formsOf = new Map<string, WordForm[]>();
  items.forEach((item, position) => {
    FIELDS.forEach((field, rank) => {
      for (const text of item[field] ?? []) {
        let inText = textWords.get(text);
        if (!inText) textWords.set(text, (inText = wordsOf(text, normalized)));
        for (const { written, normalized: word } of inText) {
          let forms = formsOf.get(word);
          if (!forms) formsOf.set(word, (forms = wordForms(word)));
          for (const { form, dropped } of forms) {
            let entry = words.get(form);
            if (!entry) {
              entry = {
                written,
                dropped,
                items: new Map(),
                core: wordForms(form).length === 1,
              };
              words.set(form, entry);
            }
            const best = entry.items.get(position);
            if (best === undefined || rank < best) entry.items.set(position, rank as FieldRank);
          }
        }
      }
    });
  });
  return { ids: items.map((item) => item.id), words };
}

/** A query word: its forms (as typed, without و, without article), and its shorter stems. */
interface QueryWord {
  readonly forms: readonly WordForm[];
  readonly stems: readonly string[];
}

/** A correction found for a query word: the indexed word it was matched with, with one typo. */
interface Correction {
  readonly word: IndexedWord;
  readonly dropped: number;
  /** True when the whole word is one edit away, false when only its start is. */
  readonly whole: boolean;
}

/** The points of every item for one query word, and the typo corrections used, if any. */
function matchWord(
  index: SearchIndex,
  query: QueryWord,
): { points: Map<number, number>; corrections: Correction[] } {
  const points = new Map<number, number>();
  const award = (items: ReadonlyMap<number, FieldRank>, table: readonly number[]) => {
    for (const [position, rank] of items) {
      const value = table[rank] ?? 0;
      if (value > (points.get(position) ?? 0)) points.set(position, value);
    }
  };
  for (const [form, word] of index.words) {
    if (query.forms.some((q) => q.form === form)) award(word.items, POINTS.exact);
    else if (
      // A form left with two letters once its article is gone (الري → ري) must be whole: as a
      // start it would find ريح, رياض…
      query.forms.some(
        (q) => (q.dropped === 0 || length(q.form) >= 3) && form.startsWith(q.form),
      ) ||
      query.stems.some((stem) => form.startsWith(stem))
    ) {
      award(word.items, POINTS.prefix);
    }
  }
  if (points.size > 0) return { points, corrections: [] };

  // Nothing as typed: allow one typo in a long enough word (its core, without article or و).
  const core = query.forms[query.forms.length - 1];
  if (!core || length(core.form) < MIN_TYPO_LENGTH) return { points, corrections: [] };
  const n = length(core.form);
  const corrections: Correction[] = [];
  for (const [form, word] of index.words) {
    if (!word.core) continue;
    const chars = [...form];
    const whole = withinOneEdit(core.form, form);
    // The start of a longer word, one edit away: "infro" for "informatique".
    const start =
      !whole &&
      chars.length > n + 1 &&
      [n - 1, n, n + 1].some((size) => withinOneEdit(core.form, chars.slice(0, size).join('')));
    if (whole || start) {
      award(word.items, POINTS.typo);
      corrections.push({ word, dropped: core.dropped, whole });
    }
  }
  return { points, corrections };
}

/** The ids found for a query, most relevant first, and a corrected query to offer, if any. */
export interface SearchResult {
  readonly ids: string[];
  /**
   * The query with each word that matched only with a typo replaced by the word it matched (as
   * the data writes it), when the results rest on such a correction; otherwise null.
   */
  readonly suggestion: string | null;
}

/**
 * Searches the index. Every meaningful word of the query must match a word of the item's texts,
 * in any language: as a whole word or as its start, ignoring case, accents, Arabic vowel marks and
 * spelling variants, an Arabic article or و on either side, and a plural ending in the query.
 * A word of five letters or more that matches nothing in the whole index is matched with one typo
 * instead, and the result then carries the corrected query as a suggestion.
 *
 * Ranking, per query word, summed: a whole word in a name, then the start of a word in a name,
 * then the item's everyday words, its jobs, its sector; typo matches last. Equally relevant items
 * keep the index's order (the sort is stable). An empty or blank query matches every item, in
 * order, with no suggestion.
 */
export function searchWithSuggestion(index: SearchIndex, query: string): SearchResult {
  const terms = searchTerms(query);
  if (terms.length === 0) return { ids: [...index.ids], suggestion: null };

  const totals = new Map<number, number>(index.ids.map((_, position) => [position, 0]));
  const corrected = new Map<string, Correction[]>();
  for (const term of terms) {
    const forms = wordForms(term);
    const core = forms[forms.length - 1]?.form ?? term;
    const { points, corrections } = matchWord(index, { forms, stems: stems(core) });
    for (const [position, total] of totals) {
      const value = points.get(position);
      if (value === undefined) totals.delete(position);
      else totals.set(position, total + value);
    }
    if (corrections.length > 0) corrected.set(term, corrections);
  }

  const found = [...totals]
    .sort(([a, pointsA], [b, pointsB]) => pointsB - pointsA || a - b)
    .map(([position]) => position);
  const ids = found.map((position) => index.ids[position] ?? '');
  if (corrected.size === 0 || found.length === 0) return { ids, suggestion: null };
  return { ids, suggestion: suggest(query, corrected, new Set(found)) };
}

/**
 * The query with each corrected word replaced: by the correction that matches the whole word
 * rather than its start, then the one found in most of the results, then the first indexed.
 * The rest of the query stays as typed; an Arabic article or و typed before the word is kept.
 */
function suggest(
  query: string,
  corrected: ReadonlyMap<string, readonly Correction[]>,
  found: ReadonlySet<number>,
): string {
  const inResults = (c: Correction) => [...c.word.items.keys()].filter((p) => found.has(p)).length;
  const best = new Map<string, Correction>();
  for (const [term, corrections] of corrected) {
    const ranked = corrections
      .map((correction, order) => ({ correction, order, count: inResults(correction) }))
      .filter(({ count }) => count > 0)
      .sort(
        (a, b) =>
          Number(b.correction.whole) - Number(a.correction.whole) ||
          b.count - a.count ||
          a.order - b.order,
      );
    const first = ranked[0];
    if (first) best.set(term, first.correction);
  }
  let result = '';
  let end = 0;
  for (const { written, start, normalized } of wordsOf(query)) {
    const correction = best.get(normalized);
    if (!correction || start < end) continue;
    const typedPrefix = written.slice(
      0,
      written.length - dropLetters(written, correction.dropped).length,
    );
    const { word } = correction;
    const display = dropLetters(word.written, word.dropped).toLowerCase();
    result += query.slice(end, start) + typedPrefix + display;
    end = start + written.length;
  }
  return (result + query.slice(end)).trim();
}

/**
 * The ids of the items matching `query`, most relevant first (see `searchWithSuggestion`).
 */
export function search(index: SearchIndex, query: string): string[] {
  return searchWithSuggestion(index, query).ids;
}
