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
  '/results?riasec=70,20,10,30,40,60&level=college-3',
  '/results?riasec=50,50,50,55,50,50',
  '/results?code=ABCD',
  '/programs',
  '/programs/example',
  '/centers?town=Tata',
  '/counselor',
  '/embed',
  '/about',
  '/no-such-page',
];

const { withApp } = useChromium();

/** The route with `lang=` added to its query. */
const inLang = (route: string, lang: string) =>
  `${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;

describe.each(LANGS)('every route in $lang, served under /masari/', ({ lang, dir }) => {
  it.each(ROUTES)('%s', async (route) => {
    await withApp(async (app) => {
      await app.goto(inLang(route, lang));
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

/** One route of each screen that is built (not a "coming soon" page). */
const BUILT_SCREENS = [
  '/',
  '/about',
  '/quiz?mode=quick',
  '/results?riasec=70,20,10,30,40,60',
  '/results?riasec=50,50,50,55,50,50',
  '/programs',
  '/programs/developpement-digital',
  '/programs/patron-de-peche',
  '/centers?town=Tata',
  '/counselor',
  '/embed',
];

describe('dark scheme and small screens', () => {
  it.each(BUILT_SCREENS)('%s in Arabic, dark, meets contrast rules', async (route) => {
    await withApp(
      async (app) => {
        await app.goto(inLang(route, 'ar'));
        const violations = await axeViolations(app.page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
      { colorScheme: 'dark' },
    );
  });

  it.each(['ar', 'fr'])('fits a 360 px phone in %s without sideways scrolling', async (lang) => {
    await withApp(
      async (app) => {
        for (const route of BUILT_SCREENS) {
          await app.goto(inLang(route, lang));
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
