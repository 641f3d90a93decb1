import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type LogLevel, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { catalogueSplit } from './scripts/vite/catalogue-split.ts';
import { cspMeta } from './scripts/vite/csp.ts';
import { sharedChunks } from './scripts/vite/shared-chunks.ts';

/**
 * Small modules that three or more lazily loaded parts share, in one chunk (see the plugin). The
 * sector pictures (about 1.5 kB gzip) stay with the screens that show sectors: in the shared
 * chunk, the questionnaire, the centers and the about page would download them too.
 */
const shared = sharedChunks({
  minUsers: 3,
  maxCode: 5000,
  keepOut: [/[\\/]src[\\/]components[\\/]sector-icon\.tsx$/],
});

// From the file's path, not `new URL(…, import.meta.url)`: in a test that imports this file under
// jsdom, `URL` is jsdom's, and that expression no longer gives a `file:` URL.
const root = dirname(fileURLToPath(import.meta.url));
const src = resolve(root, 'src');

/**
 * The build of `embed.js`, the script a school's page loads (docs/embedding.md): one classic
 * script (IIFE, no import, no global), minified, at most 3 KB gzip
 * (`tests/unit/tooling/embed-size.test.ts` builds it with this same config and weighs it).
 */
export function embedLoaderConfig(outDir: string, logLevel: LogLevel = 'info'): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel,
    publicDir: false,
    resolve: { alias: { '@': src } },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      sourcemap: false,
      minify: true,
      lib: {
        entry: resolve(src, 'embed/entry.ts'),
        formats: ['iife'],
        // Required by Vite for an IIFE; the entry exports nothing, so no global is created.
        name: 'MasariEmbed',
        fileName: () => 'embed.js',
      },
    },
  };
}

/**
 * Builds `embed.js` beside the app once the app's own files are written, and serves it, built on
 * request, from the development server (`/embed.js`), so that a snippet works there too.
 */
function embedLoader(): Plugin {
  let outDir = 'dist';
  let logLevel: LogLevel | undefined;
  return {
    name: 'masari:embed-loader',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      logLevel = config.logLevel;
    },
    async writeBundle() {
      await build(embedLoaderConfig(outDir, logLevel));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== '/embed.js') return next();
        const config = embedLoaderConfig(outDir, 'warn');
        build({ ...config, build: { ...config.build, write: false } })
          .then((result) => {
            const [output] = [result].flat();
            const chunk = output && 'output' in output ? output.output[0] : null;
            if (!chunk) throw new Error('embed.js was not built');
            res.setHeader('Content-Type', 'text/javascript');
            res.setHeader('Cache-Control', 'no-store');
            res.end(chunk.code);
          })
          .catch(next);
      });
    },
  };
}

/**
 * The installable app and its service worker (docs/offline.md). The worker precaches the whole
 * build (app shell, every screen, the three languages, the dataset and the map), so that after one
 * visit every screen works with no network. A new version waits until the user accepts it
 * (`registerType: 'prompt'`): answers and sessions live in storage, so the reload that applies it
 * loses nothing.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  // The app registers the worker itself, after the first screen has loaded (src/main.tsx).
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
  manifest: {
    id: './',
    name: 'مساري — Masari',
    short_name: 'مساري',
    description:
      'مساري: اكتشاف مسالك التكوين المهني في المغرب — Masari : s’orienter vers la formation professionnelle au Maroc — Masari: finding your way into vocational training in Morocco.',
    lang: 'ar',
    dir: 'rtl',
    start_url: './#/',
    scope: './',
    display: 'standalone',
    orientation: 'any',
    theme_color: '#0b6651',
    background_color: '#fbf8f2',
    categories: ['education'],
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // Everything the app can show; embed.js runs in schools' pages, outside this worker's reach.
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
    globIgnores: ['embed.js', '.vite/**'],
    // Routes live in the hash, so every navigation (with the embed options or without) is the app.
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // A new worker takes over the open pages as soon as it is active: on the first visit, so that
    // screens not yet opened load from the device if the network drops later in the visit; on an
    // update, right after the user's "update now" (a new worker waits until then).
    clientsClaim: true,
  },
});

export default defineConfig({
  // A relative base lets the built files work from any sub-path of any static host.
  base: './',
  plugins: [react(), catalogueSplit(), embedLoader(), shared.plugin, pwa, cspMeta()],
  resolve: {
    alias: { '@': src },
  },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // Every browser the app supports preloads modules natively: no polyfill on the first screen.
    modulePreload: { polyfill: false },
    // Decorative images stay files of their own (precached like the rest) instead of text inlined
    // in the first screen's styles.
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    rolldownOptions: {
      output: {
        // Chunks are named by their hash alone: the entry lists every lazy screen's chunks, so
        // descriptive names would be bytes on the first screen.
        chunkFileNames: 'assets/[hash].js',
        assetFileNames: 'assets/[hash][extname]',
        codeSplitting: {
          groups: [
            {
              // The runtime every screen needs, in one long-cached chunk. Libraries used only by
              // some screens (forms, validation of user input, the map) stay in those screens' chunks.
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next|zustand)[\\/]/,
            },
            {
              // Small modules of the first screen that lazy chunks share too: left alone, the
              // bundler gives each its own file, four requests where one does. The update a
              // notice applies is here too: a chunk of its own would be one more request.
              name: 'app-core',
              test: /src[\\/]lib[\\/](i18n[\\/]languages|store[\\/](persisted|validate|notices|migrate)|storage[\\/]safe-storage|pwa[\\/]update)\.ts/,
            },
            shared.group,
            {
              // The catalogue without its text, shared by every screen that lists programs, in
              // one chunk of its own whose size the budgets test reads (scripts/lib/budgets.mjs).
              name: 'catalogue-core',
              test: /virtual:catalogue\/core/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole-flow tests click through dozens of screens; a loaded two-core CI machine is slow.
    testTimeout: 20_000,
  },
});
