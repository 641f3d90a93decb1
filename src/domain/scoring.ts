import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from './riasec';

/** A rating on the 5-point scale: 1 strongly dislike, 2 dislike, 3 unsure, 4 like, 5 strongly like. */
export type Rating = 1 | 2 | 3 | 4 | 5;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4, 5];

/** What the scorer needs of an item: its id and the type it measures. */
export interface ScoredItem {
  id: string;
  type: RiasecType;
}

/** Ratings by item id. Items without a rating are unanswered. */
export type Answers = Readonly<Record<string, Rating>>;

/** True when `value` is a rating of the 5-point scale. */
export function isRating(value: unknown): value is Rating {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5;
}

/**
 * Raw scores: each type's score is the mean of its answered items' ratings, rescaled from 1–5 to
 * 0–100 and rounded to an integer. A type with no answered item scores 0. Scores are not
 * norm-referenced (never compared with other people): they say how much the user likes each kind
 * of activity, on the user's own scale, treating the five ratings as equal steps. How precise they
 * are, per form, is in `precision.ts`; the model behind that in docs/scoring.md.
 *
 * Invariants (property-tested): every score is an integer in 0–100; the result depends only on the
 * set of (item, rating) pairs, not on their order; raising a rating of an item of type X never
 * lowers X's score and never changes another type's score.
 */
export function scoreAnswers(items: readonly ScoredItem[], answers: Answers): RiasecProfile {
  const sums = Object.fromEntries(RIASEC_TYPES.map((t) => [t, 0])) as Record<RiasecType, number>;
  const counts = { ...sums };
  for (const item of items) {
    const rating = answers[item.id];
    if (!isRating(rating)) continue;
    sums[item.type] += rating - 1;
    counts[item.type] += 1;
  }
  const scores = {} as Record<RiasecType, number>;
  for (const type of RIASEC_TYPES) {
    // Integers first, one division last: 23 / 10 / 4 × 100 is 57.49999… in floating point, and
    // the paper grid says 57.5, which rounds to 58.
    scores[type] = counts[type] === 0 ? 0 : Math.round((sums[type] * 100) / (counts[type] * 4));
  }
  return scores;
}

/** How many of `items` have a rating in `answers` (for progress and for a complete check). */
export function answeredCount(items: readonly ScoredItem[], answers: Answers): number {
  return items.reduce((count, item) => count + (isRating(answers[item.id]) ? 1 : 0), 0);
}

/**
 * The types in descending order of score, grouped where scores are equal (each group in RIASEC
 * order). `[[S], [E, C], …]` means S leads and E and C tie for second.
 */
export function scoreGroups(profile: RiasecProfile): RiasecType[][] {
  const distinct = [...new Set(RIASEC_TYPES.map((t) => profile[t]))].sort((a, b) => b - a);
  return distinct.map((score) => RIASEC_TYPES.filter((t) => profile[t] === score));
}

export interface ProfileCode {
  /** Three letters, highest first; equal scores in RIASEC order (a convention, not a ranking). */
  code: string;
  /** Groups of equal scores that touch the first three places: shown to the user as ties. */
  ties: RiasecType[][];
}

/** The three-letter Holland code of a profile, with its ties reported rather than hidden. */
export function profileCode(profile: RiasecProfile): ProfileCode {
  const groups = scoreGroups(profile);
  const code = groups.flat().slice(0, 3).join('');
  const ties: RiasecType[][] = [];
  let position = 0;
  for (const group of groups) {
    if (position >= 3) break;
    if (group.length > 1) ties.push(group);
    position += group.length;
  }
  return { code, ties };
}

export type Consistency = 'high' | 'medium' | 'low';

/**
 * Consistency of the two leading types on Holland's hexagon (R–I–A–S–E–C–R): neighbours are
 * `high`, types one apart `medium`, opposite types `low`.
 */
export function consistency(first: RiasecType, second: RiasecType): Consistency {
  const a = RIASEC_TYPES.indexOf(first);
  const b = RIASEC_TYPES.indexOf(second);
  const steps = Math.min(Math.abs(a - b), 6 - Math.abs(a - b));
  return steps <= 1 ? 'high' : steps === 2 ? 'medium' : 'low';
}
