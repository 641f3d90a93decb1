import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type InlineConfig, type LogLevel, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  // A relative base lets the built files work from any sub-path of any static host.
  base: './',
  plugins: [react(), embedLoader()],
  resolve: {
    alias: { '@': src },
  },
  build: {
    target: 'es2022',
    manifest: true,
    sourcemap: false,
    // Every browser the app supports preloads modules natively: no polyfill on the first screen.
    modulePreload: { polyfill: false },
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
