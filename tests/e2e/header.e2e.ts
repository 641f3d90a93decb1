import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, useChromium, type AppPage } from './support/app-page';

const { withApp } = useChromium();

const PHONE = { viewport: { width: 360, height: 640 } };

/** The header's height and the home screen's title and first start button, in the window. */
async function homeLayout(app: AppPage) {
  return app.page.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`${selector} is missing`);
      const { top, bottom } = element.getBoundingClientRect();
      return { top, bottom };
    };
    return {
      header: box('.site-header').bottom,
      title: box('main h1'),
      start: box('main .start-choice'),
      windowHeight: window.innerHeight,
    };
  });
}

describe('the site’s header on a 360 × 640 phone', () => {
  it.each(['ar', 'fr', 'en'])(
    'is one row, and leaves the title and the first start button in view, in %s',
    async (lang) => {
      await withApp(async (app) => {
        await app.goto(`/?lang=${lang}`);
        const layout = await homeLayout(app);
        // One row of 44 px controls, its padding and the zellige band: not the 270 px of before.
        expect(layout.header).toBeLessThanOrEqual(80);
        expect(layout.title.top).toBeGreaterThanOrEqual(layout.header);
        expect(layout.start.bottom).toBeLessThanOrEqual(layout.windowHeight);
        // The navigation waits behind the menu button.
        await expect(app.page.locator('.site-nav__link').first().isVisible()).resolves.toBe(false);
      }, PHONE);
    },
  );

  it('opens the navigation from the menu button, and closes it once a link is followed', async () => {
    await withApp(async (app) => {
      await app.goto('/?lang=ar');
      const menu = app.page.getByRole('button', { name: 'القائمة' });
      await menu.click();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
      const links = app.page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link');
      await expect(links.count()).resolves.toBe(5);
      const violations = await axeViolations(app.page);
      expect(violations, describeViolations(violations)).toEqual([]);

      await links.nth(3).click();
      await app.page.locator('main h1', { hasText: 'مراكز التوجيه' }).waitFor();
      await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(links.first().isVisible()).resolves.toBe(false);
      expect(app.errors).toEqual([]);
    }, PHONE);
  });

  it('reaches language and text size in one tap, by keyboard too, and Escape closes them', async () => {
    await withApp(async (app) => {
      await app.goto('/?lang=ar');
      const settings = app.page.getByRole('button', { name: /العربية/ });
      await settings.focus();
      await app.page.keyboard.press('Enter');
      const language = app.page.getByLabel('اللغة');
      await language.waitFor();
      await expect(app.page.getByLabel('حجم النص').isVisible()).resolves.toBe(true);
      const violations = await axeViolations(app.page);
      expect(violations, describeViolations(violations)).toEqual([]);

      // The controls follow the button in the reading and tab order.
      await app.page.keyboard.press('Tab');
      await expect(
        language.evaluate((element) => element === document.activeElement),
      ).resolves.toBe(true);
      await app.page.keyboard.press('Escape');
      await expect(language.count()).resolves.toBe(0);
      await expect(
        settings.evaluate((element) => element === document.activeElement),
      ).resolves.toBe(true);

      // Switching: the page turns French and the button names the new language.
      await settings.click();
      await app.page.getByLabel('اللغة').selectOption('fr');
      await app.page.locator('main h1', { hasText: 'Trouvez la formation' }).waitFor();
      await expect(app.page.locator('html').getAttribute('dir')).resolves.toBe('ltr');
      await expect(
        app.page.getByRole('button', { name: /Français/ }).getAttribute('aria-expanded'),
      ).resolves.toBe('true');

      // A tap elsewhere closes the panel.
      await app.page.mouse.click(180, 600);
      await expect(app.page.getByLabel('Langue').count()).resolves.toBe(0);
      expect(app.errors).toEqual([]);
    }, PHONE);
  });

  it('shows the navigation in a row and no menu button on a wide screen', async () => {
    await withApp(async (app) => {
      await app.goto('/?lang=fr');
      await expect(app.page.getByRole('button', { name: 'Menu' }).isVisible()).resolves.toBe(false);
      const links = app.page.locator('.site-nav__link');
      const tops = await links.evaluateAll((elements) =>
        elements.map((element) => Math.round(element.getBoundingClientRect().top)),
      );
      expect(new Set(tops).size).toBe(1);
    });
  });
});
