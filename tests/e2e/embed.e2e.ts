import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser';

/**
 * A school's page on another origin than the app's, with the one-line snippet: the iframe, its
 * size, its language and sectors, the host's CSS kept out, the result event only when opted in,
 * and forged messages ignored.
 */

const appUrl = inject('baseUrl');
const appOrigin = new URL(appUrl).origin;
const pages = new Map<string, string>();
let host: Server;
let hostUrl = '';
let browser: Browser;

beforeAll(async () => {
  host = createServer((request, response) => {
    const html = pages.get(new URL(request.url ?? '/', 'http://host').pathname);
    if (!html) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(html);
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  expect(hostUrl).not.toBe(appOrigin);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

/** A school's page: hostile styles, text around the snippet, and a record of `masari:result`. */
function schoolPage(path: string, snippetAttributes: string, extra = ''): string {
  const html = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Lycée</title><link rel="icon" href="data:,">
<style>
  * { color: rgb(255, 0, 0) !important; font-family: serif !important; letter-spacing: 3px !important; }
  body { margin: 0 40px; }
</style></head>
<body>
  <p id="before">Orientation au lycée</p>
  <script src="${appUrl}embed.js" ${snippetAttributes} async></script>
  <p id="after">Fin de la page</p>
  <script>
    window.results = [];
    document.addEventListener('masari:result', (event) => window.results.push(event.detail));
  </script>
  ${extra}
</body></html>`;
  pages.set(path, html);
  return `${hostUrl}${path}`;
}

interface Watched {
  page: Page;
  errors: string[];
  foreign: string[];
  close(): Promise<void>;
}

async function open(url: string): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1000, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    const requested = request.url();
    if (
      requested.startsWith('data:') ||
      requested.startsWith('blob:') ||
      requested === 'about:srcdoc'
    )
      return;
    const origin = new URL(requested).origin;
    if (origin !== appOrigin && origin !== hostUrl) foreign.push(requested);
  });
  await page.goto(url);
  return { page, errors, foreign, close: () => context.close() };
}

const iframeHeight = (page: Page) =>
  page.evaluate(
    () =>
      document
        .querySelector<HTMLIFrameElement>('iframe[data-masari-embed]')
        ?.getBoundingClientRect().height ?? 0,
  );

/** The embedded app's frame, once it has rendered its first heading. */
async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('iframe[data-masari-embed]');
  const frame = await element.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.locator('main h1').first().waitFor();
  return frame;
}

describe('Masari embedded in a school’s page on another origin', () => {
  it('appears where the snippet is, in Arabic, sized to its content, without the host’s styles', async () => {
    const school = await open(
      schoolPage('/ar.html', 'data-lang="ar" data-sectors="agri-food" data-min-height="300"'),
    );
    try {
      const { page } = school;
      const frame = await appFrame(page);
      // Right after the snippet, before the rest of the page.
      const placed = await page.evaluate(() => {
        const iframe = document.querySelector('iframe[data-masari-embed]');
        return {
          previous: iframe?.previousElementSibling?.tagName,
          next: iframe?.nextElementSibling?.id,
          title: iframe?.getAttribute('title'),
          loading: iframe?.getAttribute('loading'),
          allow: iframe?.getAttribute('allow'),
        };
      });
      expect(placed).toMatchObject({
        previous: 'SCRIPT',
        next: 'after',
        loading: 'lazy',
        allow: 'geolocation',
      });
      expect(placed.title).toMatch(/مساري/);
      expect(new URL(frame.url()).origin).toBe(appOrigin);
      expect(
        await frame.evaluate(() => {
          const root = document.getElementById('root');
          return {
            dir: root?.dir,
            lang: root?.lang,
            nav: document.querySelectorAll('nav.site-nav').length,
          };
        }),
      ).toEqual({ dir: 'rtl', lang: 'ar', nav: 0 });
      // The host's `* { color: red !important }` stays outside.
      const inside = await frame.evaluate(
        () => getComputedStyle(document.querySelector('main h1')!).color,
      );
      expect(inside).not.toBe('rgb(255, 0, 0)');

      // Sized to its content: taller with the questionnaire, shorter again on a short screen.
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(300);
      const home = await iframeHeight(page);
      const contentHeight = await frame.evaluate(() => document.documentElement.scrollHeight);
      expect(Math.abs(home - contentHeight)).toBeLessThanOrEqual(2);
      // The questionnaire: its start screen, then a page of items, taller; then a short screen.
      await frame.evaluate(() => {
        window.location.hash = '#/quiz';
      });
      await frame.locator('.start-choice').first().waitFor();
      await expect.poll(() => iframeHeight(page)).not.toBe(home);
      const start = await iframeHeight(page);
      await frame.locator('.start-choice').first().click();
      await frame.locator('[data-item-id]').first().waitFor();
      await expect.poll(() => iframeHeight(page)).toBeGreaterThan(start + 200);
      const tall = await iframeHeight(page);
      await frame.evaluate(() => {
        window.location.hash = '#/no-such-page';
      });
      await expect.poll(() => iframeHeight(page)).toBeLessThan(tall - 200);
      const contentNow = await frame.evaluate(() => document.documentElement.scrollHeight);
      expect(Math.abs((await iframeHeight(page)) - contentNow)).toBeLessThanOrEqual(2);

      // The school's sectors come first on the results.
      await frame.evaluate(() => {
        window.location.hash = '#/results?riasec=20,90,15,20,20,85';
      });
      await frame.getByTestId('sector-ranking').waitFor();
      const featured = await frame
        .locator('[data-testid="featured-sectors"] [data-sector-id]')
        .first()
        .getAttribute('data-sector-id');
      expect(featured).toBe('agri-food');

      // Without `data-share-result`, nothing about the user reaches the page.
      await page.waitForTimeout(500);
      expect(
        await page.evaluate(() => (window as unknown as { results: unknown[] }).results),
      ).toEqual([]);
      expect(school.errors).toEqual([]);
      expect(school.foreign).toEqual([]);
    } finally {
      await school.close();
    }
  });

  it('tells the page the share code and first sectors only when the school opts in', async () => {
    const school = await open(schoolPage('/share.html', 'data-lang="fr" data-share-result'));
    try {
      const { page } = school;
      const frame = await appFrame(page);
      await frame.evaluate(() => {
        window.location.hash = '#/results?riasec=20,90,15,20,20,85';
      });
      await frame.getByTestId('sector-ranking').waitFor();
      const code = (await frame.getByTestId('share-code').textContent())?.replace(/-/g, '');
      await expect
        .poll(() =>
          page.evaluate(() => (window as unknown as { results: unknown[] }).results.length),
        )
        .toBeGreaterThan(0);
      const [detail] = await page.evaluate(
        () =>
          (
            window as unknown as {
              results: { code: string; sectors: { id: string; band: string }[] }[];
            }
          ).results,
      );
      expect(Object.keys(detail!).sort()).toEqual(['code', 'sectors']);
      expect(detail!.code).toBe(code);
      expect(detail!.sectors.length).toBeGreaterThan(0);
      expect(detail!.sectors.length).toBeLessThanOrEqual(3);
      expect(detail!.sectors[0]).toEqual({
        id: await frame
          .locator('[data-testid="sector-ranking"] > li')
          .first()
          .getAttribute('data-sector-id'),
        band: await frame
          .locator('[data-testid="sector-ranking"] > li')
          .first()
          .getAttribute('data-band'),
      });
      expect(school.errors).toEqual([]);
      expect(school.foreign).toEqual([]);
    } finally {
      await school.close();
    }
  });

  it('ignores messages from any window but its own frame, and from other origins', async () => {
    const forger = `<iframe id="forger" srcdoc="<script>parent.postMessage({source:'masari',version:1,type:'resize',height:4321},'*')</script>"></iframe>`;
    const school = await open(
      schoolPage('/forged.html', 'data-lang="en" data-share-result', forger),
    );
    try {
      const { page } = school;
      const frame = await appFrame(page);
      // The frame has sized itself to its content before the forgeries.
      await expect
        .poll(async () => {
          const content = await frame.evaluate(() => document.documentElement.scrollHeight);
          return Math.abs((await iframeHeight(page)) - content);
        })
        .toBeLessThanOrEqual(2);
      const before = await iframeHeight(page);
      await page.evaluate(() => {
        const forged = { source: 'masari', version: 1, type: 'resize', height: 4321 };
        window.postMessage(forged, '*');
        window.postMessage(
          { source: 'masari', version: 1, type: 'result', code: '1234567890ABC', sectors: [] },
          '*',
        );
        const sibling = document.getElementById('forger') as HTMLIFrameElement;
        sibling.contentWindow?.postMessage(forged, '*');
      });
      // Let the forged messages arrive, then check that none was taken.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      expect(await iframeHeight(page)).toBe(before);
      expect(await iframeHeight(page)).not.toBe(4321);
      expect(
        await page.evaluate(() => (window as unknown as { results: unknown[] }).results),
      ).toEqual([]);
      expect(school.errors).toEqual([]);
    } finally {
      await school.close();
    }
  });
});
