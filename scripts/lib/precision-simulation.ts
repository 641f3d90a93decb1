/**
 * The simulation behind `src/domain/precision.ts`: how precise Masari's six scores are, per way of
 * obtaining them, under a stated response model (docs/scoring.md, "How precise the scores are").
 * Pure and deterministic: the same model, size, seed and dataset give the same figures. Used by
 * `scripts/simulate-precision.ts` (the full run, in `npm run bench`) and by
 * `tests/unit/data/precision.test.ts` (a short run that keeps precision.ts honest).
 *
 * The model, in short: each simulated person has a latent interest per type, normal, correlated
 * along the hexagon; each answer is that interest plus the item's location plus fresh noise,
 * cut into the five ratings by four thresholds. The noise and the thresholds are calibrated so
 * that two items of the same type correlate at `interItemR` and an item's ratings have a standard
 * deviation of `itemSD` rating points. A retest is the same person answering the same items again
 * with fresh noise: same interests, independent errors (no memory, no change).
 */
import { rankPrograms, rankSectors, type RankableProgram } from '../../src/domain/matching';
import type { Precision, ScoreSource } from '../../src/domain/precision';
import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from '../../src/domain/riasec';
import { scoreAnswers, type Rating, type ScoredItem } from '../../src/domain/scoring';

/** The ways of obtaining six scores that `src/domain/precision.ts` distinguishes. */
export const SOURCES: readonly ScoreSource[] = ['quick', 'full', 'typed'];
type Source = ScoreSource;

/** What the simulation assumes of the answers. */
export interface ResponseModel {
  /** Mean correlation between two items of the same type, on the 1–5 ratings. */
  readonly interItemR: number;
  /** Standard deviation of one item's ratings across people, in rating points. */
  readonly itemSD: number;
  /** Latent correlations between two types 1, 2 and 3 steps apart on the hexagon. */
  readonly hexagon: readonly [number, number, number];
  /**
   * How far the items of a type differ in popularity: item locations are
   * `itemSpread × (−1.5, −0.75, 0, 0.75, 1.5)`, in latent standard deviations, each used by two of
   * a type's ten items (one of which is in the quick form).
   */
  readonly itemSpread: number;
}

/** The review's assumptions (inter-item r ≈ .40, item SD ≈ 1.1) and a hexagon as in the literature. */
export const REVIEW_MODEL: ResponseModel = {
  interItemR: 0.4,
  itemSD: 1.1,
  hexagon: [0.45, 0.25, 0.1],
  itemSpread: 0.3,
};

/** The run whose figures are in `src/domain/precision.ts`. */
export const PRECISION_RUN = { persons: 20_000, seed: 20261130 } as const;
/** The sensitivity runs of docs/scoring.md: the same model with another inter-item correlation. */
export const SENSITIVITY_RUN = { persons: 10_000, interItemR: [0.3, 0.5] } as const;

/** Items per type in the full form (the paper questionnaire has the same ten). */
export const FULL_ITEMS = 10;
/** Items per type in the quick form. */
export const QUICK_ITEMS = 5;
/** The retest must keep an order at least this often for it to count as reliable. */
export const KEEP_RATE = 0.9;
/** Programs a results screen shows first; fit differences are studied among them. */
export const PROGRAMS_SHOWN = 15;

// ---------------------------------------------------------------------------------------------
// Random numbers: sfc32, seeded, and normal deviates by the polar method.

/** A seeded uniform generator on [0, 1) (sfc32): the same seed gives the same sequence. */
export function createRng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 16; i += 1) next();
  return next;
}

/** Standard normal deviates from a uniform generator (Marsaglia's polar method). */
export function createNormal(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * uniform() - 1;
      v = 2 * uniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const factor = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * factor;
    return u * factor;
  };
}

// ---------------------------------------------------------------------------------------------
// Calibration: exact, by quadrature over the latent interest (no Monte Carlo).

/** The standard normal distribution function (erfc by Chebyshev fit, |error| < 1.2e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + z / 2);
  const erfc =
    t *
    Math.exp(
      -z * z -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return x >= 0 ? 1 - erfc / 2 : erfc / 2;
}

/** Item locations of one type, in item order; items 0, 2, 4, 6, 8 make the quick form. */
export function itemLocations(model: ResponseModel): number[] {
  return [-1.5, -1.5, -0.75, -0.75, 0, 0, 0.75, 0.75, 1.5, 1.5].map((k) => k * model.itemSpread);
}

