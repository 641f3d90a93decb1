import { normalizeNumberList, normalizeNumericText } from './digits';

/** Holland's six interest types, in hexagon order: Realistic, Investigative, Artistic, Social, Enterprising, Conventional. */
export const RIASEC_TYPES = ['R', 'I', 'A', 'S', 'E', 'C'] as const;

export type RiasecType = (typeof RIASEC_TYPES)[number];

/** One level per interest type, each 0–100. */
export type RiasecProfile = Readonly<Record<RiasecType, number>>;

/**
 * The type-by-type arithmetic mean of one or more profiles, rounded to one decimal (the precision
 * of the source figures). Invariants: each result lies between the smallest and the largest input
 * for that type; the order of the inputs does not matter. Throws on an empty list: a mean of nothing
 * is a data error, not a profile.
 */
export function meanProfile(profiles: readonly RiasecProfile[]): RiasecProfile {
  if (profiles.length === 0) throw new RangeError('meanProfile needs at least one profile');
  const mean = {} as Record<RiasecType, number>;
  for (const type of RIASEC_TYPES) {
    const sum = profiles.reduce((total, profile) => total + profile[type], 0);
    mean[type] = Math.round((sum / profiles.length) * 10) / 10;
  }
  return mean;
}

/**
 * Reads one whole-number score from 0 to 100 as typed (a paper questionnaire's grid, a link),
 * spaces allowed around it, in Western, Arabic-Indic or Eastern Arabic-Indic digits
 * (`normalizeNumericText`). Returns null for anything else, never throws.
 */
export function parseScore(text: string): number | null {
  const digits = normalizeNumericText(text).trim();
  if (!/^\d{1,3}$/.test(digits)) return null;
  const value = Number(digits);
  return value <= 100 ? value : null;
}

/**
 * Reads six scores written as `R,I,A,S,E,C` (the `riasec=` link parameter): whole numbers from 0
 * to 100 (`parseScore`), spaces allowed around them, separated by commas (or by the Arabic comma
 * ، or ٬, see `normalizeNumberList`). Returns null for anything else, never throws.
 */
export function parseRiasecList(text: string): RiasecProfile | null {
  const parts = normalizeNumberList(text).split(',');
  if (parts.length !== RIASEC_TYPES.length) return null;
  const profile = {} as Record<RiasecType, number>;
  for (const [index, part] of parts.entries()) {
    const value = parseScore(part);
    const type = RIASEC_TYPES[index];
    if (value === null || !type) return null;
    profile[type] = value;
  }
  return profile;
}

/** The inverse of `parseRiasecList`. */
export function formatRiasecList(profile: RiasecProfile): string {
  return RIASEC_TYPES.map((type) => Math.round(profile[type])).join(',');
}
