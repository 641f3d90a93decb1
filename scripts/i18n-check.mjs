// @ts-check
// Fails when the translations disagree (scripts/lib/i18n-check.mjs), or when a locale or the
// dataset's text uses a variant the glossary rules out (docs/glossary.md, and its rules in
// scripts/glossary-rules.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLOSSARY_EXCEPTIONS, GLOSSARY_RULES } from './glossary-rules.mjs';
import {
  checkGlossary,
  datasetEntries,
  describeFinding,
  LANGS,
  localeEntries,
} from './lib/glossary-check.mjs';
import { checkLocales } from './lib/i18n-check.mjs';

const root = new URL('../locales/', import.meta.url).pathname;
const dataRoot = new URL('../src/data/', import.meta.url).pathname;

/** @type {import('./lib/i18n-check.mjs').LocaleTree} */
const tree = {};
for (const lang of readdirSync(root, { withFileTypes: true })) {
  if (!lang.isDirectory()) continue;
  /** @type {Record<string, import('./lib/i18n-check.mjs').Messages>} */
  const namespaces = {};
  tree[lang.name] = namespaces;
  for (const file of readdirSync(join(root, lang.name))) {
    if (!file.endsWith('.json')) continue;
    const path = join(root, lang.name, file);
    try {
      namespaces[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      console.error(`i18n check: ${lang.name}/${file} is not valid JSON: ${String(error)}`);
      process.exit(1);
    }
  }
}

/**
 * Every string a user reads: the locales, and the dataset's `{ ar, fr, en }` texts.
 * @type {import('./lib/glossary-check.mjs').TextEntry[]}
 */
const texts = [];
for (const [lang, namespaces] of Object.entries(tree)) {
  if (!LANGS.includes(/** @type {import('./lib/glossary-check.mjs').Lang} */ (lang))) continue;
  for (const [ns, messages] of Object.entries(namespaces)) {
    texts.push(
      ...localeEntries(
        `locales/${lang}/${ns}.json`,
        /** @type {import('./lib/glossary-check.mjs').Lang} */ (lang),
        messages,
      ),
    );
  }
}
for (const file of readdirSync(dataRoot).sort()) {
  if (!file.endsWith('.json')) continue;
  try {
    texts.push(
      ...datasetEntries(`src/data/${file}`, JSON.parse(readFileSync(join(dataRoot, file), 'utf8'))),
    );
  } catch (error) {
    console.error(`i18n check: src/data/${file} is not valid JSON: ${String(error)}`);
    process.exit(1);
  }
}

const problems = [
  ...checkLocales(tree),
  ...checkGlossary(texts, GLOSSARY_RULES, GLOSSARY_EXCEPTIONS).map(describeFinding),
];
const languages = Object.keys(tree).sort().join(', ');
if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length} problem(s)) in ${languages}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const namespaces = new Set(Object.values(tree).flatMap((ns) => Object.keys(ns)));
console.log(
  `i18n check passed: ${languages}; ${namespaces.size} namespaces in step; ` +
    `${texts.length} strings follow the glossary (${GLOSSARY_RULES.length} rules).`,
);
