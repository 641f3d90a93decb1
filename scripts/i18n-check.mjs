// @ts-check
// Fails when the translations disagree: see scripts/lib/i18n-check.mjs for the rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkLocales } from './lib/i18n-check.mjs';

const root = new URL('../locales/', import.meta.url).pathname;

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

const problems = checkLocales(tree);
const languages = Object.keys(tree).sort().join(', ');
if (problems.length > 0) {
  console.error(`i18n check failed (${problems.length} problem(s)) in ${languages}:`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
const namespaces = new Set(Object.values(tree).flatMap((ns) => Object.keys(ns)));
console.log(`i18n check passed: ${languages}; ${namespaces.size} namespaces in step.`);
