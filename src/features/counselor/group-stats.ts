import { RIASEC_TYPES, type RiasecType } from '@/domain/riasec';
import { bundledCatalogue, type ParticipantSummary } from './summary';

/**
 * What a group looks like as a whole: how often each type leads, and where the participants'
 * first sectors fall. Counts only; names and shares are written on screen.
 */

/** How many participants have `type` in the first tier of their profile code. */
export interface TypeCount {
  type: RiasecType;
  count: number;
}

/** How many participants have `id` as their first sector. */
export interface SectorCount {
  id: string;
  count: number;
}

export interface GroupDistributions {
  /** Every participant counted. */
  total: number;
  /**
   * The six types in RIASEC order, each with the participants whose code's first tier holds it.
   * A participant whose first tier holds two or three tied types counts once for each of them,
   * so these counts may add up to more than `total`; each is at most `total`.
   */
  leadingTypes: TypeCount[];
  /** Participants whose code is empty: no type reliably ahead of another. */
  noTypeAhead: number;
  /**
   * Each sector that is the first sector of some participant whose reading has no notice, with
   * that count: most first, equal counts in the dataset's order (unknown ids last, by id). Never
   * holds a count of 0.
   */
  firstSectors: SectorCount[];
  /**
   * Participants without a first sector to count: a reading with a notice (their results screen
   * ranks nothing until asked) or, with a catalogue that opens nothing to their school level, an
   * empty ranking. `firstSectors`' counts plus this one make `total`.
   */
  noDirection: number;
}

/**
 * Counts a group's leading types and first sectors from the participants' summaries. Pure and
 * deterministic; the order of `summaries` does not change the result. `sectorOrder` is every
 * sector id in the dataset's order, used to order sectors of equal count.
 */
export function groupDistributions(
  summaries: readonly Pick<ParticipantSummary, 'reading' | 'sectors'>[],
  sectorOrder: readonly string[] = bundledCatalogue.sectorIds,
): GroupDistributions {
  const types = new Map<RiasecType, number>(RIASEC_TYPES.map((type) => [type, 0]));
  const sectors = new Map<string, number>();
  let noTypeAhead = 0;
  let noDirection = 0;

  for (const { reading, sectors: ranked } of summaries) {
    const [leaders] = reading.code;
    if (leaders === undefined || leaders.length === 0) noTypeAhead += 1;
    // A tier never repeats a type; the set keeps the "at most total" invariant if one ever did.
    for (const type of new Set(leaders)) types.set(type, (types.get(type) ?? 0) + 1);

    const first = ranked[0];
    if (reading.notice !== null || first === undefined) noDirection += 1;
    else sectors.set(first.id, (sectors.get(first.id) ?? 0) + 1);
  }

  const position = new Map(sectorOrder.map((id, index) => [id, index]));
  const place = (id: string) => position.get(id) ?? Number.POSITIVE_INFINITY;
  const firstSectors = [...sectors]
    .map(([id, count]) => ({ id, count }))
    .sort(
      (a, b) =>
        b.count - a.count || place(a.id) - place(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  return {
    total: summaries.length,
    leadingTypes: RIASEC_TYPES.map((type) => ({ type, count: types.get(type) ?? 0 })),
    noTypeAhead,
    firstSectors,
    noDirection,
  };
}
