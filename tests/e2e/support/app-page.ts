import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from './browser';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AppPage {
  page: Page;
  /** The served build's address (`http://127.0.0.1:port/masari/`). */
  baseUrl: string;
  /** Navigates to a hash route (e.g. `/about?lang=ar`) and waits for its main heading. */
  goto(route: string): Promise<void>;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Requests that left the app's origin (other than data: and blob: URLs). */
  foreignRequests: string[];
  close(): Promise<void>;
}

export interface OpenOptions extends BrowserContextOptions {
  /** Script run in the page before the app (e.g. to block or corrupt storage). */
  initScript?: string;
}

/** Opens a fresh browser context (empty storage) and watches it for errors and foreign requests. */
export async function openApp(
  browser: Browser,
  baseUrl: string,
  { initScript, ...contextOptions }: OpenOptions = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    // The service worker precaches the whole build after the first screen: it is tested on its
    // own (offline.e2e.ts), and kept out of the other tests' request and byte counts.
    serviceWorkers: 'block',
    ...contextOptions,
  });
  if (initScript) await context.addInitScript({ content: initScript });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return {
    page,
    baseUrl,
    errors,
    foreignRequests,
    goto: async (route) => {
      await page.goto(`${baseUrl}#${route}`);
      await page.locator('main h1').first().waitFor();
    },
    close: () => context.close(),
  };
}

/**
 * Starts one Chromium for the calling test file and returns `withApp`, which runs a test body in
 * a fresh context (empty storage) against the served build, and always closes the context.
 */
export function useChromium(): {
  withApp(run: (app: AppPage) => Promise<void>, options?: OpenOptions): Promise<void>;
} {
  const baseUrl = inject('baseUrl');
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async withApp(run, options) {
      if (!browser) throw new Error('Chromium did not start');
      const app = await openApp(browser, baseUrl, options);
      try {
        await run(app);
      } finally {
        await app.close();
      }
    },
  };
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page for WCAG 2.x A and AA. Its code is evaluated through the browser's
 * debugging protocol, not added as a `<script>`: the app's policy (CSP) refuses inline scripts.
 */
export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  axeSource ??= readFileSync(AXE_PATH, 'utf8');
  await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as {
      axe: { run(context: Document, options: RunOptions): Promise<AxeResults> };
    };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations;
  }, WCAG_AA_TAGS);
}

/** A readable summary of axe violations for an assertion message. */
export function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}
