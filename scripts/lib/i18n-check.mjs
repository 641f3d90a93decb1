// @ts-check
/**
 * The rules of `npm run i18n:check`, as a pure function so that they are unit-tested.
 *
 * @typedef {{ [key: string]: string | Messages }} Messages
 * @typedef {Record<string, Record<string, Messages>>} LocaleTree  language → namespace → messages
 */

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

/**
 * Flattens nested messages into `a.b.c` keys.
 * @param {Messages} messages
 * @param {string} [prefix]
 * @returns {Map<string, unknown>}
 */
export function flatten(messages, prefix = '') {
  /** @type {Map<string, unknown>} */
  const out = new Map();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(/** @type {Messages} */ (value), path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** @param {string} text */
function variables(text) {
  return [...text.matchAll(VARIABLE)].map((m) => m[1]).sort();
}

/**
 * Plural categories a language needs (CLDR, through Intl). i18next also accepts `_zero` in every
 * language, as an optional special case for a count of 0.
 * @param {string} lang
 */
export function pluralCategories(lang) {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/**
 * Checks that every language has the same keys, that no value is empty, that plural keys have
 * exactly the forms their language needs (all six in Arabic), and that interpolation variables
 * agree between languages.
 * @param {LocaleTree} tree
 * @returns {string[]} the problems found; empty when all is well
 */
export function checkLocales(tree) {
  /** @type {string[]} */
  const problems = [];
  const languages = Object.keys(tree).sort();
  const namespaces = [
    ...new Set(languages.flatMap((lang) => Object.keys(tree[lang] ?? {}))),
  ].sort();

  for (const ns of namespaces) {
    /** @type {Map<string, Map<string, unknown>>} */
    const flat = new Map();
    for (const lang of languages) {
      const messages = tree[lang]?.[ns];
      if (!messages) {
        problems.push(`${lang}/${ns}.json: missing namespace`);
        continue;
      }
      flat.set(lang, flatten(messages));
    }

    // Plain keys and plural bases, per language.
    /** @type {Map<string, { plain: Set<string>, plural: Map<string, Set<string>> }>} */
    const shapes = new Map();
    for (const [lang, entries] of flat) {
      const plain = new Set();
      /** @type {Map<string, Set<string>>} */
      const plural = new Map();
      for (const [key, value] of entries) {
        if (typeof value !== 'string') {
          problems.push(`${lang}/${ns}.json: "${key}" is not a string`);
          continue;
        }
        if (value.trim() === '') problems.push(`${lang}/${ns}.json: "${key}" is empty`);
        const match = key.match(PLURAL_SUFFIX);
        if (match) {
          const base = key.slice(0, -match[0].length);
          const forms = plural.get(base) ?? new Set();
          forms.add(/** @type {string} */ (match[1]));
          plural.set(base, forms);
        } else {
          plain.add(key);
        }
      }
      shapes.set(lang, { plain, plural });
    }

    const allPlain = new Set([...shapes.values()].flatMap((s) => [...s.plain]));
    const allPlural = new Set([...shapes.values()].flatMap((s) => [...s.plural.keys()]));

    for (const [lang, shape] of shapes) {
      for (const key of allPlain) {
        if (!shape.plain.has(key) && !allPlural.has(key)) {
          problems.push(`${lang}/${ns}.json: missing key "${key}"`);
        }
      }
      const needed = pluralCategories(lang);
      for (const base of allPlural) {
        const forms = shape.plural.get(base);
        if (!forms) {
          problems.push(`${lang}/${ns}.json: missing plural key "${base}" (${needed.join(', ')})`);
          continue;
        }
        for (const category of needed) {
          if (!forms.has(category)) {
            problems.push(`${lang}/${ns}.json: plural "${base}" lacks the "${category}" form`);
          }
        }
        for (const form of forms) {
          if (form !== 'zero' && !needed.includes(/** @type {Intl.LDMLPluralRule} */ (form))) {
            problems.push(`${lang}/${ns}.json: plural "${base}" has "${form}", unknown in ${lang}`);
          }
        }
      }
    }

    // Interpolation variables must agree on plain keys (plural forms may leave out the count).
    for (const key of allPlain) {
      /** @type {Map<string, string>} */
      const seen = new Map();
      for (const [lang, entries] of flat) {
        const value = entries.get(key);
        if (typeof value === 'string') seen.set(lang, variables(value).join(','));
      }
      if (new Set(seen.values()).size > 1) {
        const detail = [...seen].map(([lang, vars]) => `${lang}: {${vars}}`).join('; ');
        problems.push(`${ns}: "${key}" uses different variables (${detail})`);
      }
    }
  }
  return problems;
}
