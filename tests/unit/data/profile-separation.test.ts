import { describe, expect, it } from 'vitest';
import occupationsJson from '@/data/occupations.json';
import programsJson from '@/data/programs.json';
import sectorsJson from '@/data/sectors.json';
import {
  leadingTypes,
  leaveOneOut,
  meanPairwiseFit,
  type ProfiledProgram,
} from '../../../scripts/lib/profile-separation';
import { SECTOR_OCCUPATIONS } from '../../../scripts/lib/sector-occupations';

const programs = programsJson as unknown as ProfiledProgram[];
const sectorIds = sectorsJson.map((sector) => sector.id);

/** The share of validation occupations whose own sector must rank in the first three. */
const IN_FIRST_THREE_AT_LEAST = 0.8;

describe('program profiles, checked against occupations no program uses (leave-one-out)', () => {
  const result = leaveOneOut(programs, sectorIds, SECTOR_OCCUPATIONS);

  it('has a validation set of known sectors, each occupation once', () => {
    const codes = SECTOR_OCCUPATIONS.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [, , sector] of SECTOR_OCCUPATIONS) expect(sectorIds).toContain(sector);
    expect(result.cases.length).toBeGreaterThanOrEqual(40);
  });

  it('agrees with the O*NET figures where the occupation is also in occupations.json', () => {
    const table = new Map(occupationsJson.occupations.map((o) => [o.code, o]));
    let checked = 0;
    for (const [code, title, , , [R, I, A, S, E, C]] of SECTOR_OCCUPATIONS) {
      const known = table.get(code);
      if (!known) continue;
      expect(known.title).toBe(title);
      expect(known.riasec).toEqual({ R, I, A, S, E, C });
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it(`ranks the own sector in the first three for at least ${IN_FIRST_THREE_AT_LEAST * 100} % of them`, () => {
    const misses = result.cases.filter((c) => c.rank > 3).map((c) => `${c.title} (${c.sector})`);
    expect(
      result.inFirstThree,
      `own sector not in the first three: ${misses.join('; ')}`,
    ).toBeGreaterThanOrEqual(IN_FIRST_THREE_AT_LEAST);
  });
});

describe('the separation figures', () => {
  it('count every program once and average every pair', () => {
    const leads = leadingTypes(programs);
    expect(Object.values(leads).reduce((sum, n) => sum + n, 0)).toBe(programs.length);
    const fit = meanPairwiseFit(programs);
    expect(fit).toBeGreaterThan(50);
    expect(fit).toBeLessThan(100);
  });
});
