// @ts-check
/**
 * The glossary half of `npm run i18n:check`: finds, in the locales and in the dataset's text, the
 * variants that `scripts/glossary-rules.mjs` rules out. Pure functions, unit-tested in
 * `tests/unit/tooling/glossary-check.test.ts`.
 *
 * @typedef {import('../glossary-rules.mjs').GlossaryRule} GlossaryRule
 * @typedef {import('../glossary-rules.mjs').GlossaryException} GlossaryException
 * @typedef {'ar' | 'fr' | 'en'} Lang
 * @typedef {{ file: string, path: string, lang: Lang, text: string }} TextEntry  one string a user reads
 * @typedef {{ file: string, path: string, lang: Lang, found: string, rule: GlossaryRule }} Finding
 */

export const LANGS = /** @type {const} */ (['ar', 'fr', 'en']);

// ---------------------------------------------------------------------------------------------
// Arabic normalisation
// ---------------------------------------------------------------------------------------------

/** Short vowels, tanween, shadda, sukun, the dagger alif and the tatweel: not part of the word. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
/** A letter of an Arabic word once marks are removed (hamza forms and alif maqsura included). */
const ARABIC_LETTER = '[\\u0621-\\u064A\\u0671-\\u06D3]';
const ARABIC_LETTER_ONE = new RegExp(`^${ARABIC_LETTER}$`, 'u');

/**
 * Writes Arabic text the way the rules are written, so that a rule matches however a word is
 * voweled: marks removed, أ إ آ ٱ read as ا, ى as ي. `index[i]` is the position in `text` of the
 * i-th character of `normal`, so that a finding can be quoted as it was written.
 * @param {string} text
 * @returns {{ normal: string, index: number[] }}
 */
export function normalizeArabic(text) {
  let normal = '';
  /** @type {number[]} */
  const index = [];
  for (let i = 0; i < text.length; i++) {
    const char = /** @type {string} */ (text[i]);
    if (ARABIC_MARKS.test(char)) continue;
    normal += /[أإآٱ]/.test(char) ? 'ا' : char === 'ى' ? 'ي' : char;
    index.push(i);
  }
  return { normal, index };
}

/**
 * What an Arabic word may carry before its stem: و or ف (and, so), then ب ل ك (prepositions) and
 * ال (the article), alone or together: والمسلك، بالمسلك، للمسلك، وبمسلك، فالمسلك.
 */
const ARABIC_PREFIX = '(?:[وف])?(?:[بك]?ال|لل|[بلك])?';
/** Attached pronouns after the stem: مسلكها، برنامجهم، درجتك. */
const ARABIC_SUFFIX = '(?:ه|ها|هما|هم|هن|ك|كما|كم|كن|نا)?';

/**
 * The regular expression of an Arabic rule's `words`: each form (alternatives are separated by
 * `|`) is a word stem, or several separated by spaces for a phrase. The first word may take a
 * prefix, the last an attached pronoun, and ة may turn into ت before an ending (شعبة → شعبتها،
 * شعبتان). A match is a whole word: it may be neither preceded nor followed by another Arabic
 * letter, so that a rule for نقطة does not catch انقطاع.
 * @param {readonly string[]} words
 */
