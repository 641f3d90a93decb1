import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useChromium } from './support/app-page';

/** The first screen's budget: everything fetched to show the home page, gzip-compressed. */
const FIRST_SCREEN_BUDGET_BYTES = 120_000;

const { withApp } = useChromium();

describe('the first screen', () => {
  it('stays within its byte budget and carries only the active language', async () => {
    await withApp(async (app) => {
      const bodies: { url: string; body: Buffer }[] = [];
      app.page.on('response', (response) => {
        void response.body().then(
          (body) => bodies.push({ url: response.url(), body }),
          () => undefined,
        );
      });
      await app.goto('/?lang=ar');
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
      // Nothing of react-hook-form (its validation modes survive minification as strings).
      expect(text).not.toContain('onTouched');
      // Nothing of zod: the first screen's stores check what they read with small validators.
      expect(text).not.toContain('ZodMini');
      expect(text).not.toContain('$ZodType');
      expect(app.foreignRequests).toEqual([]);
    });
  });
});
