// Counselor mode in the browser, on the production build: how long a session of 300 participants
// takes to show its group (table and charts), to sort, and to draw every report for print, each
// as a ratio to the about page's first render measured in the same run (the machines are shared
// and noisy: absolute times mean little). Skipped, with a note, where no Chromium is found.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from '../tests/e2e/support/browser';
import { serveStatic } from '../tests/e2e/support/static-server';
import { SCHOOL_LEVEL_IDS } from '../src/data/ids';

const PARTICIPANTS = 300;
const RUNS = 3;

/** A deterministic session of 300 participants, as the counselor store saves it. */
function storedSession(): string {
  let seed = 7;
  const next = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const score = () => Math.floor(next() * 101);
  const participants = Array.from({ length: PARTICIPANTS }, (_, i) => {
    const scores = { R: score(), I: score(), A: score(), S: score(), E: score(), C: score() };
    return {
      id: `p${i + 1}`,
      pseudonym: `طالب ${i + 1}`,
      scores,
      source: i % 3 === 0 ? 'full' : 'code',
      schoolLevel: i % 4 === 0 ? null : (SCHOOL_LEVEL_IDS[i % SCHOOL_LEVEL_IDS.length] ?? null),
      addedAt: '2026-11-30T09:00:00.000Z',
    };
  });
  const session = { id: 'bench', name: 'Bench', date: '2026-11-30', notes: '', participants };
  return JSON.stringify({ state: { sessions: [session], turn: null }, version: 1 });
}

/** Milliseconds from navigation until `ready` holds in the page. */
async function timeTo(page: Page, url: string, ready: string): Promise<number> {
  await page.goto('about:blank');
  const start = Date.now();
  await page.goto(url);
  await page.waitForFunction(ready, undefined, { polling: 'raf', timeout: 120_000 });
  return Date.now() - start;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function main() {
  if (!findChromium()) {
    console.log('\nCounselor mode in the browser: SKIPPED (no Chromium found; set CHROMIUM_PATH).');
    return;
  }
  const dist = fileURLToPath(new URL('../dist', import.meta.url));
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const stored = storedSession();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(
      `try { if (!localStorage.getItem('masari:counselor')) localStorage.setItem('masari:counselor', ${JSON.stringify(stored)}); } catch {}`,
    );
    const page = await context.newPage();
    const reference: number[] = [];
    const group: number[] = [];
    const sort: number[] = [];
    const reports: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      reference.push(
        await timeTo(page, `${server.url}#/about?lang=ar`, `document.querySelector('main h1')`),
      );
      group.push(
        await timeTo(
          page,
          `${server.url}#/counselor?session=bench&lang=ar`,
          `document.querySelectorAll('.participants-table tbody tr').length === ${PARTICIPANTS} && document.querySelectorAll('figure').length === 2`,
        ),
      );
      // A string, not a function: the script runner would wrap a function's inner names.
      sort.push(
        await page.evaluate<number>(`(async () => {
          const first = () => document.querySelector('.participants-table tbody th')?.textContent;
          const before = first();
          const start = performance.now();
          // The order of addition, reversed: the first row becomes the last participant.
          document.querySelector('.participants-table .sort-button')?.click();
          for (let frame = 0; first() === before && frame < 6000; frame += 1)
            await new Promise((resolve) => requestAnimationFrame(resolve));
          return performance.now() - start;
        })()`),
      );
      reports.push(
        await timeTo(
          page,
          `${server.url}#/counselor?session=bench&view=reports&lang=ar`,
          `document.querySelectorAll('.report-page').length === ${PARTICIPANTS}`,
        ),
      );
    }
    const ref = median(reference);
    if (process.env.BENCH_ABSOLUTE)
      console.log({ ref, group: median(group), sort: median(sort), reports: median(reports) });
    const ratio = (values: number[]) => (median(values) / ref).toFixed(1);
    console.log(
      `\nCounselor mode in Chromium, ${PARTICIPANTS} participants (medians of ${RUNS} runs,`,
    );
    console.log(`as a ratio to the about page's first render in the same run):`);
    console.log(`  session opened, table and charts drawn: ${ratio(group)}× the reference`);
    console.log(`  re-sorted (order of addition reversed): ${ratio(sort)}× the reference`);
    console.log(`  every report drawn for print: ${ratio(reports)}× the reference`);
    console.log(
      `  stored: ${(stored.length / 1000).toFixed(1)} thousand characters of the about 5 million a browser's localStorage holds per site`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
