import type { Page } from 'playwright-core';

/**
 * Answers `pages` pages of the questionnaire on screen by clicking: items whose id starts with one
 * of `liked` (type letters, e.g. `'ri'`) get 5, the others 1; then submits each page. Waits for
 * each page's items first: the questionnaire's code may still be on its way.
 */
export async function answerForm(page: Page, liked: string, pages: number): Promise<void> {
  for (let n = 0; n < pages; n += 1) {
    await page.locator('[data-item-id]').first().waitFor();
    const ids = await page
      .locator('[data-item-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
    for (const id of ids) {
      const value = liked.includes(id.charAt(0)) ? 5 : 1;
      await page.locator(`[data-item-id="${id}"] input[value="${value}"]`).check();
    }
    await page.locator('form.item-page button[type="submit"]').click();
  }
}

/**
 * Types `text` into the town box labelled `label` and takes the first town it offers, by
 * keyboard, as a user would.
 */
export async function chooseTown(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.fill(text);
  await page.getByRole('listbox', { name: label }).getByRole('option').first().waitFor();
  await input.press('ArrowDown');
  await input.press('Enter');
}

/**
 * A display setting of the site's header (`label`: "Language", "Text size", "اللغة", …): opens
 * the header's settings if they are closed, and returns the control once its code is in.
 */
export async function headerSetting(page: Page, label: string) {
  const button = page.locator('.site-header__tools > button').first();
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  const control = page.getByLabel(label, { exact: true });
  await control.waitFor();
  return control;
}
