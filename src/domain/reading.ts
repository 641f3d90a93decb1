import type { Precision } from './precision';
import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from './riasec';
import { consistency, type Consistency } from './scoring';

/**
 * What a profile says, read within the precision of the scores it comes from: which types are
 * really ahead, whether its leading types agree on the hexagon, and whether it gives a direction
 * at all. A difference smaller than the source's `reliableGap` is not an order: it is a tie.
 */

/** Why a profile gives no reliable direction; the results screen says so before any list. */
export type NoticeKind = 'low' | 'undifferentiated' | 'inconsistent';

export interface ProfileReading {
  /**
   * The types really ahead, in tiers: `[['R']]` is "R"; `[['R'], ['I', 'A']]` is "R, then I or A";
   * `[['R', 'C']]` is "R and C, in either order". Inside a tier, letters follow RIASEC order (a
   * convention, not a ranking). At most three letters in all; empty when no type is reliably ahead
   * of any other.
   */
  readonly code: readonly (readonly RiasecType[])[];
  /**
   * Consistency of the leading types on the hexagon, or `undetermined` when only one type stands
   * out, or when the leading pair is not known because of a tie whose pairs disagree.
   */
  readonly consistency: Consistency | 'undetermined';
  /** The reason to read the rankings with care, or null for a profile that gives a direction. */
  readonly notice: NoticeKind | null;
}

/** The point of the scale where the answers mean "not sure" (a mean rating of 3). */
const NEUTRAL = 50;
/** More leading types than this point nowhere in particular. */
const MAX_LEADERS = 3;

/** The types by score, highest first; equal scores in RIASEC order. */
function byScore(profile: RiasecProfile): RiasecType[] {
  return [...RIASEC_TYPES].sort(
    (a, b) => profile[b] - profile[a] || RIASEC_TYPES.indexOf(a) - RIASEC_TYPES.indexOf(b),
  );
}

/** The consistency all pairs agree on, else `undetermined`. */
function agreed(pairs: readonly Consistency[]): Consistency | 'undetermined' {
  const [first] = pairs;
  return first !== undefined && pairs.every((value) => value === first) ? first : 'undetermined';
}

/**
 * Reads a profile within `precision` (see `src/domain/precision.ts`).
 *
 * - The first tier holds every type within `reliableGap` of the highest score; the second, shown
 *   only when the first holds one or two types, every remaining type within `reliableGap` of the
 *   best remaining one, provided that one is itself reliably above the lowest score and the code
 *   stays within three letters.
 * - `low` when even the highest score is reliably below "not sure" (`NEUTRAL − scoreSE`): few
 *   activities attract the user. `undifferentiated` when no type is reliably above the lowest, or
 *   when more than three lead together. `inconsistent` when the leading types are opposite on the
 *   hexagon. One notice, in that order of precedence.
 *
 * Invariants (property-tested): the code never holds a type scored within `reliableGap` of the
 * lowest score; adding the same amount to every score (within 0–100) keeps the code and the
 * consistency; a profile whose scores all lie within `reliableGap` of each other always has a
 * notice.
 */
export function readProfile(profile: RiasecProfile, precision: Precision): ProfileReading {
  const gap = precision.reliableGap;
  const order = byScore(profile);
  const top = profile[order[0] ?? 'R'];
  const bottom = profile[order[order.length - 1] ?? 'R'];
  const ahead = (type: RiasecType) => profile[type] - bottom >= gap;

  // A type joins a tier when it is within the error of the tier's best and itself reliably above
  // the lowest score: a type level with the bottom is never "ahead", whatever it ties with.
  const first = order.filter((type) => top - profile[type] < gap && ahead(type));
  const code: RiasecType[][] = [];
  if (first.length > 0 && first.length <= MAX_LEADERS) {
    code.push(first);
    const rest = order.filter((type) => !first.includes(type));
    const next = rest[0];
    if (first.length < MAX_LEADERS && next && ahead(next)) {
      const second = rest.filter((type) => profile[next] - profile[type] < gap && ahead(type));
      if (first.length + second.length <= MAX_LEADERS) code.push(second);
    }
  }

  // Inside a tier the order says nothing: letters follow RIASEC order, by convention.
  for (const tier of code) tier.sort((a, b) => RIASEC_TYPES.indexOf(a) - RIASEC_TYPES.indexOf(b));
  const [leaders = [], followers = []] = code;
  const pairs: Consistency[] = [];
  if (leaders.length >= 2) {
    leaders.forEach((a, i) => leaders.slice(i + 1).forEach((b) => pairs.push(consistency(a, b))));
  } else if (leaders.length === 1 && followers.length > 0) {
    const [leader] = leaders;
    followers.forEach((b) => pairs.push(consistency(leader ?? 'R', b)));
  }
  const hexagon = agreed(pairs);

  const notice: NoticeKind | null =
    top < NEUTRAL - precision.scoreSE
      ? 'low'
      : code.length === 0
        ? 'undifferentiated'
        : hexagon === 'low'
          ? 'inconsistent'
          : null;

  return { code, consistency: hexagon, notice };
}

/**
 * The code as written on the results and in a counselor's export: the letters of a tier joined by
 * `/` (either order), tiers joined by `, ` ("R, I/A": R, then I or A); empty when no type is
 * really ahead.
 */
export function writeCode(code: ProfileReading['code']): string {
  return code.map((tier) => tier.join('/')).join(', ');
}

/** The fit of a sector or program in words: what a 15-year-old reads on the results. */
export type Band = 'strong' | 'good' | 'partial';

/** From this fit (a correlation of .70 between the two profiles' shapes), a fit can be strong. */
export const STRONG_FROM = 85;
/** From this fit (a correlation of .40), a fit is good. */
export const GOOD_FROM = 70;

/**
 * The band of a fit, in words:
 * - `strong`: a fit of at least `STRONG_FROM`, for a profile that gives a direction;
 * - `good`: a fit of at least `GOOD_FROM`;
 * - `partial` otherwise.
 * The band depends on how differentiated the profile is through its notice: a `low` or
 * `inconsistent` profile gets `good` at most; an `undifferentiated` one, `partial` only, since its
 * shape carries no reliable direction. (Closeness to the best fit is not used: the simulated
 * retest error of a fit is larger than the gaps between the first programs, see docs/scoring.md.)
 *
 * Invariants (property-tested): monotonic in `fit`; a profile with a notice never gets `strong`.
 */
export function fitBand(fit: number, notice: NoticeKind | null): Band {
  if (notice === 'undifferentiated') return 'partial';
  if (notice === null && fit >= STRONG_FROM) return 'strong';
  return fit >= GOOD_FROM ? 'good' : 'partial';
}

/**
 * Splits a ranking (best fit first) into groups that are equally close within `tolerance`: a
 * group holds every following entry whose fit is within `tolerance` of the group's first. The
 * order inside a group says nothing about fit; the screen orders it by name.
 *
 * Invariants: the groups concatenated are the input, in order; within a group, the first fit minus
 * any other is at most `tolerance`.
 */
export function equallyClose<T extends { fit: number }>(
  ranked: readonly T[],
  tolerance: number,
): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const entry of ranked) {
    const head = current[0];
    if (head && head.fit - entry.fit > tolerance) {
      groups.push(current);
      current = [];
    }
    current.push(entry);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
