// @ts-check
// Runs the end-to-end tests: builds the app, then drives the system's Chromium against it.
// Without a Chromium, it skips loudly on a developer's machine and fails in CI (CI=true).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const chromium = candidates.find((path) => path && existsSync(path));
const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!chromium) {
  const banner = '!'.repeat(78);
  const lines = [
    banner,
    'E2E TESTS NOT RUN: no Chromium found (looked for $CHROMIUM_PATH, /usr/bin/chromium,',
    '/usr/bin/chromium-browser). Install it with: sudo apt-get install -y chromium',
    inCI
      ? 'CI=true: a missing browser fails the run.'
      : 'Unit and integration tests ran; e2e did not.',
    banner,
  ];
  console.error(lines.join('\n'));
  process.exit(inCI ? 1 : 0);
}

/** @param {string[]} args */
function run(args) {
  const result = spawnSync('npx', args, {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(['vite', 'build', '--logLevel', 'warn']);
run(['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
