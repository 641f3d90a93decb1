import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // A relative base lets the built files work from any sub-path of any static host.
  base: './',
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
