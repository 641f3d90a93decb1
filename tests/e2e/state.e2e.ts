import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';
import { goto, openApp } from './support/app-page';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('state across language switches and reloads', () => {
  it('switching language keeps the route and the settings', async () => {
    const app = await openApp(browser, baseUrl);
    try {
      const { page } = app;
      await goto(page, baseUrl, '/about?lang=en');
      await page.getByLabel('Text size').selectOption('larger');
      await page.getByLabel('Language').selectOption('ar');
      await page.getByRole('heading', { level: 1, name: 'حول مساري' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.getByLabel('حجم النص').inputValue()).toBe('larger');
      expect(new URL(page.url()).hash).toBe('#/about?lang=ar');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('a reload keeps the chosen language and text size', async () => {
    const app = await openApp(browser, baseUrl);
    try {
      const { page } = app;
      await goto(page, baseUrl, '/programs');
      await page.locator('select').first().selectOption('fr');
      await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
      await page.getByLabel('Taille du texte').selectOption('large');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Formations' }).waitFor();
      expect(await page.getByLabel('Taille du texte').inputValue()).toBe('large');
      const fontSize = await page.evaluate(
        () => getComputedStyle(document.documentElement).fontSize,
      );
      expect(fontSize).toBe('18px');
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('storage trouble never gives a blank page', () => {
  it('works when the browser blocks storage, and says so', async () => {
    const app = await openApp(browser, baseUrl, {
      initScript: `Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });`,
    });
    try {
      const { page } = app;
      await goto(page, baseUrl, '/?lang=en');
      await page.getByText('This browser does not let Masari save.').waitFor();
      await page.getByLabel('Language').selectOption('fr');
      await page
        .getByRole('heading', { level: 1, name: 'Trouvez la formation qui vous ressemble' })
        .waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('works when storage is full', async () => {
    const app = await openApp(browser, baseUrl, {
      initScript: `Storage.prototype.setItem = function () {
        throw new DOMException('full', 'QuotaExceededError');
      };`,
    });
    try {
      const { page } = app;
      await goto(page, baseUrl, '/?lang=ar');
      await page.getByLabel('حجم النص').selectOption('large');
      await page.getByText('لا يسمح هذا المتصفح لمساري بالحفظ.').waitFor();
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  it('resets corrupt saved data with a one-time notice', async () => {
    const app = await openApp(browser, baseUrl, {
      initScript: `if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('masari:settings', '{"state": {"language": 42');
      }`,
    });
    try {
      const { page } = app;
      await goto(page, baseUrl, '/?lang=en');
      await page.getByText('Some saved settings could not be read and were reset.').waitFor();
      await page.reload();
      await page.locator('main h1').waitFor();
      expect(await page.getByText('could not be read').count()).toBe(0);
      expect(app.errors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
