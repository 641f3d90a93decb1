import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, launchPersistentProfile } from './support/browser';
import { answerForm, chooseTown } from './support/forms';
import { CSP_HEADERS, serveStatic, type StaticServer } from './support/static-server';

const baseUrl = inject('baseUrl');
const PHONE = { width: 360, height: 740 };

const OFFLINE_READY = {
  ar: 'حُفظ مساري على هذا الجهاز',
  fr: 'Masari est maintenant enregistré sur cet appareil',
  en: 'Masari is now saved on this device',
} as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
});

interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh profile that lets the service worker run, watched for errors in every tab. */
async function openContext(viewport = PHONE): Promise<Watched> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' });
  const errors: string[] = [];
  context.on('page', (page) => {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  });
  const page = await context.newPage();
  return { context, page, errors };
}

/**
 * The first visit: the page loads, the worker installs and precaches the build, and the user is
 * told that Masari now works offline.
 */
async function firstVisit(page: Page, url: string, lang: keyof typeof OFFLINE_READY) {
  await page.goto(url);
  await page.locator('main h1').first().waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.getByText(OFFLINE_READY[lang]).waitFor();
}

describe('offline, after one visit', () => {
  it('in Arabic: the network cut, a reload, the quick form, results and the centers near a typed town', async () => {
    const { context, page, errors } = await openContext();
    try {
      await firstVisit(page, `${baseUrl}#/?lang=ar`, 'ar');
      await context.setOffline(true);
      await page.reload();
      await page.locator('main h1').first().waitFor();
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

      await page.goto(`${baseUrl}#/quiz?mode=quick&lang=ar`);
      await answerForm(page, 'ri', 6);
      await page.getByRole('heading', { name: 'قليل من المعلومات عنك' }).waitFor();
      await page.locator('form button[type="submit"]').last().click();
      await page.getByTestId('sector-ranking').waitFor();
      expect(await page.getByTestId('profile-code').textContent()).toBe('R/I');
      expect(await page.locator('[data-testid=program-ranking] > li').count()).toBeGreaterThan(0);

      await page.goto(`${baseUrl}#/centers?lang=ar`);
      await chooseTown(page, 'مدينتك', 'طاطا');
      await page.getByRole('heading', { name: 'أقرب خمسة مراكز إلى طاطا' }).waitFor();
      expect(await page.locator('[data-testid=center-ranking] > li').count()).toBe(5);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Every screen of the design's route table, and the app as a school's page embeds it.
  const ROUTES = [
    ['/', 'main h1'],
    ['/quiz', 'main h1'],
    ['/results?riasec=70,20,10,30,40,60', '[data-testid=sector-ranking] > li'],
    ['/programs', 'main h1'],
    ['/programs/developpement-digital', 'main h1'],
    ['/centers?town=tata', '[data-testid=center-ranking] > li'],
    ['/counselor', 'main h1'],
    ['/embed', 'main h1'],
    ['/about', 'main h1'],
  ] as const;

  it('every screen, in each of the three languages, and in embed mode', async () => {
    const { context, page, errors } = await openContext();
    try {
      await firstVisit(page, `${baseUrl}#/?lang=fr`, 'fr');
      await context.setOffline(true);
      const failures: string[] = [];
      for (const lang of ['ar', 'fr', 'en'] as const) {
        // A new tab for each language: its first load comes from the worker, not from memory.
        const tab = await context.newPage();
        for (const [route, ready] of ROUTES) {
          const url = `${baseUrl}#${route}${route.includes('?') ? '&' : '?'}lang=${lang}`;
          await tab.goto(url);
          try {
            await tab.locator(ready).first().waitFor({ timeout: 15_000 });
            await expect.poll(() => tab.evaluate(() => document.documentElement.lang)).toBe(lang);
          } catch {
            failures.push(`${route} in ${lang}`);
          }
        }
        await tab.goto(`${baseUrl}?embed=1&lang=${lang}#/`);
        await tab.locator('main h1').first().waitFor();
        expect(await tab.locator('#root').getAttribute('lang')).toBe(lang);
        await tab.close();
      }
      expect(failures).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('says so in a small bar that leaves the end of the page in reach, on a 360 × 640 phone', async () => {
    const { context, page, errors } = await openContext({ width: 360, height: 640 });
    try {
      await firstVisit(page, `${baseUrl}#/?lang=ar`, 'ar');
      const notice = page.locator('.notices--floating');
      const height = (await notice.boundingBox())?.height ?? Infinity;
      expect(height).toBeLessThanOrEqual(640 / 5);

      // Scrolled to the bottom, the footer's last link shows above the bar, where a tap reaches it.
      const lastLink = page.locator('.site-footer a').last();
      const covered = () =>
        lastLink.evaluate((link) => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          const { left, top, width, height: tall } = link.getBoundingClientRect();
          const hit = document.elementFromPoint(left + width / 2, top + tall / 2);
          return hit?.closest('a') !== link;
        });
      expect(await covered()).toBe(false);

      // Dismissed, the bar takes its room with it.
      const withNotice = await page.evaluate(() => document.documentElement.scrollHeight);
      await notice.getByRole('button', { name: 'إغلاق' }).click();
      await notice.waitFor({ state: 'detached' });
      const without = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(withNotice - without).toBeGreaterThanOrEqual(height);
      expect(await covered()).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is installable, and opens offline on a deep link to a program', async () => {
    // Installing needs a profile on disk: a browser never offers it in a private window.
    const profile = await launchPersistentProfile({ viewport: PHONE, serviceWorkers: 'allow' });
    const { context } = profile;
    const errors: string[] = [];
    context.on('page', (tab) => tab.on('pageerror', (error) => errors.push(error.message)));
    const page = await context.newPage();
    try {
      await firstVisit(page, `${baseUrl}#/?lang=ar`, 'ar');
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
      const manifest = (await page.evaluate(async () => {
        const link = document.querySelector<HTMLLinkElement>('link[rel=manifest]');
        return link ? ((await (await fetch(link.href)).json()) as unknown) : null;
      })) as { lang: string; dir: string; icons: { purpose?: string }[] } | null;
      expect(manifest).toMatchObject({ lang: 'ar', dir: 'rtl' });
      expect(manifest?.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);

      await context.setOffline(true);
      const app = await context.newPage();
      await app.goto(`${baseUrl}#/programs/developpement-digital?lang=ar`);
      await app.getByRole('heading', { level: 1, name: 'التطوير الرقمي' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await profile.dispose();
    }
  });
});

describe('a new version', () => {
  const dirs: string[] = [];
  let current = '';
  let server: StaticServer;

  /**
   * A copy of the build that differs from it as a new release would: its home page carries a
   * marker, and its worker's precache list says so (the file's revision), so the browser installs
   * a new worker that waits for the user's go.
   */
  function newRelease(): string {
    const dir = mkdtempSync(join(tmpdir(), 'masari-release-'));
    dirs.push(dir);
    cpSync(resolve('dist'), dir, { recursive: true });
    const html = readFileSync(join(dir, 'index.html'), 'utf8').replace(
      '<head>',
      '<head>\n    <meta name="masari-release" content="next" />',
    );
    writeFileSync(join(dir, 'index.html'), html);
    const revision = createHash('md5').update(html).digest('hex');
    const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
    const updated = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
    expect(updated).not.toBe(sw);
    writeFileSync(join(dir, 'sw.js'), updated);
    return dir;
  }

  beforeAll(async () => {
    current = resolve('dist');
    server = await serveStatic(() => current, '/masari/', CSP_HEADERS);
  });
  afterAll(async () => {
    await server.close();
    dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  it('is offered, and applying it keeps the answers and the counselor’s sessions', async () => {
    const { context, page, errors } = await openContext();
    try {
      await firstVisit(page, `${server.url}#/counselor?lang=en`, 'en');
      await page.getByLabel('Session name').fill('Class 3B');
      await page.getByRole('button', { name: 'Create the session' }).click();
      await page.getByRole('heading', { level: 2, name: 'Class 3B' }).waitFor();
      await page.goto(`${server.url}#/quiz?mode=quick&lang=en`);
      await page.locator('[data-item-id]').first().waitFor();
      const ids = await page
        .locator('[data-item-id]')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id') ?? ''));
      for (const id of ids) await page.locator(`[data-item-id="${id}"] input[value="4"]`).check();
      await page.locator('form.item-page button[type="submit"]').click();
      await page.locator('.quiz-status__page', { hasText: 'Page 2 of 6' }).waitFor();

      current = newRelease();
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration?.update();
      });
      await page.getByText('A new version of Masari is ready.').waitFor();
      expect(await page.locator('meta[name=masari-release]').count()).toBe(0);
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: 'Update now' }).click(),
      ]);
      await page.locator('main h1').first().waitFor();
      expect(await page.locator('meta[name=masari-release]').count()).toBe(1);
      // The questionnaire resumes on its second page, with the first page's answers.
      await page.locator('.quiz-status__page', { hasText: 'Page 2 of 6' }).waitFor();
      await page.goto(`${server.url}#/counselor?lang=en`);
      await page.getByText('Class 3B').first().waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
