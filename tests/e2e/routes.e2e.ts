import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { axeViolations, describeViolations, goto, openApp } from './support/app-page';

const LANGS = [
  { lang: 'ar', dir: 'rtl' },
  { lang: 'fr', dir: 'ltr' },
  { lang: 'en', dir: 'ltr' },
] as const;

/** Every route of the design's table, plus one that does not exist. */
const ROUTES = [
  '/',
  '/quiz?mode=quick',
  '/results',
  '/results?riasec=70,20,10,30,40,60',
  '/results?code=ABCD',
  '/programs',
  '/programs/example',
  '/centers?town=Tata',
  '/counselor',
  '/about',
  '/no-such-page',
];

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(LANGS)('every route in $lang, served under /masari/', ({ lang, dir }) => {
  it.each(ROUTES)('%s', async (route) => {
    const app = await openApp(browser, baseUrl);
    try {
      const separator = route.includes('?') ? '&' : '?';
      await goto(app.page, baseUrl, `${route}${separator}lang=${lang}`);
      const root = await app.page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
      }));
      expect(root).toMatchObject({ lang, dir });
      expect(root.title).not.toBe('');
      const violations = await axeViolations(app.page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(app.errors).toEqual([]);
      expect(app.foreignRequests).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('dark scheme and small screens', () => {
  it.each(['/', '/about', '/quiz'])('%s in Arabic, dark, meets contrast rules', async (route) => {
    const app = await openApp(browser, baseUrl, { colorScheme: 'dark' });
    try {
      await goto(app.page, baseUrl, `${route}?lang=ar`);
      const violations = await axeViolations(app.page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it.each(['ar', 'fr'])('fits a 360 px phone in %s without sideways scrolling', async (lang) => {
    const app = await openApp(browser, baseUrl, { viewport: { width: 360, height: 740 } });
    try {
      for (const route of ['/', '/about', '/counselor']) {
        await goto(app.page, baseUrl, `${route}?lang=${lang}`);
        const overflow = await app.page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, route).toBeLessThanOrEqual(0);
      }
    } finally {
      await app.close();
    }
  });
});
