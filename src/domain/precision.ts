/**
 * How precise the six scores are, per way of obtaining them: the quick form (5 items per type),
 * the full form (10 per type) and six scores typed in (from the paper questionnaire, the full
 * form's 10 items per type, rounded to whole numbers, or from a link). The thresholds of the
 * results screen (which types are really ahead, when a profile gives no clear direction, which
 * fits count as equally close) are read from these figures, per source.
 *
 * The figures come from `scripts/simulate-precision.ts` (`scripts/lib/precision-simulation.ts`),
 * a simulation of 20,000 people under the response model stated in docs/scoring.md ("How precise
 * the scores are"): a latent interest per type, normal, correlated along the hexagon (.45, .25,
 * .10 for types 1, 2, 3 steps apart); each rating is that interest plus the item's location plus
 * fresh noise, cut into the five ratings, calibrated to an inter-item correlation of .40 and an
 * item SD of 1.1 rating points (the psychometric review's assumptions); a retest is the same
 * person answering again with fresh noise. Rankings use the real program profiles and sectors.
 * They are model figures, not measurements: no pilot data exist yet. Regenerate them with
 * `npx tsx scripts/simulate-precision.ts --write` whenever the programs, the sectors, the form
 * sizes or the ranking change; `tests/unit/data/precision.test.ts` fails when they drift.
 */

/** Where six scores come from, for the precision they carry. */
export type ScoreSource = 'quick' | 'full' | 'typed';

export interface Precision {
  /** Standard error of measurement of one type's score, in score points (0–100 scale). */
  readonly scoreSE: number;
  /** Standard error of the difference between two types' scores, in score points. */
  readonly differenceSE: number;
  /**
   * A lead of at least this many points orders two types reliably (a retest keeps the order at
   * least 9 times in 10, a tie on retest counting as half); a smaller lead is within the error
   * and is shown as a tie.
   */
  readonly reliableGap: number;
  /**
   * Two fits (0–100) of programs shown together that differ by at most this many points are
   * within the error of each other (a retest keeps their order less than 9 times in 10): shown as
   * equally close. Measured among the first 15 programs of profiles that give a direction.
   */
  readonly fitTolerance: number;
  /** Share of retests (0–1) that put the same sector first. */
  readonly sameFirstSector: number;
  /** Share of retests (0–1) that show the same first three programs, in any order. */
  readonly sameFirstThreePrograms: number;
}

export const PRECISION: Readonly<Record<ScoreSource, Precision>> = {
  quick: {
    scoreSE: 9.5,
    differenceSE: 13.5,
    reliableGap: 35,
    fitTolerance: 38,
    sameFirstSector: 0.42,
    sameFirstThreePrograms: 0.1,
  },
  full: {
    scoreSE: 6.8,
    differenceSE: 9.5,
    reliableGap: 21,
    fitTolerance: 29,
    sameFirstSector: 0.52,
    sameFirstThreePrograms: 0.16,
  },
  typed: {
    scoreSE: 6.8,
    differenceSE: 9.6,
    reliableGap: 22,
    fitTolerance: 28,
    sameFirstSector: 0.52,
    sameFirstThreePrograms: 0.16,
  },
};
