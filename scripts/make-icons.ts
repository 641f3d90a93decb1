// Draws the app's icons (public/icons/*.png) from its SVG logo in Chromium, for the web app
// manifest: Android asks for PNGs of 192 and 512 px, and a "maskable" one whose logo stays inside
// the safe circle (the inner 80%) whatever shape the launcher cuts. Run by hand when the logo
// changes (`npx tsx scripts/make-icons.ts`); the PNGs are committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchPersistentProfile } from '../tests/e2e/support/browser';

const root = join(import.meta.dirname, '..');
const logo = readFileSync(join(root, 'public/favicon.svg'), 'utf8');
const BRAND = '#0b6651';

const icons: { file: string; size: number; maskable: boolean }[] = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-192.png', size: 192, maskable: true },
  { file: 'maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

// The system's Chromium on a fresh profile, with the project's flags (tests/e2e/support).
const { context, dispose } = await launchPersistentProfile();
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
  await dispose();
}
console.log(`Wrote ${icons.length} icons to public/icons/`);
