import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// The file itself: the app's catalogue module is made by the build and holds no text of its own.
import sectors from '../../src/data/sectors.json';
import { parseCsv } from '../../src/data/csv';
import { encodeShareCode, formatShareCode } from '../../src/domain/share-code';
import { axeViolations, describeViolations, useChromium } from './support/app-page';
import { answerForm } from './support/forms';

const { withApp } = useChromium();

/** Thirty students' codes, each a different result, with Arabic first names. */
const NAMES = [
  'أمينة',
  'يوسف',
  'سلمى',
  'عمر',
  'خديجة',
  'مهدي',
  'هاجر',
  'أيوب',
  'نور',
  'إلياس',
  'مريم',
  'حمزة',
  'فاطمة الزهراء',
  'أنس',
  'سارة',
  'زكرياء',
  'إيمان',
  'ياسين',
  'هبة',
  'آدم',
  'وئام',
  'بلال',
  'شيماء',
  'رضا',
  'لبنى',
  'عثمان',
  'سكينة',
  'طه',
  'كوثر',
  'ريان',
];
const CODES = NAMES.map((_, index) =>
  encodeShareCode({
    scores: {
      R: (index * 37) % 101,
      I: (index * 53 + 20) % 101,
      A: (index * 29 + 40) % 101,
      S: (index * 71 + 10) % 101,
      E: (index * 17 + 60) % 101,
      C: (index * 43 + 30) % 101,
    },
    schoolLevel: (index % 4) + 1,
  }),
);

