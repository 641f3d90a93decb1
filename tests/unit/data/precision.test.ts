// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import programsJson from '@/data/programs.json';
import sectorsJson from '@/data/sectors.json';
import { PRECISION } from '@/domain/precision';
import {
  calibrate,
  PRECISION_RUN,
  REVIEW_MODEL,
  simulatePrecision,
  smallestReliable,
  SOURCES,
  type SimulationInput,
} from '../../../scripts/lib/precision-simulation';

const programs = programsJson as unknown as SimulationInput['programs'];
const sectorIds = sectorsJson.map((sector) => sector.id);

describe('the response model of scripts/lib/precision-simulation.ts', () => {
  it('is calibrated to the review: item SD 1.1, inter-item r .40', () => {
    const calibration = calibrate(REVIEW_MODEL);
    expect(calibration.itemSD).toBeCloseTo(1.1, 3);
    expect(calibration.interItemR).toBeCloseTo(0.4, 3);
    const weaker = calibrate({ ...REVIEW_MODEL, interItemR: 0.3 });
    expect(weaker.loading).toBeLessThan(calibration.loading);
  });

  it('gives the same figures for the same seed', () => {
    const input = { model: REVIEW_MODEL, persons: 150, seed: 11, programs, sectorIds };
    expect(simulatePrecision(input)).toEqual(simulatePrecision(input));
  });

  it('finds the first size whose monotone rate reaches the target', () => {
    const tally = new Map([
      [1, { n: 10, kept: 5 }],
      [2, { n: 10, kept: 9.5 }],
      [3, { n: 10, kept: 8 }],
      [4, { n: 10, kept: 10 }],
    ]);
    // 2 and 3 pool to .875: the first size at .9 or more is 4.
    expect(smallestReliable(tally, 0.9)).toBe(4);
    expect(smallestReliable(tally, 0.5)).toBe(1);
    expect(smallestReliable(tally, 1.01)).toBeNull();
  });
});

// A short run (3,000 people, another seed) must agree with src/domain/precision.ts, written from
// a run of 20,000 by `npx tsx scripts/simulate-precision.ts --write`. The tolerances cover the
// spread of short runs over ten seeds (docs/scoring.md): standard errors ±0.4 point, retest rates
// ±0.04, the reliable gap ±5 points (one step of the quick form), the fit tolerance ±12 points for
// the quick form and ±6 for the others (its rate climbs slowly, so its 9-in-10 point moves). When
// this fails after a change of programs, sectors, form sizes or ranking, run the script again.
describe('src/domain/precision.ts', () => {
  let short: ReturnType<typeof simulatePrecision>;
  beforeAll(() => {
    short = simulatePrecision({
      model: REVIEW_MODEL,
      persons: 3000,
      seed: PRECISION_RUN.seed + 1,
      programs,
      sectorIds,
    });
  });

  it.each(SOURCES)('agrees with a short run of the simulation: %s', (source) => {
    const stored = PRECISION[source];
    const simulated = short.sources[source];
    expect(Math.abs(stored.scoreSE - simulated.scoreSE)).toBeLessThanOrEqual(0.4);
    expect(Math.abs(stored.differenceSE - simulated.differenceSE)).toBeLessThanOrEqual(0.4);
    expect(Math.abs(stored.reliableGap - simulated.reliableGap)).toBeLessThanOrEqual(5);
    expect(Math.abs(stored.fitTolerance - simulated.fitTolerance)).toBeLessThanOrEqual(
      source === 'quick' ? 12 : 6,
    );
    expect(Math.abs(stored.sameFirstSector - simulated.sameFirstSector)).toBeLessThanOrEqual(0.04);
    expect(
      Math.abs(stored.sameFirstThreePrograms - simulated.sameFirstThreePrograms),
    ).toBeLessThanOrEqual(0.04);
  });

  it('holds whole points for the thresholds and shares for the retest rates', () => {
    for (const source of SOURCES) {
      const { reliableGap, fitTolerance, sameFirstSector, sameFirstThreePrograms } =
        PRECISION[source];
      expect(Number.isInteger(reliableGap) && Number.isInteger(fitTolerance)).toBe(true);
      for (const rate of [sameFirstSector, sameFirstThreePrograms]) {
        expect(rate).toBeGreaterThan(0);
        expect(rate).toBeLessThanOrEqual(1);
      }
    }
    expect(PRECISION.quick.scoreSE).toBeGreaterThan(PRECISION.full.scoreSE);
    expect(PRECISION.quick.reliableGap).toBeGreaterThan(PRECISION.full.reliableGap);
  });
});
