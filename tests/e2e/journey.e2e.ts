import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/app-page';
import { launchPersistentProfile, type PersistentProfile } from './support/browser';
import { headerSetting } from './support/forms';

const { withApp } = useChromium();
const PHONE = { viewport: { width: 360, height: 740 } };

/** The main heading once the screen has loaded. */
async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  // Translations of another language may still be on their way: let them land, as a user would.
  await page.waitForLoadState('networkidle');
}

/** Where an element sits in the viewport, and what covers the viewport's edges. */
function box(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const element = document.querySelector(sel);
    if (!element) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, height: rect.height };
  }, selector);
}

const focusedBox = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, tag: element.tagName, text: element.textContent };
  });

describe('a returning user’s links, in one browser profile', () => {
  let profile: PersistentProfile;
  const baseUrl = inject('baseUrl');
  beforeAll(async () => {
    profile = await launchPersistentProfile({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await profile.dispose();
  });

  // Each link names a language other than the one the previous link left saved.
  const LINKS = [
    ['/about', 'fr'],
    ['/results?riasec=70,30,20,25,45,60', 'ar'],
    ['/programs', 'en'],
    ['/centers', 'fr'],
    ['/', 'ar'],
    ['/results?riasec=70,30,20,25,45,60', 'en'],
    ['/programs', 'fr'],
    ['/centers', 'ar'],
    ['/', 'en'],
    ['/results?riasec=20,80,30,40,20,60', 'fr'],
    ['/programs', 'ar'],
    ['/centers', 'en'],
    ['/', 'fr'],
  ] as const;

  it('opens every link in its own language, as a new tab after the last one closed', async () => {
    const opened: string[] = [];
    for (const [route, lang] of LINKS) {
      const page = await profile.context.newPage();
      await page.goto(`${baseUrl}#${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
      await settled(page);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const state = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        // The header's settings button names the language on screen.
        control: document
          .querySelector('.site-header__tools > button [lang]')
          ?.getAttribute('lang'),
        saved: (
          JSON.parse(localStorage.getItem('masari:settings') ?? '{}') as {
            state?: { language?: string };
          }
        ).state?.language,
      }));
      opened.push(`${route} ${lang}: ${JSON.stringify(state)}`);
      expect(state, opened.join('\n')).toEqual({
        lang,
        dir: lang === 'ar' ? 'rtl' : 'ltr',
        control: lang,
        saved: lang,
      });
      await page.close();
    }
  });
});

describe('each new view opens at its top, on a 360 px phone in Arabic', () => {
  it('“Next” opens the questionnaire’s next page at its top, heading focused; Back returns', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/quiz?mode=quick&lang=ar');
      for (let n = 1; n <= 2; n += 1) {
        await page.locator('.quiz-status__page', { hasText: `الصفحة ${n} من 6` }).waitFor();
        for (const item of await page.locator('[data-item-id]').all()) {
          await item.locator('input[value="4"]').check();
        }
        await page.getByRole('button', { name: /التالي/ }).click();
        await page.locator('.quiz-status__page', { hasText: `الصفحة ${n + 1} من 6` }).waitFor();
        // Focus and scroll follow the page turn in an effect: wait for the focus first.
        await expect
          .poll(async () => (await focusedBox(page))?.text)
          .toContain(`الصفحة ${n + 1} من 6`);
        // The page opens at its top: the prompt right below the progress bar, the first item
        // on screen, not the last one.
        const status = await box(page, '.quiz-status');
        const prompt = await box(page, '.item-page__prompt');
        expect(prompt?.top, `page ${n + 1}`).toBeGreaterThanOrEqual((status?.bottom ?? 0) - 1);
        expect(prompt?.top, `page ${n + 1}`).toBeLessThan((status?.bottom ?? 0) + 120);
        const firstItem = await box(page, '[data-item-id]');
        expect(firstItem?.top ?? 999).toBeLessThan(740);
      }
      await page.goBack();
      await page.locator('.quiz-status__page', { hasText: 'الصفحة 2 من 6' }).waitFor();
      expect(new URL(page.url()).hash).toContain('/quiz');
      const status = await box(page, '.quiz-status');
      const prompt = await box(page, '.item-page__prompt');
      expect(prompt?.top).toBeLessThan((status?.bottom ?? 0) + 120);
      expect(errors).toEqual([]);
    }, PHONE);
  });

  it('the progress bar’s height is kept clear when the browser brings a control into view', async () => {
    await withApp(async ({ page, goto }) => {
      await goto('/quiz?mode=quick&lang=ar');
      await page.locator('[data-item-id]').first().waitFor();
      const status = await box(page, '.quiz-status');
      const padding = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      );
      expect(padding).toBeGreaterThanOrEqual(status?.height ?? Infinity);
      // Leaving the questionnaire releases it.
      await goto('/about?lang=ar');
      const after = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      );
      expect(after).toBeLessThan(status?.height ?? 0);
    }, PHONE);
  });
});

describe('sticky bars never cover the focused control', () => {
  it('programs: the compare bar stays small on a phone, and Tab stops above it', async () => {
    await withApp(async ({ page, goto }) => {
      await goto('/programs?lang=ar');
      const boxes = page.locator('.program-result__compare input');
      await boxes.first().waitFor();
      // The choice goes through the address, which React renders as a transition.
      for (let n = 0; n < 3; n += 1) {
        await boxes.nth(n).click();
        await expect.poll(() => boxes.nth(n).isChecked()).toBe(true);
      }
      const bar = await box(page, '.compare-bar');
      expect(bar?.height ?? 999).toBeLessThanOrEqual(96);
      // A fourth pick is refused with a warning in the bar: it still leaves most of the screen.
      await boxes.nth(3).click();
      await page.getByRole('alert').waitFor();
      const warned = await box(page, '.compare-bar');
      expect(warned?.height ?? 999).toBeLessThanOrEqual(200);
      // Tabbing on through the list: each focused box is above the bar.
      await boxes.nth(3).focus();
      let checked = 0;
      for (let presses = 0; presses < 15; presses += 1) {
        await page.keyboard.press('Tab');
        const focused = await focusedBox(page);
        const current = await box(page, '.compare-bar');
        if (!focused || !current) continue;
        const inBar = await page.evaluate(
          () => document.activeElement?.closest('.compare-bar') !== null,
        );
        if (inBar) continue;
        expect(focused.bottom, `press ${presses}: ${focused.text}`).toBeLessThanOrEqual(
          current.top + 1,
        );
        checked += 1;
      }
      // Most presses land on the list's links and boxes, not in the bar.
      expect(checked).toBeGreaterThan(5);
    }, PHONE);
  });
});

describe('no sideways scrolling on a 360 px phone at any text size', () => {
  const SCREENS = [
    '/',
    '/about',
    '/quiz?mode=quick',
    '/results?riasec=70,20,10,30,40,60',
    '/programs',
    '/programs/developpement-digital',
    '/centers?town=Tata',
  ];
  it.each(['standard', 'large', 'larger'])('text size %s', async (size) => {
    await withApp(async (app) => {
      // Chosen once with the control, as a user would; every later page keeps it.
      await app.goto('/?lang=ar');
      await (await headerSetting(app.page, 'حجم النص')).selectOption(size);
      for (const lang of ['ar', 'fr']) {
        for (const route of SCREENS) {
          await app.goto(`${route}${route.includes('?') ? '&' : '?'}lang=${lang}`);
          expect(await app.page.evaluate(() => document.documentElement.dataset.textSize)).toBe(
            size,
          );
          const overflow = await app.page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, `${route} in ${lang}`).toBeLessThanOrEqual(0);
        }
      }
    }, PHONE);
  });
});

describe('the printed results', () => {
  it.each(['fr', 'ar', 'en'])(
    'in %s with a school level: two A4 pages at most, no screen-only button',
    async (lang) => {
      await withApp(
        async ({ page, goto }) => {
          await goto(`/results?riasec=70,20,10,30,40,60&level=bac&lang=${lang}`);
          await page.getByTestId('share-code').waitFor();
          await page.emulateMedia({ media: 'print' });
          expect(await page.locator('.results__closing').isVisible()).toBe(true);
          expect(await page.locator('main button:visible').count()).toBe(0);
          const pdf = await page.pdf({ format: 'A4' });
          const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
          // At least one page found, so the count is read from this PDF, not missed.
          expect(pages).toBeGreaterThanOrEqual(1);
          expect(pages).toBeLessThanOrEqual(2);
        },
        { viewport: { width: 794, height: 1123 } },
      );
    },
  );
});

describe('focus and view after each action, on a 360 px phone in Arabic', () => {
  /** The title is on screen, near the top, and has the focus. */
  async function titleFocusedAtTop(page: Page): Promise<void> {
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.matches('main h1') ?? false))
      .toBe(true);
    const title = await box(page, 'main h1');
    expect(title?.top ?? -1).toBeGreaterThanOrEqual(-1);
    expect(title?.top ?? 999).toBeLessThan(200);
  }

  it('a share code typed at the bottom of the results shows the new results at the top', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/results?riasec=70,30,20,25,45,60&lang=ar');
      const input = page.getByRole('textbox', { name: 'رمز المشاركة (13 حرفًا)' });
      await input.fill('١٣٦٨–1C9T—Z٠٠NC');
      await input.press('Enter');
      await expect.poll(() => page.getByTestId('share-code').textContent()).toBe('1368-1C9T-Z00NC');
      await titleFocusedAtTop(page);
      expect(errors).toEqual([]);
    }, PHONE);
  });

  it('six paper scores typed in show their results at the top', async () => {
    await withApp(async ({ page, goto }) => {
      await goto('/results?lang=ar');
      const boxes = page.locator('.paper-form input[inputmode]');
      const values = ['٩٠', '٣٠', '١٠', '١٥', '٢٠', '٨٥'];
      for (const [index, value] of values.entries()) await boxes.nth(index).fill(value);
      await page.getByRole('button', { name: 'عرض النتائج' }).click();
      await page.getByTestId('sector-ranking').waitFor();
      await titleFocusedAtTop(page);
    }, PHONE);
  });

  it('a town chosen, then the position: the list of centers takes the focus, on screen', async () => {
    await withApp(
      async ({ page, goto }) => {
        await goto('/centers?lang=ar');
        const input = page.getByRole('combobox', { name: 'مدينتك' });
        await input.fill('طنجة');
        await input.press('Enter');
        const heading = page.locator('#centers-nearest');
        await heading.waitFor();
        const focused = () => page.evaluate(() => document.activeElement?.id === 'centers-nearest');
        await expect.poll(focused).toBe(true);
        const first = await box(page, '#centers-nearest');
        expect(first?.top ?? -1).toBeGreaterThanOrEqual(0);
        expect(first?.bottom ?? 999).toBeLessThanOrEqual(740);

        await page.getByRole('button', { name: 'استعمال موقعي' }).click();
        await expect.poll(() => new URL(page.url()).hash).toContain('near=');
        await expect.poll(focused).toBe(true);
        const second = await box(page, '#centers-nearest');
        expect(second?.top ?? -1).toBeGreaterThanOrEqual(0);
        expect(second?.bottom ?? 999).toBeLessThanOrEqual(740);
      },
      {
        ...PHONE,
        geolocation: { latitude: 31.63, longitude: -8.0 },
        permissions: ['geolocation'],
      },
    );
  });
});
