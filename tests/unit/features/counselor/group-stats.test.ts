import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { NoticeKind, ProfileReading } from '@/domain/reading';
import { RIASEC_TYPES, type RiasecType } from '@/domain/riasec';
import { groupDistributions } from '@/features/counselor/group-stats';
import { bundledCatalogue, summarizeParticipant } from '@/features/counselor/summary';
import { participant } from './arbitraries';

type Summary = Parameters<typeof groupDistributions>[0][number];

const ORDER = ['health', 'digital-ai', 'construction', 'agriculture'];

/** A summary written by hand: the reading's code and notice, and the first sectors' ids. */
function summary(
  code: RiasecType[][],
  notice: NoticeKind | null = null,
  sectors: string[] = [],
): Summary {
  const reading: ProfileReading = { code, consistency: 'undetermined', notice };
  return { reading, sectors: sectors.map((id) => ({ id, fit: 80, band: 'good' })) };
}

const countOf = (result: ReturnType<typeof groupDistributions>, type: RiasecType) =>
  result.leadingTypes.find((entry) => entry.type === type)?.count;

describe('groupDistributions', () => {
  it('counts nothing in an empty group', () => {
    expect(groupDistributions([], ORDER)).toEqual({
      total: 0,
      leadingTypes: RIASEC_TYPES.map((type) => ({ type, count: 0 })),
      noTypeAhead: 0,
      firstSectors: [],
      noDirection: 0,
    });
  });

  it('counts the first tier only, and a tie once for each of its types', () => {
    const result = groupDistributions(
      [
        summary([['S']], null, ['health']),
        summary([['S'], ['A', 'E']], null, ['health']),
        summary([['I', 'C']], null, ['digital-ai']),
        summary([['R', 'I', 'S']], 'inconsistent', ['construction']),
      ],
      ORDER,
    );
    expect(result.total).toBe(4);
    expect(result.leadingTypes.map((entry) => entry.type)).toEqual([...RIASEC_TYPES]);
    expect(result.leadingTypes.map((entry) => entry.count)).toEqual([1, 2, 0, 3, 0, 1]);
    // A and E are only in a second tier.
    expect(countOf(result, 'A')).toBe(0);
    expect(result.noTypeAhead).toBe(0);
  });

  it('counts empty codes apart', () => {
    const result = groupDistributions(
      [
        summary([], 'undifferentiated', ['health']),
        summary([], 'low', ['agriculture']),
        summary([['E']], null, ['agriculture']),
      ],
      ORDER,
    );
    expect(result.noTypeAhead).toBe(2);
    expect(countOf(result, 'E')).toBe(1);
    expect(result.leadingTypes.reduce((sum, entry) => sum + entry.count, 0)).toBe(1);
  });

  it('counts first sectors of readings without a notice only, the others as no direction', () => {
    const result = groupDistributions(
      [
        summary([['R']], null, ['construction', 'health']),
        summary([['R']], 'low', ['construction']),
        summary([['I']], 'inconsistent', ['digital-ai']),
        summary([], 'undifferentiated', ['health']),
        summary([['S']], null, ['health', 'construction']),
      ],
      ORDER,
    );
    expect(result.firstSectors).toEqual([
      { id: 'health', count: 1 },
      { id: 'construction', count: 1 },
    ]);
    expect(result.noDirection).toBe(3);
  });

  it('orders sectors by count, then in the dataset order, unknown ids last', () => {
    const result = groupDistributions(
      [
        summary([['R']], null, ['agriculture']),
        summary([['R']], null, ['zeta']),
        summary([['R']], null, ['alpha']),
        summary([['R']], null, ['construction']),
        summary([['R']], null, ['digital-ai']),
        summary([['R']], null, ['agriculture']),
      ],
      ORDER,
    );
    expect(result.firstSectors).toEqual([
      { id: 'agriculture', count: 2 },
      { id: 'digital-ai', count: 1 },
      { id: 'construction', count: 1 },
      { id: 'alpha', count: 1 },
      { id: 'zeta', count: 1 },
    ]);
  });

  it('counts a participant with nothing ranked as no direction', () => {
    const result = groupDistributions([summary([['C']], null, [])], ORDER);
    expect(result.firstSectors).toEqual([]);
    expect(result.noDirection).toBe(1);
    expect(countOf(result, 'C')).toBe(1);
  });

  it('orders by the bundled dataset by default', () => {
    const [first, second] = bundledCatalogue.sectorIds;
    const result = groupDistributions([
      summary([['R']], null, [second ?? '']),
      summary([['R']], null, [first ?? '']),
    ]);
    expect(result.firstSectors.map((entry) => entry.id)).toEqual([first, second]);
  });
});

const sectorId = fc.constantFrom(...ORDER, 'elsewhere');
const tier = fc.subarray([...RIASEC_TYPES], { minLength: 1, maxLength: 3 });
const handBuilt: fc.Arbitrary<Summary> = fc
  .record({
    code: fc.oneof(
      fc.constant<RiasecType[][]>([]),
      tier.map((t) => [t]),
      fc.tuple(tier, tier).map(([a, b]) => {
        const next = b.filter((type) => !a.includes(type));
        return next.length > 0 ? [a, next] : [a];
      }),
    ),
    notice: fc.constantFrom<NoticeKind | null>(null, 'low', 'undifferentiated', 'inconsistent'),
    sectors: fc.array(sectorId, { maxLength: 3 }),
  })
  .map(({ code, notice, sectors }) => summary(code, notice, sectors));

function checkCounts(summaries: readonly Summary[]) {
  const result = groupDistributions(summaries, ORDER);
  const sectorSum = result.firstSectors.reduce((sum, entry) => sum + entry.count, 0);
  expect(sectorSum + result.noDirection).toBe(result.total);
  expect(result.total).toBe(summaries.length);
  expect(result.leadingTypes).toHaveLength(6);
  for (const entry of result.leadingTypes) {
    expect(entry.count).toBeGreaterThanOrEqual(0);
    expect(entry.count).toBeLessThanOrEqual(result.total);
  }
  expect(result.noTypeAhead).toBeLessThanOrEqual(result.total);
  expect(result.firstSectors.every((entry) => entry.count > 0)).toBe(true);
  const counts = result.firstSectors.map((entry) => entry.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
}

describe('groupDistributions, for any group', () => {
  test.prop([fc.array(handBuilt, { maxLength: 40 })])(
    'the counts add up: first sectors and no direction make the total',
    checkCounts,
  );

  test.prop([fc.array(participant, { maxLength: 8 })], { numRuns: 30 })(
    'the counts add up on real summaries',
    (participants) => checkCounts(participants.map((p) => summarizeParticipant(p))),
  );

  test.prop([
    fc
      .array(handBuilt, { maxLength: 20 })
      .chain((list) =>
        fc.tuple(
          fc.constant(list),
          fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
        ),
      ),
  ])('the order of the participants does not matter', ([list, shuffled]) => {
    expect(groupDistributions(shuffled, ORDER)).toEqual(groupDistributions(list, ORDER));
  });
});