/** The four thresholds between the five ratings, for a step between thresholds. */
function thresholds(step: number): number[] {
  return [-1.5, -0.5, 0.5, 1.5].map((k) => k * step);
}

/** The calibrated response process. */
export interface Calibration {
  /** Correlation between an answer's latent value and the person's interest (√ of latent inter-item r). */
  readonly loading: number;
  /** Distance between two neighbouring thresholds, in latent standard deviations. */
  readonly thresholdStep: number;
  /** The model's mean item SD and mean inter-item r, computed exactly: the targets, met. */
  readonly itemSD: number;
  readonly interItemR: number;
}

const GRID = Array.from({ length: 1401 }, (_, i) => -7 + i * 0.01);
const WEIGHTS = GRID.map((x) => (Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI)) * 0.01);

/** Mean item SD and mean within-type inter-item correlation of the model, exactly. */
function moments(model: ResponseModel, loading: number, step: number) {
  const cuts = thresholds(step);
  const locations = itemLocations(model);
  const noise = Math.sqrt(1 - loading * loading);
  const sds: number[] = [];
  const means: number[] = [];
  const conditional: number[][] = [];
  for (const b of locations) {
    // Across people the latent answer is N(b, 1): the rating's distribution is exact.
    const above = cuts.map((c) => 1 - normalCdf(c - b));
    const mean = 1 + above.reduce((sum, p) => sum + p, 0);
    const probabilities = [1 - (above[0] ?? 0)];
    for (let k = 0; k < 4; k += 1) probabilities.push((above[k] ?? 0) - (above[k + 1] ?? 0));
    const second = probabilities.reduce((sum, p, k) => sum + p * (k + 1) ** 2, 0);
    means.push(mean);
    sds.push(Math.sqrt(second - mean * mean));
    // Expected rating given the person's interest θ, on the quadrature grid.
    conditional.push(
      GRID.map(
        (theta) =>
          1 + cuts.reduce((sum, c) => sum + normalCdf((loading * theta + b - c) / noise), 0),
      ),
    );
  }
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < locations.length; i += 1) {
    for (let j = i + 1; j < locations.length; j += 1) {
      const mi = conditional[i] ?? [];
      const mj = conditional[j] ?? [];
      const cross = WEIGHTS.reduce((sum, w, g) => sum + w * (mi[g] ?? 0) * (mj[g] ?? 0), 0);
      const covariance = cross - (means[i] ?? 0) * (means[j] ?? 0);
      total += covariance / ((sds[i] ?? 1) * (sds[j] ?? 1));
      pairs += 1;
    }
  }
  return { itemSD: sds.reduce((sum, s) => sum + s, 0) / sds.length, interItemR: total / pairs };
}

/** Bisection for an increasing or decreasing function on [low, high]. */
function solve(f: (x: number) => number, target: number, low: number, high: number): number {
  const rising = f(high) > f(low);
  let lo = low;
  let hi = high;
  for (let i = 0; i < 40; i += 1) {
    const mid = (lo + hi) / 2;
    if (f(mid) < target === rising) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * The noise and thresholds that give the model's item SD and inter-item correlation. The item SD
 * depends only on the thresholds (the latent answer has unit variance whatever the noise), so the
 * thresholds are solved first, then the loading.
 */
export function calibrate(model: ResponseModel): Calibration {
  const key = JSON.stringify(model);
  const known = calibrations.get(key);
  if (known) return known;
  const step = solve((s) => moments(model, 0.6, s).itemSD, model.itemSD, 0.2, 3);
  const loading = solve((l) => moments(model, l, step).interItemR, model.interItemR, 0.05, 0.99);
  const calibration = { loading, thresholdStep: step, ...moments(model, loading, step) };
  calibrations.set(key, calibration);
  return calibration;
}

/** Calibrations already solved, by model: the quadrature takes a good part of a second. */
const calibrations = new Map<string, Calibration>();

/** Lower Cholesky factor of the latent correlations between the six types. */
function hexagonFactor(model: ResponseModel): number[][] {
  const n = RIASEC_TYPES.length;
  const correlation = (i: number, j: number) => {
    const steps = Math.min(Math.abs(i - j), n - Math.abs(i - j));
    return steps === 0 ? 1 : (model.hexagon[steps - 1] ?? 0);
  };
  const factor = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j <= i; j += 1) {
      let sum = correlation(i, j);
      for (let k = 0; k < j; k += 1) sum -= (factor[i]?.[k] ?? 0) * (factor[j]?.[k] ?? 0);
      const row = factor[i] ?? [];
      if (i === j) {
        if (sum <= 0) throw new RangeError('the hexagon correlations are not a correlation matrix');
        row[j] = Math.sqrt(sum);
      } else row[j] = sum / (factor[j]?.[j] ?? 1);
    }
  }
  return factor;
}

