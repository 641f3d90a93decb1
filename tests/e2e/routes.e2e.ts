import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, useChromium } from './support/app-page';

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

const { withApp } = useChromium();

describe.each(LANGS)('every route in $lang, served under /masari/', ({ lang, dir }) => {
  it.each(ROUTES)('%s', async (route) => {
    await withApp(async (app) => {
      const separator = route.includes('?') ? '&' : '?';
      await app.goto(`${route}${separator}lang=${lang}`);
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
    });
  });
});

describe('dark scheme and small screens', () => {
  it.each([
    '/',
    '/about',
    '/quiz?mode=quick',
    '/results?riasec=70,20,10,30,40,60',
    '/programs',
    '/programs/developpement-digital',
    '/centers?town=Tata',
  ])('%s in Arabic, dark, meets contrast rules', async (route) => {
    await withApp(
      async (app) => {
        await app.goto(`${route}${route.includes('?') ? '&' : '?'}lang=ar`);
        const violations = await axeViolations(app.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      { colorScheme: 'dark' },
    );
  });

  it.each(['ar', 'fr'])('fits a 360 px phone in %s without sideways scrolling', async (lang) => {
    await withApp(
      async (app) => {
        for (const route of [
          '/',
          '/about',
          '/quiz?mode=quick',
          '/results?riasec=70,20,10,30,40,60',
          '/programs',
          '/programs/developpement-digital',
          '/centers?town=Tata',
        ]) {
          await app.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
          const overflow = await app.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, route).toBeLessThanOrEqual(0);
        }
      },
      { viewport: { width: 360, height: 740 } },
    );
  });
});
