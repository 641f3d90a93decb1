import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Where Debian (and most Linux distributions) put Chromium; `CHROMIUM_PATH` overrides. */
export const CHROMIUM_CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
].filter((path): path is string => Boolean(path));

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * Launches the system's Chromium headless with no background networking. Playwright gives every
 * launch a fresh temporary profile (its own `--user-data-dir`), so no state leaks between runs.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** The flags every Chromium of the project runs with: headless, and no network of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function chromiumPath(): string {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found (set CHROMIUM_PATH).');
  return executablePath;
}

/** A browser profile on disk that outlives its tabs, as a returning user's browser does. */
export interface PersistentProfile {
  context: BrowserContext;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

/**
 * Launches the system's Chromium on a new profile directory kept for the whole calling test, so
 * that storage written by one tab is read by the next, unlike the fresh context of each
 * `withApp`.
 */
export async function launchPersistentProfile(
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<PersistentProfile> {
  const dir = mkdtempSync(join(tmpdir(), 'masari-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    // As in `openApp`: only the offline tests let the service worker run.
    serviceWorkers: 'block',
    ...options,
  });
  return {
    context,
    async dispose() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
