// @ts-check
// Draws the app's icons (public/icons/*.png) from its SVG logo in Chromium, for the web app
// manifest: Android asks for PNGs of 192 and 512 px, and a "maskable" one whose logo stays inside
// the safe circle (the inner 80%) whatever shape the launcher cuts. Run by hand when the logo
// changes (`node scripts/make-icons.mjs`); the PNGs are committed.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('../', import.meta.url).pathname;
const logo = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const BRAND = '#0b6651';

/** @type {{ file: string, size: number, maskable: boolean }[]} */
const icons = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-192.png', size: 192, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

const profile = mkdtempSync(join(tmpdir(), 'masari-icons-'));
// A fresh profile of its own (playwright takes it as `userDataDir`, not as a flag).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const { file, size, maskable } of icons) {
    const page = await context.newPage();
    await page.setViewportSize({ width: size, height: size });
    // A maskable icon fills its square with the brand colour; the logo's mark sits in the middle
    // 60%, well inside the safe circle. A plain icon is the logo itself, rounded corners and all.
    const inner = maskable ? Math.round(size * 0.6) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${
        maskable ? BRAND : 'transparent'
      }"><div style="width:${inner}px;height:${inner}px">${logo.replace(
        '<svg ',
        `<svg width="${inner}" height="${inner}" `,
      )}</div></body>`,
    );
    await page.screenshot({
      path: join(root, 'public/icons', file),
      omitBackground: !maskable,
      clip: { x: 0, y: 0, width: size, height: size },
    });
    await page.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`Wrote ${icons.length} icons to public/icons/`);