// ---------------------------------------------------------------------------------------------
// Scoring the three sources, as the app does.

const FULL_FORM: ScoredItem[] = RIASEC_TYPES.flatMap((type) =>
  Array.from({ length: FULL_ITEMS }, (_, k) => ({ id: `${type}${k}`, type })),
);
/** The quick form: one item of each pair of equal location (items 0, 2, 4, 6, 8 of each type). */
const QUICK_FORM = FULL_FORM.filter((item) => Number(item.id.slice(1)) % 2 === 0);

/**
 * Six scores typed from the paper questionnaire: per type, (sum of the ten ratings − 10) × 2.5,
 * rounded to a whole number (halves up), as the paper grid says.
 */
export function paperScores(ratings: ArrayLike<number>): RiasecProfile {
  const profile = {} as Record<RiasecType, number>;
  RIASEC_TYPES.forEach((type, t) => {
    let sum = 0;
    for (let k = 0; k < FULL_ITEMS; k += 1) sum += ratings[t * FULL_ITEMS + k] ?? 0;
    profile[type] = Math.floor((sum - FULL_ITEMS) * 2.5 + 0.5);
  });
  return profile;
}

function scoresOf(source: Source, ratings: ArrayLike<number>): RiasecProfile {
  if (source === 'typed') return paperScores(ratings);
  const answers: Record<string, Rating> = {};
  FULL_FORM.forEach((item, i) => {
    answers[item.id] = (ratings[i] ?? 3) as Rating;
  });
  return scoreAnswers(source === 'quick' ? QUICK_FORM : FULL_FORM, answers);
}

// ---------------------------------------------------------------------------------------------
// Tallies and their summaries.

/** A rate by a whole-number size (a lead, a fit difference): how often the order held. */
type Tally = Map<number, { n: number; kept: number }>;

/** Rows of `[size, cases, share kept]`, by increasing size. */
export type Curve = [number, number, number][];

/** Counts one case; `kept` is 1 when the order held, 0 when it turned, ½ for a tie on retest. */
function count(tally: Tally, size: number, kept: number): void {
  const cell = tally.get(size) ?? { n: 0, kept: 0 };
  cell.n += 1;
  cell.kept += kept;
  tally.set(size, cell);
}

function merge(tallies: readonly Tally[]): Tally {
  const merged: Tally = new Map();
  for (const tally of tallies) {
    for (const [size, { n, kept }] of tally) {
      const cell = merged.get(size) ?? { n: 0, kept: 0 };
      cell.n += n;
      cell.kept += kept;
      merged.set(size, cell);
    }
  }
  return merged;
}

function curve(tally: Tally): Curve {
  return [...tally.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([size, { n, kept }]) => [size, n, kept / n]);
}

/**
 * The smallest size from which the order holds at least `rate` of the time, read from the
 * monotone (isotonic, pool-adjacent-violators) fit of the rates by size, so that a noisy size
 * cannot end the run early. Null when no size reaches the rate.
 */
