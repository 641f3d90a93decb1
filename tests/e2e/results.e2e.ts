import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, useChromium } from './support/app-page';

const { withApp } = useChromium();

const ids = (selector: string, attribute: string) => (page: Page) =>
  page
    .locator(`${selector} > li`)
    .evaluateAll((items, name) => items.map((item) => item.getAttribute(name)), attribute);
const sectorOrder = ids('[data-testid=sector-ranking]', 'data-sector-id');
const programOrder = ids('[data-testid=program-ranking]', 'data-program-id');

/** Where an element ends, from the top of the page, in CSS pixels. */
const bottomOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

describe('results that read in two screens, on a 360 × 640 phone', () => {
  it.each(['ar', 'fr', 'en'])(
    'in %s: title and profile on the first screen, picture and first sectors within two, the rest on demand',
    async (lang) => {
      await withApp(
        async ({ page, goto, errors }) => {
          await goto(`/results?riasec=70,20,10,30,40,60&lang=${lang}`);
          await page.getByTestId('sector-ranking').waitFor();
          const screenHeight = 640;
          expect(await bottomOf(page, 'main h1')).toBeLessThanOrEqual(screenHeight);
          expect(await bottomOf(page, '[data-testid=profile-code]')).toBeLessThanOrEqual(
            screenHeight,
          );
          expect(await bottomOf(page, 'svg.profile-hexagon')).toBeLessThanOrEqual(2 * screenHeight);
          expect(
            await bottomOf(page, '[data-testid=sector-ranking] > li:nth-child(2)'),
          ).toBeLessThanOrEqual(2 * screenHeight);

          // Every type's name inside the picture, none cut off at the screen's edge.
          const labelsOut = await page.locator('svg.profile-hexagon').evaluate((svg) => {
            const frame = svg.getBoundingClientRect();
            return [...svg.querySelectorAll('text')].filter((label) => {
              const box = label.getBoundingClientRect();
              return box.left < Math.max(0, frame.left) - 1 || box.right > frame.right + 1;
            }).length;
          });
          expect(labelsOut).toBe(0);

          // Five sectors and five programs on screen; the rest one button away.
          const visible = (list: string) =>
            page.locator(`[data-testid=${list}] > li:visible`).count();
          expect(await visible('sector-ranking')).toBe(5);
          expect(await visible('program-ranking')).toBe(5);
          await page.locator('[data-testid=sector-ranking] + button[aria-expanded=false]').click();
          expect(await visible('sector-ranking')).toBe(
            await page.locator('[data-testid=sector-ranking] > li').count(),
          );

          // Program cards use the width of the page: their text is never a half-width column.
          const widths = await page
            .locator('[data-testid=program-ranking] > li:visible')
            .evaluateAll((items) =>
              items.map(
                (item) =>
                  (item.querySelector('.ranking__why')?.getBoundingClientRect().width ?? 0) /
                  item.getBoundingClientRect().width,
              ),
            );
          expect(Math.min(...widths)).toBeGreaterThan(0.75);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        },
        { viewport: { width: 360, height: 640 } },
      );
    },
  );
});

describe('results in a real browser', () => {
  it('print in Arabic: right to left, nothing cut off, code and QR on the page', async () => {
    await withApp(
      async ({ page, goto, errors }) => {
        await goto('/results?riasec=70,20,10,30,40,60&lang=ar');
        await page.getByTestId('share-code').waitFor();
        await page.emulateMedia({ media: 'print' });
        expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('main *')].filter(
            (element) => element.getBoundingClientRect().right > root.clientWidth + 1,
          );
          return { scroll: root.scrollWidth - root.clientWidth, wide: wide.length };
        });
        expect(overflow).toEqual({ scroll: 0, wide: 0 });
        expect(await page.locator('.site-header').isVisible()).toBe(false);
        expect(await page.getByTestId('share-code').isVisible()).toBe(true);
        expect(await page.locator('svg.qr').isVisible()).toBe(true);
        expect(await page.getByText(/طُبع بتاريخ/).isVisible()).toBe(true);
        expect(await page.getByText(/تساعد هذه النتائج على الاستكشاف/).isVisible()).toBe(true);
        // What the screen keeps one button away is on paper: the table, the portrait, the top six.
        expect(await page.locator('.profile-table').isVisible()).toBe(true);
        expect(await page.locator('.portrait').isVisible()).toBe(true);
        expect(await page.locator('[data-testid=sector-ranking] > li:visible').count()).toBe(6);
        expect(await page.locator('[data-testid=program-ranking] > li:visible').count()).toBe(6);
        const pdf = await page.pdf({ format: 'A4' });
        const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        expect(errors).toEqual([]);
      },
      { viewport: { width: 794, height: 1123 } },
    );
  });

  it('a share code opened in another language shows the same ranking', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/results?riasec=25,90,10,25,25,75&lang=fr');
      const code = (await page.getByTestId('share-code').textContent()) ?? '';
      const sectors = await sectorOrder(page);
      const programs = await programOrder(page);
      await goto(`/results?code=${code}&lang=ar`);
      await page.getByTestId('sector-ranking').waitFor();
      expect(await sectorOrder(page)).toEqual(sectors);
      expect(await programOrder(page)).toEqual(programs);
      expect(await page.getByTestId('share-code').textContent()).toBe(code);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('a tampered code gets an alert, not a blank page', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/results?code=1368-1C9T-Z00NX&lang=en');
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('This code cannot be read.');
      expect(errors).toEqual([]);
    });
  });
});