function arabicWordsRegExp(words) {
  const forms = words
    .flatMap((entry) => entry.split('|'))
    .map((form) =>
      normalizeArabic(form)
        .normal.trim()
        .split(/\s+/)
        .map((word) => word.replace(/ة/g, '(?:ة|ت(?=ه|ها|هما|هم|هن|ك|كما|كم|كن|نا|ان|ين))'))
        .join('\\s+'),
    );
  return new RegExp(
    `(?<!${ARABIC_LETTER})${ARABIC_PREFIX}(?:${forms.join('|')})${ARABIC_SUFFIX}(?!${ARABIC_LETTER})`,
    'gu',
  );
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

/**
 * A rule ready to run: the regular expression of its variant and those of the passages where the
 * variant is right.
 * @typedef {{ rule: GlossaryRule, variant: RegExp, allow: RegExp[], raw: boolean }} CompiledRule
 */

/**
 * @param {GlossaryRule} rule
 * @returns {CompiledRule}
 */
export function compileRule(rule) {
  const raw = rule.raw === true;
  const flags = rule.lang === 'ar' ? 'gu' : 'giu';
  const prepare = (/** @type {string} */ source) =>
    rule.lang === 'ar' && !raw ? normalizeArabic(source).normal : source.normalize('NFC');
  /** @type {RegExp} */
  let variant;
  if (rule.words) {
    if (rule.lang !== 'ar')
      throw new Error(`glossary rule "${rule.variant}": words are for Arabic`);
    variant = arabicWordsRegExp(rule.words);
  } else if (rule.pattern) {
    variant =
      rule.lang === 'ar'
        ? new RegExp(prepare(rule.pattern), flags)
        : // A whole word or phrase: no letter or digit just before or after it.
          new RegExp(`(?<![\\p{L}\\p{N}])(?:${prepare(rule.pattern)})(?![\\p{L}\\p{N}])`, flags);
  } else {
    throw new Error(`glossary rule "${rule.variant}" has neither words nor pattern`);
  }
  const allow = (rule.allow ?? []).map((source) => new RegExp(prepare(source), flags));
  return { rule, variant, allow, raw };
}

/**
 * Where `pattern` matches in `text`, as [start, end) spans.
 * @param {RegExp} pattern  global
 * @param {string} text
 * @returns {[number, number][]}
 */
function spans(pattern, text) {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * @param {string} needle
 * @param {string} text
 * @returns {[number, number][]}
 */
function occurrences(needle, text) {
  /** @type {[number, number][]} */
  const found = [];
  if (needle === '') return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    found.push([at, at + needle.length]);
  }
  return found;
}

/**
 * The span of the normalised text that comes from [from, to) of the original text, widened to the
 * start of its word, so that an exception also covers the word with a prefix (ومُسلِّك).
 * @param {{ normal: string, index: readonly number[] }} arabic  see `normalizeArabic`
 * @param {number} from
 * @param {number} to
 * @returns {[number, number]}
 */
function toNormalSpan({ normal, index }, from, to) {
  let start = 0;
  while (start < index.length && /** @type {number} */ (index[start]) < from) start++;
  let end = start;
  while (end < index.length && /** @type {number} */ (index[end]) < to) end++;
  return toWordStart(normal, start, end);
}

/**
 * A span of Arabic text widened to the start of its first word, so that it also covers the prefix
 * a word may carry (ونقطة بيع for نقطة بيع).
 * @param {string} normal
 * @param {number} start
 * @param {number} end
 * @returns {[number, number]}
 */
function toWordStart(normal, start, end) {
  while (start > 0 && ARABIC_LETTER_ONE.test(normal.charAt(start - 1))) start--;
  return [start, end];
}

/**
 * The ruled-out variants in one string, as they are written there, with their rule. A variant
 * inside a passage its rule allows, or inside an exception of the same language, is not reported.
 * @param {string} text
 * @param {Lang} lang
 * @param {readonly CompiledRule[]} rules
 * @param {readonly GlossaryException[]} exceptions
 * @returns {{ found: string, rule: GlossaryRule }[]}
 */
export function findVariants(text, lang, rules, exceptions) {
  const original = text.normalize('NFC');
  const arabic = lang === 'ar' ? normalizeArabic(original) : null;
  /** @type {{ found: string, rule: GlossaryRule }[]} */
  const findings = [];
  for (const compiled of rules) {
    if (compiled.rule.lang !== lang) continue;
    const normalized = arabic && !compiled.raw;
    const subject = normalized ? arabic.normal : original;
    /** @type {[number, number][]} */
    const excused = [
      // Interpolation variables ({{programs}}) are names in code, not words a user reads.
      ...spans(/\{\{[^}]*\}\}/g, subject),
      ...compiled.allow
        .flatMap((pattern) => spans(pattern, subject))
        .map(([from, to]) =>
          normalized
            ? toWordStart(subject, from, to)
            : /** @type {[number, number]} */ ([from, to]),
        ),
      // Exceptions are found as they are written, vowel marks included: an exception for مُسلِّك
      // (a wirer) does not excuse مسلك (a track).
      ...exceptions
        .filter((exception) => exception.lang === lang)
        .flatMap((exception) => occurrences(exception.text.normalize('NFC'), original))
        .map(([from, to]) =>
          normalized
            ? toNormalSpan(arabic, from, to)
            : /** @type {[number, number]} */ ([from, to]),
        ),
    ];
    for (const [start, end] of spans(compiled.variant, subject)) {
      if (excused.some(([from, to]) => from <= start && end <= to)) continue;
      const found = normalized
        ? original.slice(arabic.index[start], (arabic.index[end - 1] ?? start) + 1)
        : subject.slice(start, end);
      findings.push({ found, rule: compiled.rule });
    }
  }
  return findings;
}

