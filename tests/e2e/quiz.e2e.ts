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

/** The title and each element named: whether it lies wholly in the window, and where if not. */
function placesInWindow(page: Page, selectors: readonly string[]) {
  return page.evaluate((names) => {
    return ['main h1', ...names].map((selector) => {
      const element = document.querySelector(selector);
      if (!element) return `${selector}: missing`;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      const inside =
        top >= 0 && left >= 0 && bottom <= window.innerHeight && right <= window.innerWidth;
      return `${selector}: ${inside ? 'in view' : `out (${Math.round(top)} to ${Math.round(bottom)})`}`;
    });
  }, selectors);
}

const allInView = (selectors: readonly string[]) =>
  ['main h1', ...selectors].map((selector) => `${selector}: in view`);

/** The start screen's main action: the first form's button. */
const START = ['main .start-choice'];
/** A page of items: its first question and the first answer to it. */
const FIRST_ITEM = ['[data-item-id] .scale__legend', '[data-item-id] .scale__option'];

/** Waits for page `n` of the form to show with its heading focused (the reveal is done then). */
async function pageRevealed(page: Page, n: number): Promise<void> {
  await expect.poll(() => pageHeading(page).textContent()).toMatch(new RegExp(` ${n} `));
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.matches('.quiz-status__page')))
    .toBe(true);
}

describe('the questionnaire on a 360 × 640 phone', () => {
  it.each(['ar', 'fr', 'en'])(
    'keeps its title and the next thing to do in view, from the start, in %s',
    async (lang) => {
      await withApp(
        async ({ page, goto, errors }) => {
          await goto(`/quiz?lang=${lang}`);
          await page.waitForLoadState('networkidle');
          expect(await placesInWindow(page, START), 'start').toEqual(allInView(START));

          await page.locator('main .start-choice').first().click();
          await pageRevealed(page, 1);
          expect(await placesInWindow(page, FIRST_ITEM), 'page 1').toEqual(allInView(FIRST_ITEM));

          for (const item of await page.locator('[data-item-id]').all()) {
            await item.locator('input[value="4"]').check();
          }
          await page.locator('form.item-page button[type="submit"]').click();
          await pageRevealed(page, 2);
          expect(await placesInWindow(page, FIRST_ITEM), 'page 2').toEqual(allInView(FIRST_ITEM));
          expect(errors).toEqual([]);
        },
        { viewport: { width: 360, height: 640 } },
      );
    },
  );
});
