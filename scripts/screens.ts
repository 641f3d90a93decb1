// `npm run screens`: the screen gallery, for review before a change lands. Serves the build in
// `dist/` (the npm script builds it first) and writes a full-page screenshot of every screen, in
// Arabic, French and English, at 360 px (a small phone) and 1280 px (a laptop), with Debian's
// Chromium, into `screens/`, with an `index.html` that shows them side by side.
// Any console error or uncaught exception on a screen is listed at the end and fails the run.
//
//   npx tsx scripts/screens.ts [--only home,results] [--out dir] [--dist dir]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from '../tests/e2e/support/browser';
import { answerForm } from '../tests/e2e/support/forms';
import { serveStatic } from '../tests/e2e/support/static-server';

const root = resolve(import.meta.dirname, '..');

interface Screen {
  id: string;
  /** The hash route, without `lang=`. */
  route: string;
  /** What a user does on the screen before it is taken, if anything. */
  act?(page: Page): Promise<void>;
}

const SCREENS: Screen[] = [
  { id: 'home', route: '/' },
  {
    id: 'home-settings',
    route: '/',
    act: async (page) => {
      await page.locator('.site-header__tools > button').first().click();
      await page.locator('.settings-panel select').first().waitFor();
    },
  },
  {
    id: 'home-menu',
    route: '/',
    act: async (page) => {
      const menu = page.locator('.site-header__menu-button');
      if (await menu.isVisible()) await menu.click();
    },
  },
  { id: 'quiz', route: '/quiz?mode=quick' },
  {
    id: 'quiz-context',
    route: '/quiz?mode=quick',
    act: async (page) => {
      await answerForm(page, 'ri', 6);
      await page.locator('main h2, main h1').last().waitFor();
    },
  },
  { id: 'results', route: '/results?riasec=70,20,10,30,40,60' },
  { id: 'results-unclear', route: '/results?riasec=50,50,50,55,50,50' },
  { id: 'results-none', route: '/results' },
  { id: 'programs', route: '/programs' },
  { id: 'program', route: '/programs/developpement-digital' },
  { id: 'centers', route: '/centers' },
  { id: 'centers-town', route: '/centers?town=Tata' },
  { id: 'counselor', route: '/counselor' },
  { id: 'embed', route: '/embed' },
  { id: 'about', route: '/about' },
  { id: 'not-found', route: '/no-such-page' },
];

const LANGS = ['ar', 'fr', 'en'] as const;
const WIDTHS = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
] as const;

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: 'screens' },
    dist: { type: 'string', default: 'dist' },
  },
});
const only = values.only?.split(',');
const screens = only ? SCREENS.filter((screen) => only.includes(screen.id)) : SCREENS;
const out = resolve(root, values.out);

if (!findChromium()) {
  console.error('No Chromium found: install it with `apt-get install -y chromium`.');
  process.exit(1);
}

rmSync(out, { recursive: true, force: true });
const server = await serveStatic(resolve(root, values.dist));
const browser = await launchChromium();
const problems: string[] = [];
let count = 0;

try {
  for (const lang of LANGS) {
    for (const size of WIDTHS) {
      mkdirSync(join(out, lang, String(size.width)), { recursive: true });
      for (const screen of screens) {
        // A fresh context per screen: empty storage, as a first visit; no service worker, so
        // that its "saved for offline use" notice does not cover the screen's bottom.
        const context = await browser.newContext({
          viewport: size,
          serviceWorkers: 'block',
          reducedMotion: 'reduce',
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        const separator = screen.route.includes('?') ? '&' : '?';
        await page.goto(`${server.url}#${screen.route}${separator}lang=${lang}`);
        await page.locator('main h1').first().waitFor();
        await screen.act?.(page);
        // Lazily loaded parts (the footer's strings, a map, a late heading) settle.
        await page.waitForLoadState('networkidle');
        await page.evaluate(() => document.fonts.ready);
        const file = join(out, lang, String(size.width), `${screen.id}.png`);
        await page.screenshot({ path: file, fullPage: true });
        count += 1;
        for (const error of errors) problems.push(`${screen.id} ${lang} ${size.width}: ${error}`);
        await context.close();
      }
      console.log(`${lang} at ${size.width} px: ${screens.length} screens`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** The gallery: one row per screen, one column per language and width. */
const columns = LANGS.flatMap((lang) => WIDTHS.map(({ width }) => ({ lang, width })));
const rows = screens
  .map(
    (screen) =>
      `<tr><th scope="row">${screen.id}<br><code>${screen.route}</code></th>${columns
        .map(
          ({ lang, width }) =>
            `<td><a href="${lang}/${width}/${screen.id}.png"><img loading="lazy" alt="${screen.id}, ${lang}, ${width} px" src="${lang}/${width}/${screen.id}.png" width="${width === 360 ? 180 : 320}"></a></td>`,
        )
        .join('')}</tr>`,
  )
  .join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Masari: screen gallery</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}
th,td{border:1px solid #ccc;padding:.5rem;vertical-align:top}td img{display:block;height:auto}
thead th{position:sticky;top:0;background:#fff}</style></head>
<body><h1>Masari: screen gallery</h1>
<p>${count} screenshots, full page, first visit. Click one to open it at full size.</p>
<table><thead><tr><th></th>${columns.map(({ lang, width }) => `<th scope="col">${lang} ${width} px</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`,
);

console.log(`\n${count} screenshots in ${values.out}/ (open ${values.out}/index.html).`);
if (problems.length > 0) {
  console.error(`\nConsole errors:\n${problems.join('\n')}`);
  process.exit(1);
}
