// @ts-check
// The byte budgets of the build (docs/benchmarks.md), read from Vite's manifest and the service
// worker's precache list. Exact: the same build gives the same bytes, so a test may assert them
// (tests/e2e/budgets.e2e.ts) and `npm run bench` prints the same report.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const LANGS = /** @type {const} */ (['ar', 'fr', 'en']);

/**
 * The limits. The home screen is measured against the floor app (bench/floor/), the bare stack
 * with one translated page, built in the same run: its ratio is what the app adds to the stack.
 * The target the project aims for is 1.10×; `HOME_RATIO` is the ceiling the test holds today, so
 * that the home screen can shrink towards the target and never grow back (docs/benchmarks.md).
 */
export const BUDGETS = {
  homeRatioTarget: 1.1,
  homeRatio: 1.15,
  routeOwnBytes: 60_000,
  datasetLanguageBytes: 40_000,
  precacheBytes: 1_000_000,
};

/** The screens other than home, by their source in the manifest. */
export const ROUTES = {
  quiz: 'src/features/quiz/quiz-page.tsx',
  results: 'src/features/results/results-page.tsx',
  programs: 'src/features/programs/programs-page.tsx',
  program: 'src/features/programs/program-page.tsx',
  centers: 'src/features/centers/centers-page.tsx',
  counselor: 'src/app/pages/counselor.tsx',
  embed: 'src/features/embed/embed-page.tsx',
  about: 'src/features/about/about-page.tsx',
};

/**
 * @typedef {{ file: string, name?: string, src?: string, isEntry?: boolean,
 *   imports?: string[], dynamicImports?: string[], css?: string[] }} ManifestEntry
 * @typedef {Record<string, ManifestEntry>} Manifest
 */

/** @param {string} dist */
export function readManifest(dist) {
  return /** @type {Manifest} */ (
    JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
  );
}

/**
 * A gzip (level 9) size reader over one directory, with a cache.
 * @param {string} dist
 */
export function gzipSizes(dist) {
  /** @type {Map<string, number>} */
  const cache = new Map();
  /** @param {string} file */
  return (file) => {
    let size = cache.get(file);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
      cache.set(file, size);
    }
    return size;
  };
}

/**
 * The files a manifest entry loads before it runs: itself, its static imports, and their CSS.
 * @param {Manifest} manifest
 * @param {string} key
 * @param {Set<string>} [files]
 */
export function closure(manifest, key, files = new Set()) {
  const entry = manifest[key];
  if (!entry || files.has(entry.file)) return files;
  files.add(entry.file);
  entry.css?.forEach((css) => files.add(css));
  entry.imports?.forEach((imported) => closure(manifest, imported, files));
  return files;
}

/** @param {Manifest} manifest @param {string} lang @param {string} ns */
const localeKey = (manifest, lang, ns) => {
  const key = `locales/${lang}/${ns}.json`;
  if (!manifest[key]) throw new Error(`No ${key} in the build's manifest`);
  return key;
};

/**
 * The JavaScript and CSS the home screen needs in one language: the entry (which carries the
 * home screen), its imports and CSS, and that language's `common` and `home` strings.
 * @param {Manifest} manifest
 * @param {string} lang
 */
export function homeScreenFiles(manifest, lang) {
  const files = closure(manifest, 'index.html');
  for (const ns of ['common', 'home']) closure(manifest, localeKey(manifest, lang, ns), files);
  return files;
}

/**
 * The catalogue's files in one language: the core (every field but the text), and that
 * language's text, brief and details.
 * @param {Manifest} manifest
 * @param {string} lang
 */
export function datasetFiles(manifest, lang) {
  const core = Object.values(manifest).find((entry) => entry.name === 'catalogue-core');
  const text = manifest[`virtual:catalogue/text/${lang}`];
  const details = manifest[`virtual:catalogue/details/${lang}`];
  if (!core || !text || !details)
    throw new Error('The catalogue’s core, text or details are missing from the manifest');
  return new Set([core.file, text.file, details.file]);
}

/** The screens that show the questionnaire's items, whose text loads per language. */
const ITEM_TEXT_ROUTES = new Set(['quiz']);

/**
 * A route's own chunks: what its screen loads beyond the home screen's files, without its
 * strings and the catalogue, which have budgets of their own. The questionnaire's items' text,
 * loaded in one language beside the screen's code, counts in its heaviest language.
 * @param {Manifest} manifest
 * @param {string} name
 * @param {(file: string) => number} size
 */
export function routeOwnFiles(manifest, name, size) {
  const shared = closure(manifest, 'index.html');
  const catalogue = new Set(LANGS.flatMap((lang) => [...datasetFiles(manifest, lang)]));
  const own = [...closure(manifest, ROUTES[/** @type {keyof typeof ROUTES} */ (name)])].filter(
    (file) => !shared.has(file) && !catalogue.has(file),
  );
  if (ITEM_TEXT_ROUTES.has(name)) {
    const texts = LANGS.map((lang) => manifest[`virtual:items/text/${lang}`]?.file);
    if (texts.some((file) => !file))
      throw new Error('The items’ text is missing from the manifest');
    const heaviest = /** @type {string[]} */ (texts).sort((a, b) => size(b) - size(a))[0];
    if (heaviest) own.push(heaviest);
  }
  return new Set(own);
}

