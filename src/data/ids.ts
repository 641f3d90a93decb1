/**
 * Identifiers that screens need without the schemas: importing them from `schemas.ts` would bundle
 * zod's full API into the app.
 */

/** Training levels: Spécialisation, Qualification, Technicien, Technicien Spécialisé, Bac Pro. */
export const LEVEL_IDS = ['S', 'Q', 'T', 'TS', 'BP'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** A user's school level, in school order. Append only: share codes store the index. */
export const SCHOOL_LEVEL_IDS = [
  'primary',
  'college-1',
  'college-2',
  'college-3',
  'tronc-commun',
  'bac-1',
  'bac-2',
  'bac',
  'beyond-bac',
] as const;
export type SchoolLevelId = (typeof SCHOOL_LEVEL_IDS)[number];

/** True when `text` is one of `SCHOOL_LEVEL_IDS`. */
export function isSchoolLevelId(text: string | null | undefined): text is SchoolLevelId {
  return (SCHOOL_LEVEL_IDS as readonly unknown[]).includes(text);
}

/**
 * The 1-based slot of a school level in a share code (`SharedResult.schoolLevel`), or null.
 * Invariant: `schoolLevelOfSlot(slotOfSchoolLevel(id)) === id`.
 */
export function slotOfSchoolLevel(level: SchoolLevelId | null): number | null {
  return level === null ? null : SCHOOL_LEVEL_IDS.indexOf(level) + 1;
}

/**
 * The school level id of a share code's slot: null for no slot, and undefined for a slot that
 * names no level of the app's list (a code from a later version of the list).
 */
export function schoolLevelOfSlot(slot: number | null): SchoolLevelId | null | undefined {
  return slot === null ? null : SCHOOL_LEVEL_IDS[slot - 1];
}

/**
 * Who runs a program (the design's `operator`): OFPPT; the Ministry of Agriculture's institutes
 * (ITSA, ITA, ITSMAER, ITSGRT…); the maritime fisheries department's (ITPM, ISPM, CQPM); the
 * Ministry of National Education (its Bac Pro in lycées); an institute of a professional
 * federation or association in partnership with the State (IFMEREE, IFMBP, IFIM, IFME Bellota).
 */
export const OPERATOR_IDS = [
  'ofppt',
  'agriculture-ministry',
  'fisheries-department',
  'education-ministry',
  'federation-institute',
] as const;
export type OperatorId = (typeof OPERATOR_IDS)[number];

/**
 * The pictures a sector may show (its `icon`), each drawn as SVG by `SectorIcon`
 * (`src/components/sector-icon.tsx`), which has a drawing for every id and no other. Drawings,
 * not emoji: an emoji shows as an empty box where no emoji font is installed. A new id needs a
 * new drawing there.
 */
export const SECTOR_ICON_IDS = [
  'laptop-code',
  'service-bell',
  'food-jar',
  'gear',
  'leaf',
  'fish',
  'tractor',
  'tower-crane',
  'briefcase',
  'stethoscope',
  'car',
  'airplane',
  'lightning-bolt',
  'truck',
  'shirt',
  'vase',
  'adult-child',
] as const;
export type SectorIconId = (typeof SECTOR_ICON_IDS)[number];
