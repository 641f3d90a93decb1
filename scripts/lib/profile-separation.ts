/**
 * How well the program profiles separate (docs/scoring.md, "Program profiles"): the spread of
 * leading types, the mean fit between two programs, and a leave-one-out check of the sectors
 * against O*NET occupations that no program uses. Pure; used by `scripts/profile-separation.ts`
 * and `tests/unit/data/profile-separation.test.ts`.
 */
import { rankSectors, shapeFit, type RankableProgram } from '../../src/domain/matching';
import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from '../../src/domain/riasec';
import type { SectorOccupation } from './sector-occupations';

/** What this module needs of a program. */
export type ProfiledProgram = RankableProgram & { occupations: readonly string[] };

/** How many programs lead with each type (ties go to the first in RIASEC order). */
export function leadingTypes(programs: readonly ProfiledProgram[]): Record<RiasecType, number> {
  const counts = Object.fromEntries(RIASEC_TYPES.map((t) => [t, 0])) as Record<RiasecType, number>;
  for (const { riasec } of programs) {
    const lead = RIASEC_TYPES.reduce((best, t) => (riasec[t] > riasec[best] ? t : best), 'R');
    counts[lead] += 1;
  }
  return counts;
}

/** How many programs have a score of at least `from` on `type` (R ≥ 98: the ceiling of O*NET). */
export function atLeast(programs: readonly ProfiledProgram[], type: RiasecType, from: number) {
  return programs.filter((program) => program.riasec[type] >= from).length;
}

/** The mean `shapeFit` over every pair of programs (0–100; 50 is no relation). */
export function meanPairwiseFit(programs: readonly ProfiledProgram[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < programs.length; i += 1) {
    for (let j = i + 1; j < programs.length; j += 1) {
      const a = programs[i];
      const b = programs[j];
      if (!a || !b) continue;
      sum += shapeFit(a.riasec, b.riasec);
      pairs += 1;
    }
  }
  return pairs === 0 ? 0 : sum / pairs;
}

export interface LeaveOneOutCase {
  code: string;
  title: string;
  sector: string;
  /** 1-based rank of the occupation's own sector among the ranked sectors. */
  rank: number;
  /** The first three sectors for the occupation's profile. */
  first: string[];
}

export interface LeaveOneOutResult {
  cases: LeaveOneOutCase[];
  /** Share of cases whose own sector is among the first three. */
  inFirstThree: number;
  /** Share of cases whose own sector comes first. */
  first: number;
  /** Occupations of the table left out because a program uses them or their sector has none. */
  skipped: { used: number; noPrograms: number };
}

function asProfile(values: SectorOccupation[4]): RiasecProfile {
  const [R, I, A, S, E, C] = values;
  return { R, I, A, S, E, C };
}

/**
 * For each occupation of `table` that no program uses, in a sector that has programs: where
 * `rankSectors` puts its own sector for the occupation's profile.
 */
export function leaveOneOut(
  programs: readonly ProfiledProgram[],
  sectorIds: readonly string[],
  table: readonly SectorOccupation[],
): LeaveOneOutResult {
  const used = new Set(programs.flatMap((program) => program.occupations));
  const withPrograms = new Set(programs.map((program) => program.sector));
  const cases: LeaveOneOutCase[] = [];
  const skipped = { used: 0, noPrograms: 0 };
  for (const [code, title, sector, , values] of table) {
    if (used.has(code)) skipped.used += 1;
    else if (!withPrograms.has(sector)) skipped.noPrograms += 1;
    else {
      const ranked = rankSectors(asProfile(values), sectorIds, programs).map((s) => s.id);
      cases.push({
        code,
        title,
        sector,
        rank: ranked.indexOf(sector) + 1,
        first: ranked.slice(0, 3),
      });
    }
  }
  const share = (ok: (c: LeaveOneOutCase) => boolean) =>
    cases.length === 0 ? 0 : cases.filter(ok).length / cases.length;
  return {
    cases,
    inFirstThree: share((c) => c.rank >= 1 && c.rank <= 3),
    first: share((c) => c.rank === 1),
    skipped,
  };
}