/**
 * Every file the service worker precaches, from its list in `sw.js`.
 * @param {string} dist
 */
export function precacheFiles(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1] ?? '');
  if (urls.length === 0) throw new Error('No precache list in sw.js');
  return new Set(urls);
}

/**
 * Builds the floor app (bench/floor/) into `outDir`, as a production build in a process of its
 * own: a test runner's `NODE_ENV=test` would otherwise give it React's development build.
 * @param {string} outDir
 */
export function buildFloor(outDir) {
  const result = spawnSync(
    'npx',
    [
      'vite',
      'build',
      '--config',
      'bench/floor/vite.config.ts',
      '--outDir',
      outDir,
      '--emptyOutDir',
    ],
    {
      cwd: new URL('../../', import.meta.url).pathname,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (result.status !== 0) throw new Error('The floor app did not build');
}

/**
 * The floor app's JavaScript and CSS: everything it loads.
 * @param {string} floorDist
 */
export function floorFiles(floorDist) {
  return new Set(
    readdirSync(join(floorDist, 'assets'))
      .filter((file) => /\.(js|css)$/.test(file))
      .map((file) => `assets/${file}`),
  );
}

/**
 * @typedef {{ label: string, bytes: number, limit: number, files: { file: string, bytes: number }[] }} Measure
 */

/**
 * Measures every budget of the build in `dist` against the floor app's build in `floorDist`.
 * @param {string} dist
 * @param {string} floorDist
 */
export function measureBudgets(dist, floorDist) {
  const manifest = readManifest(dist);
  const size = gzipSizes(dist);
  const floorSize = gzipSizes(floorDist);
  /** @type {Map<string, string>} */
  const sourceOf = new Map();
  for (const [key, entry] of Object.entries(manifest)) {
    sourceOf.set(entry.file, entry.name && !entry.src ? `${entry.name} (shared)` : key);
    for (const css of entry.css ?? []) if (!sourceOf.has(css)) sourceOf.set(css, `${key} (CSS)`);
  }
  /** @param {Set<string>} files @param {(file: string) => number} sizeOf */
  const weigh = (files, sizeOf) =>
    [...files]
      .map((file) => ({ file: sourceOf.get(file) ?? file, bytes: sizeOf(file) }))
      .sort((a, b) => b.bytes - a.bytes);
  /** @param {{ file: string, bytes: number }[]} files */
  const total = (files) => files.reduce((sum, file) => sum + file.bytes, 0);

  const floor = total(weigh(floorFiles(floorDist), floorSize));
  /** @type {Measure[]} */
  const measures = [];
  for (const lang of LANGS) {
    const files = weigh(homeScreenFiles(manifest, lang), size);
    measures.push({
      label: `home screen in ${lang} (JS + CSS, ${BUDGETS.homeRatio.toFixed(2)}× the floor app’s ${floor} B)`,
      bytes: total(files),
      limit: Math.floor(floor * BUDGETS.homeRatio),
      files,
    });
  }
  for (const name of Object.keys(ROUTES)) {
    const files = weigh(routeOwnFiles(manifest, name, size), size);
    measures.push({
      label: `${name} screen’s own chunks`,
      bytes: total(files),
      limit: BUDGETS.routeOwnBytes,
      files,
    });
  }
  for (const lang of LANGS) {
    const files = weigh(datasetFiles(manifest, lang), size);
    measures.push({
      label: `catalogue in ${lang} (core, text and details)`,
      bytes: total(files),
      limit: BUDGETS.datasetLanguageBytes,
      files,
    });
  }
  const precache = weigh(precacheFiles(dist), size);
  measures.push({
    label: 'precache, as transferred (gzip)',
    bytes: total(precache),
    limit: BUDGETS.precacheBytes,
    files: precache,
  });
  const home = Math.max(...measures.slice(0, LANGS.length).map((m) => m.bytes));
  return { floor, homeRatio: home / floor, measures };
}

/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * A readable report: every budget with its figure, and for one over its limit, its largest files.
 * @param {ReturnType<typeof measureBudgets>} result
 */
export function formatBudgets({ floor, homeRatio, measures }) {
  const lines = [
    `Floor app: ${kb(floor)} of JavaScript and CSS (gzip -9).`,
    `Home screen: ${homeRatio.toFixed(3)}× the floor app (target ${BUDGETS.homeRatioTarget.toFixed(2)}×, ceiling ${BUDGETS.homeRatio.toFixed(2)}×).`,
  ];
  for (const measure of measures) {
    const over = measure.bytes > measure.limit;
    lines.push(
      `${over ? 'OVER' : '  ok'}  ${measure.label}: ${kb(measure.bytes)} of ${kb(measure.limit)}`,
    );
    if (over) {
      for (const file of measure.files.slice(0, 8)) {
        lines.push(`        ${kb(file.bytes).padStart(9)}  ${file.file}`);
      }
    }
  }
  return lines.join('\n');
}
