import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { goto, openApp } from './support/app-page';

/** The first screen's budget: everything fetched to show the home page, gzip-compressed. */
const FIRST_SCREEN_BUDGET_BYTES = 120_000;

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the first screen', () => {
  it('stays within its byte budget and carries only the active language', async () => {
    const app = await openApp(browser, baseUrl);
    try {
      const bodies: { url: string; body: Buffer }[] = [];
      app.page.on('response', (response) => {
        void response.body().then(
          (body) => bodies.push({ url: response.url(), body }),
          () => undefined,
        );
      });
      await goto(app.page, baseUrl, '/?lang=ar');
      await app.page.waitForLoadState('networkidle');

      const gzipped = bodies.reduce(
        (sum, { body }) => sum + gzipSync(body, { level: 9 }).length,
        0,
      );
      expect(gzipped).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_BYTES);

      const text = bodies.map(({ body }) => body.toString('utf8')).join('\n');
      expect(text).toContain('إعدادات العرض');
      expect(text).not.toContain("Réglages d'affichage");
      expect(text).not.toContain('Display settings');
      // Nothing from react-hook-form's form state machine on the first screen.
      expect(text).not.toContain('useFormContext');
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