async function createSession(page: Page, name: string, labels: { name: string; create: string }) {
  await page.getByLabel(labels.name).fill(name);
  await page.getByRole('button', { name: labels.create }).click();
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

describe('counselor mode in a real browser', () => {
  it('thirty pasted codes: the group, a CSV with its Arabic intact, the reports, and a reload', async () => {
    await withApp(async ({ page, goto, errors, foreignRequests }) => {
      await goto('/counselor?lang=en');
      await createSession(page, 'Class 3B', {
        name: 'Session name',
        create: 'Create the session',
      });
      await page.getByRole('button', { name: 'Paste codes' }).click();
      const lines = NAMES.map((name, index) => `${name}; ${formatShareCode(CODES[index]!)}`);
      await page.getByLabel('Share codes or results links, one per line').fill(lines.join('\n'));
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText('30 participants added.').first().waitFor();

      const rows = page.locator('.participants-table tbody tr');
      await rows.nth(29).waitFor();
      expect(await rows.count()).toBe(30);
      expect(await page.locator('figure').count()).toBe(2);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);

      // The spreadsheet, as downloaded.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the spreadsheet (CSV)' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(
        'masari-Class-3B-' + (await todayIn(page)) + '.csv',
      );
      const bytes = await readFile((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const table = parseCsv(bytes.toString('utf8').slice(1));
      expect(table.errors).toEqual([]);
      expect(table.header[0]).toBe('pseudonym');
      expect(table.records.map((record) => record.fields[0])).toEqual(NAMES);
      expect(table.records.map((record) => record.fields[1])).toEqual(CODES.map(formatShareCode));
      // Sector names in the language of the export, read back intact.
      const named = table.header.indexOf('sector_1_name');
      expect(named).toBeGreaterThan(0);
      const sectorOf = table.header.indexOf('sector_1');
      for (const record of table.records)
        expect(record.fields[named]).toBe(
          sectors.find((sector) => sector.id === record.fields[sectorOf])?.name.en,
        );

      // One report per participant, each on its own printed page.
      await page.getByRole('link', { name: 'Print one report per participant' }).click();
      await page.getByRole('button', { name: 'Print the reports' }).waitFor();
      expect(await page.locator('.report-page').count()).toBe(30);
      await page.emulateMedia({ media: 'print' });
      const breaks = await page
        .locator('.report-page')
        .evaluateAll((pages) => pages.map((element) => getComputedStyle(element).breakAfter));
      expect(breaks.slice(0, -1).every((value) => value === 'page')).toBe(true);
      await page.emulateMedia({ media: 'screen' });

      // The next day, on the same device.
      await page.reload();
      await goto('/counselor?lang=en');
      // Exact: the reports' "Back to the session “Class 3B”" link may still be on screen while
      // the list of sessions arrives.
      const link = page.getByRole('link', { name: 'Class 3B', exact: true });
      expect(await link.locator('xpath=..').textContent()).toContain('30 participants');
      await link.click();
      await rows.nth(29).waitFor();
      expect(await rows.count()).toBe(30);
      expect(await rows.first().locator('th').textContent()).toBe('أمينة');
      expect(errors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    });
  });

  it('a shared device in turn: the second participant sees nothing of the first', async () => {
    await withApp(
      async ({ page, goto, errors }) => {
        await goto('/counselor?lang=ar');
        await createSession(page, 'القسم أ', { name: 'اسم الجلسة', create: 'إنشاء الجلسة' });
        await page.getByRole('button', { name: 'جهاز واحد بالتناوب' }).click();
        await page.getByRole('button', { name: 'بدء التناوب على هذا الجهاز' }).click();

        const turn = async (name: string, likes: string) => {
          await page.getByRole('heading', { level: 1, name: 'دورك' }).waitFor();
          await page.getByLabel('اسمك الشخصي أو اسم مستعار').fill(name);
          await page.getByRole('button', { name: 'البدء' }).click();
          await page.getByRole('heading', { level: 1, name: `استبيان ${name}` }).waitFor();
          await answerForm(page, likes, 6);
          await page.getByRole('heading', { level: 1, name: `نتائج ${name}` }).waitFor();
          await page.getByTestId('sector-ranking').waitFor();
          const code = (await page.locator('.turn bdi.code').first().textContent()) ?? '';
          expect(code).toMatch(/^\S{4}-\S{4}-\S{5}$/);
          await page.getByRole('button', { name: 'المشارك التالي' }).click();
          await page.getByRole('heading', { level: 1, name: 'دورك' }).waitFor();
          return code;
        };

        const firstCode = await turn('سلمى', 'i');
        const body = () => page.locator('main').textContent();
        expect(await body()).not.toContain('سلمى');
        expect(await body()).not.toContain(firstCode);
        expect(await page.getByLabel('اسمك الشخصي أو اسم مستعار').inputValue()).toBe('');

        // Back leads to no one's results: the session stays hidden while the turns go on.
        await page.goBack();
        await page.getByRole('heading', { level: 1, name: 'تناوب جارٍ' }).waitFor();
        expect(await body()).not.toContain('سلمى');
        expect(await body()).not.toContain(firstCode);
        expect(await page.locator('table').count()).toBe(0);
        await page.getByRole('link', { name: 'العودة إلى التناوب' }).click();

        const secondCode = await turn('Omar', 's');
        expect(secondCode).not.toBe(firstCode);
        expect(await body()).not.toContain('Omar');

        // A reload in between shows no one's results either.
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'دورك' }).waitFor();
        expect(await body()).not.toContain('Omar');

        await page.getByRole('button', { name: 'إنهاء التناوب (خاص بالمستشار)' }).click();
        await page.getByRole('dialog').getByRole('button', { name: 'إنهاء التناوب' }).click();
        await page.locator('.participants-table tbody th').nth(1).waitFor();
        const names = await page
          .locator('.participants-table tbody th')
          .evaluateAll((cells) => cells.map((cell) => cell.textContent));
        expect(names).toEqual(['سلمى', 'Omar']);
        const codes = await page
          .locator('.participants-table tbody bdi.code')
          .evaluateAll((cells) => cells.map((cell) => cell.textContent));
        expect(codes).toContain(firstCode);
        expect(codes).toContain(secondCode);
        expect(errors).toEqual([]);
      },
      { viewport: { width: 360, height: 740 } },
    );
  });
});

/** The page's local day as `YYYY-MM-DD`. */
function todayIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
}
