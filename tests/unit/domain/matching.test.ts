import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { riasecProfile } from '../../utils/arbitraries';
import {
  explainMatch,
  rankPrograms,
  rankSectors,
  shapeFit,
  type RankableProgram,
} from '@/domain/matching';
import type { RiasecProfile } from '@/domain/riasec';

const profile = riasecProfile;
const LEVELS = ['S', 'Q', 'T', 'TS', 'BP'] as const;
const programs = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,6}$/),
    sector: fc.constantFrom('a', 'b', 'c'),
    level: fc.constantFrom(...LEVELS),
    riasec: profile,
  }),
  { selector: (p) => p.id, maxLength: 25 },
) as fc.Arbitrary<RankableProgram[]>;

const only = (type: keyof RiasecProfile): RiasecProfile => ({
  R: 0,
  I: 0,
  A: 0,
  S: 0,
  E: 0,
  C: 0,
  [type]: 100,
});

describe('shapeFit: golden examples worked by hand', () => {
  it('is 100 for the same shape, at any level', () => {
    expect(shapeFit(only('R'), only('R'))).toBe(100);
    expect(
      shapeFit(
        { R: 60, I: 40, A: 20, S: 20, E: 20, C: 50 },
        { R: 90, I: 70, A: 50, S: 50, E: 50, C: 80 },
      ),
    ).toBe(100);
  });

  it('is 40 between two single-type profiles (r = −0.2)', () => {
    // Deviations from the mean 16.67: R-only (83.3, −16.7 ×5), I-only (−16.7, 83.3, −16.7 ×4).
    // Cross products: 2 × (83.3 × −16.7) + 4 × 16.7² = −1666.7; each variance 8333.3; r = −0.2.
    expect(shapeFit(only('R'), only('I'))).toBe(40);
  });

  it('is 0 for mirror shapes and 50 when a profile is flat', () => {
    const up = { R: 100, I: 80, A: 60, S: 40, E: 20, C: 0 };
    const down = { R: 0, I: 20, A: 40, S: 60, E: 80, C: 100 };
    expect(shapeFit(up, down)).toBe(0);
    expect(shapeFit(up, { R: 50, I: 50, A: 50, S: 50, E: 50, C: 50 })).toBe(50);
  });
});

describe('shapeFit: properties', () => {
  test.prop([profile, profile])('is symmetric and within 0–100', (a, b) => {
    expect(shapeFit(a, b)).toBe(shapeFit(b, a));
    expect(shapeFit(a, b)).toBeGreaterThanOrEqual(0);
    expect(shapeFit(a, b)).toBeLessThanOrEqual(100);
  });
});

describe('explainMatch', () => {
  it('names the types both profiles rate above their average, strongest first', () => {
    const user = { R: 20, I: 90, A: 10, S: 20, E: 30, C: 70 };
    const program = { R: 40, I: 75, A: 20, S: 15, E: 20, C: 85 };
    expect(explainMatch(user, program)).toEqual(['I', 'C']);
  });

  it('is empty when nothing is shared', () => {
    expect(explainMatch(only('R'), only('S'))).toEqual([]);
  });
});

/**
 * Programs sharing a few profiles, so that many fit the user exactly as well: their ids alone
 * decide their order.
 */
const programsWithTies = fc
  .tuple(fc.array(profile, { minLength: 1, maxLength: 3 }), programs)
  .map(([shared, list]) =>
    list.map((program, i) => ({ ...program, riasec: shared[i % shared.length]! })),
  );

