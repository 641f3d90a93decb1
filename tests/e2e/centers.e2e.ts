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
        // The map is one image, named for what it shows: the list alone is announced and tabbed.
        const map = page.getByRole('img', { name: /position/ });
        await map.waitFor();
        expect(await map.locator('[tabindex], a, button').count()).toBe(0);
        // Its labels, as Chromium draws them, never cover one another (1 px of antialiasing aside).
        const overlapping = await map.evaluate((svg) => {
          const boxes = [...svg.querySelectorAll('text')].map((text) => {
            const box = (text as SVGTextElement).getBBox();
            return { text: text.textContent, box };
          });
          const px =
            svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          const slack = 1 / px;
          return boxes.flatMap(({ text, box: a }, i) =>
            boxes
              .slice(i + 1)
              .filter(
                ({ box: b }) =>
                  a.x + slack < b.x + b.width &&
                  b.x + slack < a.x + a.width &&
                  a.y + slack < b.y + b.height &&
                  b.y + slack < a.y + a.height,
              )
              .map((other) => `${text} / ${other.text}`),
          );
        });
        expect(overlapping).toEqual([]);
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
      await chooseTown(page, 'مدينتك', 'طاطا');
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
