// @ts-check
// `npm run bench`: builds the app and reports what each first screen costs, gzip-compressed, then
// times the domain and simulates the precision of the scores (scripts/simulate-precision.ts).
// Sizes are exact (the same build gives the same bytes); domain timings are medians of repeated
// runs, reported and never asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

/** @type {Record<string, { file: string, name?: string, src?: string, imports?: string[], css?: string[] }>} */
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

/** @param {string} file */
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * The files a manifest entry loads before it runs: itself, its static imports and their CSS.
 * @param {string} key
 * @param {Set<string>} files
 */
function closure(key, files = new Set()) {
  const entry = manifest[key];
  if (!entry || files.has(entry.file)) return files;
  files.add(entry.file);
  entry.css?.forEach((css) => files.add(css));
  entry.imports?.forEach((imported) => closure(imported, files));
  return files;
}

const languages = readdirSync(new URL('../locales/', import.meta.url)).sort();
const BUDGET = 120_000;
console.log('\nFirst screen (home page), gzip -9, as served:');
let worst = 0;
for (const lang of languages) {
  const files = closure('index.html');
  closure('src/features/home/home-page.tsx', files);
  closure(`locales/${lang}/common.json`, files);
  closure(`locales/${lang}/home.json`, files);
  files.add('index.html');
  const total = [...files].reduce((sum, file) => sum + gz(file), 0);
  worst = Math.max(worst, total);
  console.log(`  ${lang}: ${kb(total)} in ${files.size} files (budget ${kb(BUDGET)})`);
}

console.log('\nLargest files:');
// Built chunks are named by their hash alone; the manifest says which source each one holds.
/** @type {Map<string, string>} */
const sourceOf = new Map();
for (const [source, entry] of Object.entries(manifest)) {
  sourceOf.set(entry.file, entry.name && !entry.src ? `${entry.name} (shared)` : source);
  for (const css of entry.css ?? []) if (!sourceOf.has(css)) sourceOf.set(css, `${source} (CSS)`);
}
const assets = readdirSync(join(dist, 'assets')).map((file) => ({
  file,
  size: gz(`assets/${file}`),
}));
assets.sort((a, b) => b.size - a.size);
for (const { file, size } of assets.slice(0, 6)) {
  const label = sourceOf.get(`assets/${file}`) ?? file;
  console.log(`  ${label.padEnd(52)} ${kb(size)}`);
}
console.log(`  all ${assets.length} assets: ${kb(assets.reduce((sum, a) => sum + a.size, 0))}`);

const domain = spawnSync('npx', ['tsx', 'scripts/bench-domain.ts'], { stdio: 'inherit' });
if (domain.status !== 0) process.exit(domain.status ?? 1);

// Counselor mode with 300 participants in Chromium, on the build above.
const counselor = spawnSync('npx', ['tsx', 'scripts/bench-counselor.ts'], { stdio: 'inherit' });
if (counselor.status !== 0) process.exit(counselor.status ?? 1);

// The precision of the scores, simulated with the current programs (about 30 s): the figures of
// src/domain/precision.ts and docs/scoring.md. Printed only; `--write` is for a deliberate update.
const precision = spawnSync('npx', ['tsx', 'scripts/simulate-precision.ts'], { stdio: 'inherit' });
if (precision.status !== 0) process.exit(precision.status ?? 1);

if (worst > BUDGET) {
  console.error(`\nFirst screen over budget: ${kb(worst)} > ${kb(BUDGET)}`);
  process.exit(1);
}