/**
 * Every ruled-out variant in the given strings.
 * @param {readonly TextEntry[]} entries
 * @param {readonly GlossaryRule[]} rules
 * @param {readonly GlossaryException[]} [exceptions]
 * @returns {Finding[]}
 */
export function checkGlossary(entries, rules, exceptions = []) {
  const compiled = rules.map(compileRule);
  return entries.flatMap((entry) =>
    findVariants(entry.text, entry.lang, compiled, exceptions).map(({ found, rule }) => ({
      file: entry.file,
      path: entry.path,
      lang: entry.lang,
      found,
      rule,
    })),
  );
}

/**
 * One line of the report: where, what, and what to write instead.
 * @param {Finding} finding
 */
export function describeFinding({ file, path, found, rule }) {
  return `${file}: ${path}: "${found}" → use "${rule.use}" (${rule.reason})`;
}

// ---------------------------------------------------------------------------------------------
// Collecting the strings
// ---------------------------------------------------------------------------------------------

/**
 * The strings of one locale file, with their key paths.
 * @param {string} file  as reported, e.g. `locales/ar/results.json`
 * @param {Lang} lang
 * @param {unknown} messages
 * @returns {TextEntry[]}
 */
export function localeEntries(file, lang, messages) {
  /** @type {TextEntry[]} */
  const entries = [];
  const walk = (/** @type {unknown} */ value, /** @type {string} */ path) => {
    if (typeof value === 'string') entries.push({ file, path, lang, text: value });
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(messages, '');
  return entries;
}

/**
 * The dataset's text a user reads: every `{ ar, fr, en }` object of strings, wherever it is in the
 * file (names, descriptions, jobs, skills, facts, services, levels' requirements, items…). Array
 * elements are named by their `id` when they have one (`[developpement-digital].description.fr`).
 * Not checked: lists of search words (`keywords`, whose `{ ar, fr, en }` hold arrays: they list the
 * words people type, variants included) and untranslated fields such as `officialName`, which
 * quote a source as it is.
 * @param {string} file  as reported, e.g. `src/data/programs.json`
 * @param {unknown} data
 * @returns {TextEntry[]}
 */
export function datasetEntries(file, data) {
  /** @type {TextEntry[]} */
  const entries = [];
  const walk = (/** @type {unknown} */ value, /** @type {string} */ path) => {
    if (Array.isArray(value)) {
      value.forEach((child, index) => {
        const id =
          child !== null && typeof child === 'object' && typeof child.id === 'string'
            ? child.id
            : String(index);
        walk(child, `${path}[${id}]`);
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const record = /** @type {Record<string, unknown>} */ (value);
    if (LANGS.every((lang) => typeof record[lang] === 'string')) {
      for (const lang of LANGS) {
        entries.push({
          file,
          path: `${path}.${lang}`,
          lang,
          text: /** @type {string} */ (record[lang]),
        });
      }
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(data, '');
  return entries;
}
