import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PRECISION, type ScoreSource } from '@/domain/precision';
import { equallyClose, fitBand, readProfile } from '@/domain/reading';
import { RIASEC_TYPES, type RiasecProfile } from '@/domain/riasec';
import { riasecProfile } from '../../utils/arbitraries';

const SOURCES: ScoreSource[] = ['quick', 'full', 'typed'];
const source = fc.constantFrom(...SOURCES);
const profile = (values: number[]): RiasecProfile =>
  Object.fromEntries(RIASEC_TYPES.map((type, i) => [type, values[i] ?? 0])) as RiasecProfile;
const written = (code: ReturnType<typeof readProfile>['code']) =>
  code.map((tier) => tier.join('/')).join(', ');

/** A profile and the same profile with one amount added to every score, staying within 0–100. */
const shiftedProfile = riasecProfile.chain((scores) => {
  const values = RIASEC_TYPES.map((type) => scores[type]);
  return fc
    .integer({ min: -Math.min(...values), max: 100 - Math.max(...values) })
    .map((shift) => [scores, profile(values.map((value) => value + shift))] as const);
});

/** Profiles whose six scores all lie within `spread` points of each other. */
const nearFlat = (spread: number) =>
  fc
    .tuple(
      fc.integer({ min: 0, max: 100 - spread }),
      fc.array(fc.integer({ min: 0, max: spread }), { minLength: 6, maxLength: 6 }),
    )
    .map(([base, offsets]) => profile(offsets.map((offset) => base + offset)));

describe('the profile code shows only the letters really ahead', () => {
  it('R alone, when R is 90 and every other type 10', () => {
    for (const from of SOURCES) {
      expect(written(readProfile(profile([90, 10, 10, 10, 10, 10]), PRECISION[from]).code)).toBe(
        'R',
      );
    }
  });

  it('a tie of two leaders, then one follower; never more than three letters', () => {
    expect(written(readProfile(profile([90, 60, 10, 10, 88, 10]), PRECISION.typed).code)).toBe(
      'R/E, I',
    );
    // Two leaders and two tied followers would make four letters: the followers are left out.
    expect(written(readProfile(profile([90, 60, 60, 10, 88, 10]), PRECISION.typed).code)).toBe(
      'R/E',
    );
  });

  it('the examples of the issue get their notice', () => {
    expect(readProfile(profile([10, 10, 10, 12, 10, 10]), PRECISION.quick).notice).toBe('low');
    expect(readProfile(profile([50, 50, 50, 55, 50, 50]), PRECISION.quick).notice).toBe(
      'undifferentiated',
    );
    // Realistic and Social lead together, and they sit opposite on the hexagon.
    expect(readProfile(profile([90, 10, 10, 85, 10, 10]), PRECISION.typed).notice).toBe(
      'inconsistent',
    );
    expect(readProfile(profile([90, 40, 20, 20, 20, 70]), PRECISION.full).notice).toBeNull();
  });

  it('consistency is not determined when a tie leaves the leading pair open', () => {
    // R leads; I (a neighbour) and S (the opposite) tie behind it.
    const reading = readProfile(profile([95, 60, 10, 60, 10, 10]), PRECISION.typed);
    expect(written(reading.code)).toBe('R, I/S');
    expect(reading.consistency).toBe('undetermined');
    expect(reading.notice).toBeNull();
  });

  test.prop([riasecProfile, source])(
    'never holds a type within the error of the lowest score, nor more than three letters',
    (scores, from) => {
      const { code } = readProfile(scores, PRECISION[from]);
      const lowest = Math.min(...RIASEC_TYPES.map((type) => scores[type]));
      const letters = code.flat();
      expect(letters.length).toBeLessThanOrEqual(3);
      for (const type of letters) {
        expect(scores[type] - lowest).toBeGreaterThanOrEqual(PRECISION[from].reliableGap);
      }
    },
  );

  test.prop([shiftedProfile, source])(
    'adding the same amount to every score keeps the code and the consistency',
    ([scores, shifted], from) => {
      const before = readProfile(scores, PRECISION[from]);
      const after = readProfile(shifted, PRECISION[from]);
      expect(after.code).toEqual(before.code);
      expect(after.consistency).toEqual(before.consistency);
    },
  );
});

describe('weak profiles are said plainly and never shown as a strong match', () => {
  test.prop([
    source.chain((from) => fc.tuple(fc.constant(from), nearFlat(PRECISION[from].reliableGap - 1))),
  ])('a flat or near-flat profile always has a notice', ([from, scores]) => {
    expect(readProfile(scores, PRECISION[from]).notice).not.toBeNull();
  });

  test.prop([riasecProfile, source, fc.integer({ min: 0, max: 100 })])(
    'a profile with a notice never gets a strong band',
    (scores, from, fit) => {
      const { notice } = readProfile(scores, PRECISION[from]);
      fc.pre(notice !== null);
      expect(fitBand(fit, notice)).not.toBe('strong');
    },
  );

  test.prop([fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })])(
    'the band never falls when the fit rises',
    (low, high) => {
      const [a, b] = low <= high ? [low, high] : [high, low];
      const order = { partial: 0, good: 1, strong: 2 };
      for (const notice of [null, 'low', 'inconsistent', 'undifferentiated'] as const) {
        expect(order[fitBand(b, notice)]).toBeGreaterThanOrEqual(order[fitBand(a, notice)]);
      }
    },
  );

  test.prop([shiftedProfile, source, fc.integer({ min: 0, max: 100 })])(
    'a shift of a clear profile keeps its bands, unless it brings the level below "not sure"',
    ([scores, shifted], from, fit) => {
      const before = readProfile(scores, PRECISION[from]).notice;
      fc.pre(before === null);
      const after = readProfile(shifted, PRECISION[from]).notice;
      // The shape, and so every fit, does not move: only the level notice may appear.
      expect(after === null || after === 'low').toBe(true);
      if (after === null) expect(fitBand(fit, after)).toBe(fitBand(fit, before));
      else expect(fitBand(fit, after)).not.toBe('strong');
    },
  );

  it('a clear profile’s closest programs stand apart in words', () => {
    expect(fitBand(97, null)).toBe('strong');
    expect(fitBand(80, null)).toBe('good');
    expect(fitBand(60, null)).toBe('partial');
    expect(fitBand(97, 'inconsistent')).toBe('good');
    expect(fitBand(97, 'undifferentiated')).toBe('partial');
  });
});

describe('fits within the error are equally close', () => {
  test.prop([
    fc
      .array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 })
      .map((fits) => [...fits].sort((a, b) => b - a).map((fit, i) => ({ id: `p${i}`, fit }))),
    fc.integer({ min: 0, max: 10 }),
  ])('groups keep the order and stay within the tolerance', (ranked, tolerance) => {
    const groups = equallyClose(ranked, tolerance);
    expect(groups.flat()).toEqual(ranked);
    for (const group of groups) {
      const [head] = group;
      for (const entry of group)
        expect((head?.fit ?? 0) - entry.fit).toBeLessThanOrEqual(tolerance);
    }
  });
});