export function smallestReliable(tally: Tally, rate: number): number | null {
  const cells = [...tally.entries()].sort((a, b) => a[0] - b[0]);
  const blocks: { sizes: number[]; n: number; kept: number }[] = [];
  for (const [size, { n, kept }] of cells) {
    blocks.push({ sizes: [size], n, kept });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const before = blocks[blocks.length - 2];
      if (!last || !before || before.kept / before.n <= last.kept / last.n) break;
      blocks.splice(-2, 2, {
        sizes: [...before.sizes, ...last.sizes],
        n: before.n + last.n,
        kept: before.kept + last.kept,
      });
    }
  }
  const reliable = blocks.find((block) => block.kept / block.n >= rate);
  return reliable?.sizes[0] ?? null;
}

/** The figures of one source. */
export interface SourceFigures {
  /** Standard error of one type's score, in score points. */
  scoreSE: number;
  /** Standard error of the difference between two types' scores. */
  differenceSE: number;
  /** The smallest lead of one type over another that a retest keeps ≥ 9 times in 10 (tie = ½). */
  reliableGap: number;
  /** Standard error of a shown program's fit (0–100), from test and retest. */
  fitSE: number;
  /**
   * The largest difference between two shown programs' fits that a retest does not keep ≥ 9 times
   * in 10, for profiles that give a direction (highest − lowest score ≥ `reliableGap`).
   */
  fitTolerance: number;
  /** The same, over every profile that gets a ranking (flat ones excepted). */
  fitToleranceAll: number;
  /** How often a retest puts the same sector first. */
  sameFirstSector: number;
  /** How often a retest shows the same first three programs (in any order). */
  sameFirstThreePrograms: number;
  /** The same two rates, among people whose first type leads the second by `reliableGap` or more. */
  clearSameFirstSector: number;
  clearSameFirstThreePrograms: number;
  /** Share of simulated people whose first type leads by `reliableGap` or more. */
  clearShare: number;
  /** Cronbach's α of a type's items, mean over the six types (0 for typed: no items). */
  alpha: number;
  /** Correlation of a type's score between test and retest, mean over the six types. */
  retestR: number;
}

export interface SimulationResult {
  model: ResponseModel;
  calibration: Calibration;
  persons: number;
  seed: number;
  sources: Record<Source, SourceFigures>;
  /** Per source, how often the order held, by lead (score points) and by fit difference. */
  curves: Record<Source, { leads: Curve; fits: Curve }>;
  /** Observed correlations between the full form's type scores, by hexagon distance 1, 2, 3. */
  typeCorrelations: [number, number, number];
}

export interface SimulationInput {
  model: ResponseModel;
  /** How many people to simulate (each answers the full form twice). */
  persons: number;
  seed: number;
  /** The dataset's programs and sectors, as the results screen ranks them. */
  programs: readonly (RankableProgram & { parent?: string | null })[];
  sectorIds: readonly string[];
}

interface Accumulator {
  seSum: number;
  seN: number;
  diffSum: number;
  diffN: number;
  fitSum: number;
  fitN: number;
  leads: Tally;
  /** Fit-difference tallies by the test profile's differentiation (highest − lowest score). */
  fitsBySpread: Tally[];
  ranked: number;
  sameSector: number;
  sameThree: number;
  clear: number;
  clearSector: number;
  clearThree: number;
  /** Per type: Σx, Σy, Σx², Σy², Σxy of test and retest scores. */
  retest: number[][];
  /** First-type leads of each person at test, to count the clear ones once the gap is known. */
  firstLeads: number[];
  sectorKept: boolean[];
  threeKept: boolean[];
}

function newAccumulator(): Accumulator {
  return {
    seSum: 0,
    seN: 0,
    diffSum: 0,
    diffN: 0,
    fitSum: 0,
    fitN: 0,
    leads: new Map(),
    fitsBySpread: Array.from({ length: 101 }, () => new Map()),
    ranked: 0,
    sameSector: 0,
    sameThree: 0,
    clear: 0,
    clearSector: 0,
    clearThree: 0,
    retest: RIASEC_TYPES.map(() => [0, 0, 0, 0, 0]),
    firstLeads: [],
    sectorKept: [],
    threeKept: [],
  };
}

const correlation = (n: number, [sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0]: number[]) =>
  (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));

/**
 * Simulates `persons` people answering the full form twice (the quick form's answers are the
 * first of each pair of items; typed scores are the paper grid's) and measures, per source, the
 * error of a score and of a difference, the lead and the fit difference that a retest keeps at
 * least 9 times in 10, and how often a retest keeps the first sector and the first three
 * programs. Deterministic for a given input.
 */
