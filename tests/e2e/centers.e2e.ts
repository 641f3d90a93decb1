import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, useChromium } from './support/app-page';
import { chooseTown } from './support/forms';

const { withApp } = useChromium();

describe('the center finder in a real browser', () => {
  it('with location granted, lists the centers nearest to the position, on the map too', async () => {
    await withApp(
      async ({ page, goto, errors, foreignRequests }) => {
        await goto('/centers?lang=fr');
        await page.getByRole('button', { name: 'Utiliser ma position' }).click();
        await page.getByTestId('center-ranking').waitFor();
        const first = page.locator('[data-testid=center-ranking] > li').first();
        expect(await first.getAttribute('data-center-id')).toBe('center-marrakech');
        expect(Number(await first.getAttribute('data-distance-km'))).toBeLessThan(10);
        expect(new URL(page.url()).hash).toContain('near=31.6300%2C-8.0000');
        // The map's markers are reachable by keyboard and lead to the list.
        const marker = page.getByRole('button', { name: /^1\. / });
        await marker.focus();
        await page.keyboard.press('Enter');
        expect(await first.evaluate((item) => item === document.activeElement)).toBe(true);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(errors).toEqual([]);
        expect(foreignRequests).toEqual([]);
      },
      { geolocation: { latitude: 31.63, longitude: -8.0 }, permissions: ['geolocation'] },
    );
  });

  it('with location denied, a user in Tata types “طاطا” and gets the nearest centers in Arabic', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/centers?lang=ar');
      await page.getByRole('button', { name: 'استعمال موقعي' }).click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('رُفض الوصول إلى الموقع');
      await chooseTown(page, 'المدينة', 'طاطا');
      await page.getByRole('heading', { name: 'أقرب خمسة مراكز إلى طاطا' }).waitFor();
      const items = page.locator('[data-testid=center-ranking] > li');
      expect(await items.count()).toBe(5);
      expect(await items.first().textContent()).toMatch(/على بعد \d+\s?كم/);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.getByTestId('mobile-units').getAttribute('class')).toContain(
        'centers__highlight',
      );
      expect(errors).toEqual([]);
    });
  });
});
