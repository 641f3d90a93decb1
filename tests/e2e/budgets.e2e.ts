import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFloor, formatBudgets, measureBudgets } from '../../scripts/lib/budgets.mjs';

/**
 * The byte budgets of the build the e2e tests run against (docs/benchmarks.md): the home screen
 * against the floor app built here, each screen's own chunks, one language's catalogue and the
 * service worker's precache. Sizes are exact, so they are asserted; on failure the message lists
 * each budget and the largest files of any over its limit.
 */
describe('byte budgets of the production build', () => {
  let floorDir = '';
  let result: ReturnType<typeof measureBudgets>;

  beforeAll(() => {
    floorDir = mkdtempSync(join(tmpdir(), 'masari-floor-'));
    buildFloor(floorDir);
    result = measureBudgets(resolve('dist'), floorDir);
  }, 120_000);
  afterAll(() => {
    if (floorDir) rmSync(floorDir, { recursive: true, force: true });
  });

  it('keeps every budget', () => {
    const report = formatBudgets(result);
    const over = result.measures.filter((measure) => measure.bytes > measure.limit);
    expect(
      over.map((measure) => measure.label),
      report,
    ).toEqual([]);
    // Every kind of budget was measured: three home screens, eight screens, three languages'
    // catalogues and the precache.
    expect(result.measures).toHaveLength(15);
  });

  it('measures a floor app of the bare stack, and the home screen as a ratio to it', () => {
    // React, React DOM, the router, i18next and zustand alone are about 100 kB gzip.
    expect(result.floor).toBeGreaterThan(90_000);
    expect(result.homeRatio).toBeGreaterThan(1);
  });
});
