import type { Page } from 'playwright-core';
import { headerSetting } from './support/forms';
import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, useChromium } from './support/app-page';

const { withApp } = useChromium();

/**
 * Answers the current page with the keyboard only: Tab into each item's radio group, press a digit.
 * Investigative and Conventional items get 5, the others 1.
 */
async function answerPageByKeyboard(page: Page): Promise<void> {
  const ids = await page
    .locator('[data-item-id]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
  for (const id of ids) {
    // Move focus with Tab until it lands in this item's group.
    for (let presses = 0; presses < 12; presses += 1) {
      const inItem = await page.evaluate(
        (itemId) =>
          document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ===
          itemId,
        id,
      );
      if (inItem) break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press(id.startsWith('i') || id.startsWith('c') ? '5' : '1');
  }
}

/** Tabs to the form's submit button and presses Enter. */
async function submitByKeyboard(page: Page): Promise<void> {
  for (let presses = 0; presses < 10; presses += 1) {
    const onSubmit = await page.evaluate(
      () => (document.activeElement as HTMLButtonElement | null)?.type === 'submit',
    );
    if (onSubmit) break;
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

const pageHeading = (page: Page) => page.locator('.quiz-status__page');

describe('the questionnaire in a real browser', () => {
  it('can be finished by keyboard only, in Arabic, and leads to results', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/quiz?mode=quick&lang=ar');
      for (let n = 1; n <= 6; n += 1) {
        await expect.poll(() => pageHeading(page).textContent()).toContain(`الصفحة ${n} من 6`);
        await answerPageByKeyboard(page);
        await submitByKeyboard(page);
      }
      await page.getByRole('heading', { name: 'قليل من المعلومات عنك' }).waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown'); // primary → college-1, by keyboard
      await submitByKeyboard(page);
      await page.getByTestId('sector-ranking').waitFor();
      // Investigative and Conventional answered "strongly like", the rest "strongly dislike".
      expect(await page.getByTestId('profile-code').textContent()).toBe('I/C');
      // 1re année collège opens only Spécialisation programs: the sectors are ranked on those,
      // and digital-ai, which has none, is listed apart.
      const ranked = await page
        .locator('[data-testid=sector-ranking] > li')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-sector-id')));
      expect(ranked.length).toBeGreaterThan(0);
      expect(ranked).not.toContain('digital-ai');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('a reload halfway continues where the user stopped, with the answers', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/quiz?mode=quick&lang=fr');
      for (let n = 1; n <= 2; n += 1) {
        await expect.poll(() => pageHeading(page).textContent()).toContain(`Page ${n} sur 6`);
        await answerPageByKeyboard(page);
        await submitByKeyboard(page);
      }
      await expect.poll(() => pageHeading(page).textContent()).toContain('Page 3 sur 6');
      await page.locator('[data-item-id] input[value="4"]').first().check();
      await page.reload();
      await expect.poll(() => pageHeading(page).textContent()).toContain('Page 3 sur 6');
      expect(await page.locator('[data-item-id] input[value="4"]').first().isChecked()).toBe(true);
      await goto('/?lang=fr');
      await page
        .getByText('Vous avez répondu à 11 activités sur 30 du questionnaire rapide.')
        .waitFor();
      expect(errors).toEqual([]);
    });
  });

  it('switching language halfway keeps the answers and the page', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/quiz?mode=quick&lang=en');
      await answerPageByKeyboard(page);
      await submitByKeyboard(page);
      await expect.poll(() => pageHeading(page).textContent()).toContain('Page 2 of 6');
      await (await headerSetting(page, 'Language')).selectOption('ar');
      await expect.poll(() => pageHeading(page).textContent()).toContain('الصفحة 2 من 6');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      await page.getByRole('button', { name: /السابق/ }).click();
      await expect.poll(() => pageHeading(page).textContent()).toContain('الصفحة 1 من 6');
      expect(await page.locator('[data-item-id] input:checked').count()).toBe(5);
      expect(errors).toEqual([]);
    });
  });

  it('prints the paper questionnaire with its self-scoring grid', async () => {
    await withApp(async ({ page, goto, errors }) => {
      await goto('/quiz?view=paper&lang=ar');
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.paper__items tbody tr').count()).toBe(60);
      expect(await page.locator('.paper__grid tbody tr').count()).toBe(6);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'طباعة' }).isVisible()).toBe(false);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  });
});