export function simulatePrecision(input: SimulationInput): SimulationResult {
  const { model, persons, seed, programs, sectorIds } = input;
  const calibration = calibrate(model);
  const { loading, thresholdStep } = calibration;
  const noise = Math.sqrt(1 - loading * loading);
  const cuts = thresholds(thresholdStep);
  const locations = itemLocations(model);
  const factor = hexagonFactor(model);
  const normal = createNormal(createRng(seed));

  // Programs with the very same profile are ordered by id, not by fit: their pairs tell nothing.
  const key = (p: RankableProgram) => RIASEC_TYPES.map((t) => p.riasec[t]).join(',');
  const profileKey = new Map(programs.map((p) => [p.id, key(p)]));

  const accumulators = Object.fromEntries(SOURCES.map((s) => [s, newAccumulator()])) as Record<
    Source,
    Accumulator
  >;
  // Item statistics at test, for α: per item Σx, Σx²; per type and form, Σ(total), Σ(total²).
  const itemSums = new Float64Array(FULL_FORM.length);
  const itemSquares = new Float64Array(FULL_FORM.length);
  const formTotals = { quick: new Float64Array(12), full: new Float64Array(12) };
  const scaleSums = RIASEC_TYPES.map(() => RIASEC_TYPES.map(() => 0));
  const scaleMeans = RIASEC_TYPES.map(() => 0);
  const scaleSquares = RIASEC_TYPES.map(() => 0);

  const test = new Float64Array(FULL_FORM.length);
  const retest = new Float64Array(FULL_FORM.length);
  const latent = new Array<number>(RIASEC_TYPES.length).fill(0);

  const answer = (into: Float64Array) => {
    for (let t = 0; t < RIASEC_TYPES.length; t += 1) {
      for (let k = 0; k < FULL_ITEMS; k += 1) {
        const y = loading * (latent[t] ?? 0) + noise * normal() + (locations[k] ?? 0);
        let rating = 1;
        for (const cut of cuts) if (y > cut) rating += 1;
        into[t * FULL_ITEMS + k] = rating;
      }
    }
  };

  for (let p = 0; p < persons; p += 1) {
    const z = RIASEC_TYPES.map(() => normal());
    for (let t = 0; t < RIASEC_TYPES.length; t += 1) {
      let value = 0;
      for (let k = 0; k <= t; k += 1) value += (factor[t]?.[k] ?? 0) * (z[k] ?? 0);
      latent[t] = value;
    }
    answer(test);
    answer(retest);

    for (let i = 0; i < test.length; i += 1) {
      const x = test[i] ?? 0;
      itemSums[i] = (itemSums[i] ?? 0) + x;
      itemSquares[i] = (itemSquares[i] ?? 0) + x * x;
    }
    for (let t = 0; t < RIASEC_TYPES.length; t += 1) {
      let full = 0;
      let quick = 0;
      for (let k = 0; k < FULL_ITEMS; k += 1) {
        const x = test[t * FULL_ITEMS + k] ?? 0;
        full += x;
        if (k % 2 === 0) quick += x;
      }
      formTotals.full[t] = (formTotals.full[t] ?? 0) + full;
      formTotals.full[t + 6] = (formTotals.full[t + 6] ?? 0) + full * full;
      formTotals.quick[t] = (formTotals.quick[t] ?? 0) + quick;
      formTotals.quick[t + 6] = (formTotals.quick[t + 6] ?? 0) + quick * quick;
    }

    for (const source of SOURCES) {
      const acc = accumulators[source];
      const first = scoresOf(source, test);
      const second = scoresOf(source, retest);
      const a = RIASEC_TYPES.map((t) => first[t]);
      const b = RIASEC_TYPES.map((t) => second[t]);
      if (source === 'full') {
        a.forEach((x, t) => {
          scaleMeans[t] = (scaleMeans[t] ?? 0) + x;
          scaleSquares[t] = (scaleSquares[t] ?? 0) + x * x;
          a.forEach((y, u) => {
            const row = scaleSums[t] ?? [];
            row[u] = (row[u] ?? 0) + x * y;
          });
        });
      }
      for (let t = 0; t < 6; t += 1) {
        const x = a[t] ?? 0;
        const y = b[t] ?? 0;
        acc.seSum += (x - y) ** 2;
        acc.seN += 1;
        const r = acc.retest[t] ?? [];
        r[0] = (r[0] ?? 0) + x;
        r[1] = (r[1] ?? 0) + y;
        r[2] = (r[2] ?? 0) + x * x;
        r[3] = (r[3] ?? 0) + y * y;
        r[4] = (r[4] ?? 0) + x * y;
        for (let u = t + 1; u < 6; u += 1) {
          const d1 = x - (a[u] ?? 0);
          const d2 = y - (b[u] ?? 0);
          acc.diffSum += (d1 - d2) ** 2;
          acc.diffN += 1;
          // A lead at test is kept when the retest has the same type ahead; a tie on retest leaves
          // the order to chance and counts as half.
          if (d1 !== 0) count(acc.leads, Math.abs(d1), d2 === 0 ? 0.5 : d2 * d1 > 0 ? 1 : 0);
        }
      }

      const sortedFirst = [...a].sort((m, n) => n - m);
      const flatFirst = (sortedFirst[0] ?? 0) === (sortedFirst[5] ?? 0);
      if (flatFirst) continue; // The screen ranks nothing for a flat profile.
      const flatSecond = Math.max(...b) === Math.min(...b);
      acc.ranked += 1;
      acc.firstLeads.push((sortedFirst[0] ?? 0) - (sortedFirst[1] ?? 0));

      const spread = (sortedFirst[0] ?? 0) - (sortedFirst[5] ?? 0);
      const fitTally = acc.fitsBySpread[spread] ?? new Map();
      const programsFirst = rankPrograms(first, programs);
      const programsSecond = flatSecond ? [] : rankPrograms(second, programs);
      const position = new Map(programsSecond.map((entry, index) => [entry.id, index]));
      const shown = programsFirst.slice(0, PROGRAMS_SHOWN);
      if (!flatSecond) {
        const fitAgain = new Map(programsSecond.map((entry) => [entry.id, entry.fit]));
        for (const entry of shown) {
          acc.fitSum += (entry.fit - (fitAgain.get(entry.id) ?? 50)) ** 2;
          acc.fitN += 1;
        }
        for (let i = 0; i < shown.length; i += 1) {
          for (let j = i + 1; j < shown.length; j += 1) {
            const better = shown[i];
            const worse = shown[j];
            if (!better || !worse) continue;
            if (profileKey.get(better.id) === profileKey.get(worse.id)) continue;
            const kept = (position.get(better.id) ?? 0) < (position.get(worse.id) ?? 0);
            count(fitTally, better.fit - worse.fit, kept ? 1 : 0);
          }
        }
      }
      const sectorFirst = rankSectors(first, sectorIds, programs)[0]?.id;
      const sectorSecond = flatSecond ? undefined : rankSectors(second, sectorIds, programs)[0]?.id;
      const sectorKept = sectorFirst !== undefined && sectorFirst === sectorSecond;
      const threeFirst = new Set(programsFirst.slice(0, 3).map((entry) => entry.id));
      const threeKept =
        !flatSecond && programsSecond.slice(0, 3).every((entry) => threeFirst.has(entry.id));
      acc.sectorKept.push(sectorKept);
      acc.threeKept.push(threeKept);
      if (sectorKept) acc.sameSector += 1;
      if (threeKept) acc.sameThree += 1;
    }
  }

  const alphaOf = (form: 'quick' | 'full') => {
    const k = form === 'quick' ? QUICK_ITEMS : FULL_ITEMS;
    const totals = formTotals[form];
    let sum = 0;
    for (let t = 0; t < 6; t += 1) {
      let itemVariance = 0;
      for (let j = 0; j < FULL_ITEMS; j += 1) {
        if (form === 'quick' && j % 2 !== 0) continue;
        const i = t * FULL_ITEMS + j;
        const mean = (itemSums[i] ?? 0) / persons;
        itemVariance += (itemSquares[i] ?? 0) / persons - mean * mean;
      }
      const mean = (totals[t] ?? 0) / persons;
      const totalVariance = (totals[t + 6] ?? 0) / persons - mean * mean;
      sum += (k / (k - 1)) * (1 - itemVariance / totalVariance);
    }
    return sum / 6;
  };

  const sources = {} as Record<Source, SourceFigures>;
  const curves = {} as Record<Source, { leads: Curve; fits: Curve }>;
  for (const source of SOURCES) {
    const acc = accumulators[source];
    const reliableGap = smallestReliable(acc.leads, KEEP_RATE) ?? 100;
    const directed = merge(acc.fitsBySpread.slice(reliableGap));
    const everyone = merge(acc.fitsBySpread);
    curves[source] = { leads: curve(acc.leads), fits: curve(directed) };
    const reliableFit = smallestReliable(directed, KEEP_RATE) ?? 100;
    const reliableFitAll = smallestReliable(everyone, KEEP_RATE) ?? 100;
    acc.firstLeads.forEach((lead, i) => {
      if (lead < reliableGap) return;
      acc.clear += 1;
      if (acc.sectorKept[i]) acc.clearSector += 1;
      if (acc.threeKept[i]) acc.clearThree += 1;
    });
    sources[source] = {
      scoreSE: Math.sqrt(acc.seSum / acc.seN / 2),
      differenceSE: Math.sqrt(acc.diffSum / acc.diffN / 2),
      reliableGap,
      fitSE: Math.sqrt(acc.fitSum / acc.fitN / 2),
      fitTolerance: Math.max(0, reliableFit - 1),
      fitToleranceAll: Math.max(0, reliableFitAll - 1),
      sameFirstSector: acc.sameSector / acc.ranked,
      sameFirstThreePrograms: acc.sameThree / acc.ranked,
      clearSameFirstSector: acc.clear ? acc.clearSector / acc.clear : 0,
      clearSameFirstThreePrograms: acc.clear ? acc.clearThree / acc.clear : 0,
      clearShare: acc.clear / acc.ranked,
      alpha: source === 'typed' ? 0 : alphaOf(source),
      retestR: acc.retest.reduce((sum, cells) => sum + correlation(persons, cells), 0) / 6,
    };
  }
  sources.typed.alpha = sources.full.alpha;

  const scaleR = (t: number, u: number) => {
    const mt = (scaleMeans[t] ?? 0) / persons;
    const mu = (scaleMeans[u] ?? 0) / persons;
    const cov = (scaleSums[t]?.[u] ?? 0) / persons - mt * mu;
    const vt = (scaleSquares[t] ?? 0) / persons - mt * mt;
    const vu = (scaleSquares[u] ?? 0) / persons - mu * mu;
    return cov / Math.sqrt(vt * vu);
  };
  const byDistance: [number[], number[], number[]] = [[], [], []];
  for (let t = 0; t < 6; t += 1) {
    for (let u = t + 1; u < 6; u += 1) {
      const steps = Math.min(u - t, 6 - (u - t));
      byDistance[steps - 1]?.push(scaleR(t, u));
    }
  }
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

  return {
    model,
    calibration,
    persons,
    seed,
    sources,
    curves,
    typeCorrelations: [mean(byDistance[0]), mean(byDistance[1]), mean(byDistance[2])],
  };
}

/**
 * The figures of `src/domain/precision.ts`, rounded as it holds them: standard errors to a tenth,
 * the gap and the tolerance to whole points, the retest rates to hundredths.
 */
export function toPrecision(result: SimulationResult): Record<ScoreSource, Precision> {
  const round = (value: number, digits: number) => Number(value.toFixed(digits));
  return Object.fromEntries(
    SOURCES.map((source) => {
      const f = result.sources[source];
      const precision: Precision = {
        scoreSE: round(f.scoreSE, 1),
        differenceSE: round(f.differenceSE, 1),
        reliableGap: f.reliableGap,
        fitTolerance: f.fitTolerance,
        sameFirstSector: round(f.sameFirstSector, 2),
        sameFirstThreePrograms: round(f.sameFirstThreePrograms, 2),
      };
      return [source, precision];
    }),
  ) as Record<ScoreSource, Precision>;
}
