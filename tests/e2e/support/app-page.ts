import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AppPage {
  page: Page;
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
  return { page, errors, foreignRequests, close: () => context.close() };
}

/** Navigates to a hash route and waits until its main heading is on screen. */
export async function goto(page: Page, baseUrl: string, route: string): Promise<void> {
  await page.goto(`${baseUrl}#${route}`);
  await page.locator('main h1').first().waitFor();
}

/** Runs axe-core in the page for WCAG 2.x A and AA. */
export async function axeViolations(page: Page): Promise<AxeResults['violations']> {
  await page.addScriptTag({ path: AXE_PATH });
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
