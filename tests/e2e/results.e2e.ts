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
