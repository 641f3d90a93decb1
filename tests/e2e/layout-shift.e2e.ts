import { describe, expect, it } from 'vitest';
import { useChromium } from './support/app-page';

const { withApp } = useChromium();

/** Lighthouse's mobile screen: what the benchmarks measure (docs/benchmarks.md). */
const PHONE = { viewport: { width: 412, height: 823 } };

const SCREENS = [
  '/',
  '/quiz',
  '/results?riasec=70,20,10,30,40,60',
  '/programs',
  '/centers',
  '/counselor',
] as const;

/**
 * Nothing on a screen moves once shown (cumulative layout shift at most 0.02, the benchmarks'
 * target): what arrives after the first paint (the screen's code, its strings, the browser's
 * answers about storage) takes room of its own instead of pushing what is already there.
 */
describe('no layout shift while a screen arrives', () => {
  for (const lang of ['ar', 'fr'] as const) {
    it(`every screen in ${lang}`, async () => {
      const shifts: string[] = [];
      for (const route of SCREENS) {
        await withApp(async ({ page, goto }) => {
          await page.addInitScript(() => {
            const record = window as unknown as { layoutShift: number };
            record.layoutShift = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[]) {
                if (!entry.hadRecentInput) record.layoutShift += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
          await goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
          await page.waitForLoadState('networkidle');
          // Answers the browser gives after the page (storage, estimates) have come by now.
          await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
          const shift = await page.evaluate(
            () => (window as unknown as { layoutShift: number }).layoutShift,
          );
          if (shift > 0.02) shifts.push(`${route}: ${shift.toFixed(3)}`);
        }, PHONE);
      }
      expect(shifts).toEqual([]);
    });
  }
});
