import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium against the production build, served under a sub-path.
// Run through `npm run test:e2e`, which builds first and checks that a browser exists.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    // One browser at a time: the machines that run this have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
