// @ts-check
// `npm run bench`: builds the app and reports what each first screen costs, gzip-compressed,
// measures every screen with Lighthouse beside the floor app and times the domain (both written
// into docs/benchmarks.md), then simulates the precision of the scores
// (scripts/simulate-precision.ts).
// Sizes are exact (the same build gives the same bytes); domain timings are medians of repeated
// runs, reported and never asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFloor, formatBudgets, measureBudgets } from './lib/budgets.mjs';

const dist = new URL('../dist/', import.meta.url).pathname;
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// The byte budgets, as the e2e suite checks them (tests/e2e/budgets.e2e.ts), against the floor
// app built here.
const floorDir = mkdtempSync(join(tmpdir(), 'masari-floor-'));
buildFloor(floorDir);
const budgets = measureBudgets(dist, floorDir);
console.log(`\nByte budgets, gzip -9:\n${formatBudgets(budgets)}\n`);
const overBudget = budgets.measures.filter((measure) => measure.bytes > measure.limit);

// Lighthouse on every screen in Arabic and French beside the floor app (a few minutes), then the
// domain timings, run and written into docs/benchmarks.md by the same script. Arguments after
// `npm run bench --` reach it (`--runs 3`, `--only home,results`).
// It measures the two builds above rather than making its own.
const lighthouseArgs = ['tsx', 'scripts/bench-lighthouse.ts', '--app', dist, '--floor', floorDir];
const lighthouse = spawnSync('npx', [...lighthouseArgs, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
rmSync(floorDir, { recursive: true, force: true });
if (lighthouse.status !== 0) process.exit(lighthouse.status ?? 1);

// Counselor mode with 300 participants in Chromium, on the build above.
const counselor = spawnSync('npx', ['tsx', 'scripts/bench-counselor.ts'], { stdio: 'inherit' });
if (counselor.status !== 0) process.exit(counselor.status ?? 1);

// The precision of the scores, simulated with the current programs (about 30 s): the figures of
// src/domain/precision.ts and docs/scoring.md. Printed only; `--write` is for a deliberate update.
const precision = spawnSync('npx', ['tsx', 'scripts/simulate-precision.ts'], { stdio: 'inherit' });
if (precision.status !== 0) process.exit(precision.status ?? 1);

if (overBudget.length > 0) {
  console.error(`\nOver budget: ${overBudget.map((measure) => measure.label).join('; ')}`);
  process.exit(1);
}
