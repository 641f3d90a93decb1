import { headerSetting } from './support/forms';
import { describe, expect, it } from 'vitest';
import { useChromium } from './support/app-page';

const { withApp } = useChromium();

describe('state across language switches and reloads', () => {
  it('switching language keeps the route and the settings', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/about?lang=en');
      await (await headerSetting(page, 'Text size')).selectOption('larger');
      await (await headerSetting(page, 'Language')).selectOption('ar');
      await page.getByRole('heading', { level: 1, name: 'حول مساري' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await (await headerSetting(page, 'حجم النص')).inputValue()).toBe('larger');
      expect(new URL(page.url()).hash).toBe('#/about?lang=ar');
      expect(errors).toEqual([]);
    });
  });

  it('a reload keeps the chosen language and text size', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/programs');
      await (await headerSetting(page, 'Language')).selectOption('fr');
      await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
      await (await headerSetting(page, 'Taille du texte')).selectOption('large');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
      expect(await (await headerSetting(page, 'Taille du texte')).inputValue()).toBe('large');
      const fontSize = await page.evaluate(
        () => getComputedStyle(document.documentElement).fontSize,
      );
      expect(fontSize).toBe('18px');
      expect(errors).toEqual([]);
    });
  });
});

describe('storage trouble never gives a blank page', () => {
  it('works when the browser blocks storage, and says so', async () => {
    await withApp(
      async ({ page, goto, errors }) => {
        await goto('/?lang=en');
        await page.getByText('This browser does not let Masari save.').waitFor();
        await (await headerSetting(page, 'Language')).selectOption('fr');
        await page
          .getByRole('heading', { level: 1, name: 'Trouvez la formation qui vous ressemble' })
          .waitFor();
        expect(errors).toEqual([]);
      },
      {
        initScript: `Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
        });`,
      },
    );
  });

  it('works when storage is full', async () => {
    await withApp(
      async ({ page, goto, errors }) => {
        await goto('/?lang=ar');
        await (await headerSetting(page, 'حجم النص')).selectOption('large');
        await page.getByText('لا يسمح هذا المتصفح لمساري بالحفظ.').waitFor();
        expect(errors).toEqual([]);
      },
      {
        initScript: `Storage.prototype.setItem = function () {
          throw new DOMException('full', 'QuotaExceededError');
        };`,
      },
    );
  });

  it('resets corrupt saved data with a one-time notice', async () => {
    await withApp(
      async ({ page, goto, errors }) => {
        await goto('/?lang=en');
        await page
          .getByText(
            'The display settings saved on this device (language and text size) could not be read and were reset to their defaults.',
          )
          .waitFor();
        await page.reload();
        await page.locator('main h1').waitFor();
        expect(await page.getByText('could not be read').count()).toBe(0);
        expect(errors).toEqual([]);
      },
      {
        initScript: `if (!sessionStorage.getItem('seeded')) {
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem('masari:settings', '{"state": {"language": 42');
        }`,
      },
    );
  });
});