describe('rankPrograms', () => {
  test.prop([profile, programsWithTies])(
    'is a total order: best fit first, then by id',
    (p, list) => {
      const ranked = rankPrograms(p, list);
      expect(ranked).toHaveLength(list.length);
      expect(new Set(ranked.map((r) => r.id)).size).toBe(list.length);
      for (let i = 1; i < ranked.length; i += 1) {
        expect(ranked[i - 1]!.fit).toBeGreaterThanOrEqual(ranked[i]!.fit);
      }
      // Programs with the same profile fit exactly as well: they come in the order of their ids.
      const profileOf = new Map(list.map((program) => [program.id, program.riasec]));
      for (const shared of new Set(profileOf.values())) {
        const ids = ranked.map((r) => r.id).filter((id) => profileOf.get(id) === shared);
        expect(ids).toEqual([...ids].sort());
      }
    },
  );

  test.prop([profile, programs])('does not depend on the order of the programs', (p, list) => {
    expect(rankPrograms(p, [...list].reverse())).toEqual(rankPrograms(p, list));
  });

  test.prop([profile, programs, fc.subarray([...LEVELS])])(
    'keeps only the eligible levels, in the same order',
    (p, list, levels) => {
      const all = rankPrograms(p, list);
      const eligible = rankPrograms(p, list, { eligibleLevels: levels });
      const levelOf = new Map(list.map((x) => [x.id, x.level]));
      expect(eligible).toEqual(
        all.filter((r) => (levels as string[]).includes(levelOf.get(r.id)!)),
      );
    },
  );

  it('orders equal fits by id', () => {
    const twins = [
      { id: 'b', sector: 'x', level: 'T', riasec: only('R') },
      { id: 'a', sector: 'x', level: 'T', riasec: only('R') },
    ];
    expect(rankPrograms(only('R'), twins).map((r) => r.id)).toEqual(['a', 'b']);
  });
});

describe('rankSectors', () => {
  it('judges a sector by its three best programs and leaves out empty sectors', () => {
    const list: RankableProgram[] = [
      { id: 'r1', sector: 'tech', level: 'T', riasec: only('R') },
      { id: 's1', sector: 'care', level: 'T', riasec: only('S') },
      { id: 'r2', sector: 'care', level: 'T', riasec: only('R') },
    ];
    const ranked = rankSectors(only('R'), ['care', 'tech', 'empty'], list);
    expect(ranked.map((s) => s.id)).toEqual(['tech', 'care']);
    expect(ranked[0]).toEqual({ id: 'tech', fit: 100, topPrograms: ['r1'], openPrograms: 1 });
    // care: best programs r2 (100) and s1 (40) → mean 70.
    expect(ranked[1]).toEqual({
      id: 'care',
      fit: 70,
      topPrograms: ['r2', 's1'],
      openPrograms: 2,
    });
  });

  it('ranks a sector on its programs open at the school level, and leaves out the others', () => {
    const list: RankableProgram[] = [
      { id: 'r-ts', sector: 'tech', level: 'TS', riasec: only('R') },
      { id: 's-q', sector: 'care', level: 'Q', riasec: only('S') },
      { id: 'r-q', sector: 'care', level: 'Q', riasec: only('R') },
    ];
    const ranked = rankSectors(only('R'), ['care', 'tech'], list, { eligibleLevels: ['S', 'Q'] });
    expect(ranked.map((s) => s.id)).toEqual(['care']);
    expect(ranked[0]?.openPrograms).toBe(2);
  });

  it('counts an option with its parent’s very profile once', () => {
    const R60 = { R: 60, I: 20, A: 10, S: 10, E: 10, C: 40 };
    const list: RankableProgram[] = [
      { id: 'parent', sector: 'tech', level: 'T', riasec: only('R') },
      { id: 'option', sector: 'tech', level: 'T', riasec: only('R'), parent: 'parent' },
      { id: 'other', sector: 'tech', level: 'T', riasec: only('S') },
      { id: 'own', sector: 'tech', level: 'T', riasec: R60, parent: 'parent' },
    ];
    const [tech] = rankSectors(only('R'), ['tech'], list);
    expect(tech?.topPrograms).toEqual(['parent', 'own', 'other']);
    expect(tech?.openPrograms).toBe(4);
  });

  test.prop([profile, programs])(
    'is a total order over the sectors that have programs',
    (p, list) => {
      const ranked = rankSectors(p, ['a', 'b', 'c'], list);
      expect(ranked.map((s) => s.id).sort()).toEqual(
        [...new Set(list.map((x) => x.sector))].sort(),
      );
      for (let i = 1; i < ranked.length; i += 1)
        expect(ranked[i - 1]!.fit).toBeGreaterThanOrEqual(ranked[i]!.fit);
    },
  );
});
