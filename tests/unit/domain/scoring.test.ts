import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PRECISION } from '@/domain/precision';
import { readProfile } from '@/domain/reading';
import { riasecProfile } from '../../utils/arbitraries';
import { RIASEC_TYPES, type RiasecProfile } from '@/domain/riasec';
import {
  consistency,
  profileCode,
  scoreAnswers,
  type Answers,
  type Rating,
  type ScoredItem,
} from '@/domain/scoring';

/** A balanced bank: `perType` items of each type, ids like r1, i1, … */
function bank(perType: number): ScoredItem[] {
  return RIASEC_TYPES.flatMap((type) =>
    Array.from({ length: perType }, (_, i) => ({ id: `${type.toLowerCase()}${i + 1}`, type })),
  );
}

const ITEMS = bank(5);
const rating = fc.constantFrom<Rating>(1, 2, 3, 4, 5);
/** Any set of answers to the bank, some items possibly unanswered. */
const answers = fc
  .array(fc.option(rating, { nil: undefined }), {
    minLength: ITEMS.length,
    maxLength: ITEMS.length,
  })
  .map((ratings) => {
    const result: Record<string, Rating> = {};
    ratings.forEach((value, i) => {
      if (value !== undefined) result[ITEMS[i]!.id] = value;
    });
    return result as Answers;
  });
const profile = riasecProfile;

describe('scoreAnswers: golden examples worked by hand', () => {
  it('rescales the mean rating of each type from 1–5 to 0–100', () => {
    const items = bank(2);
    const scores = scoreAnswers(items, {
      r1: 5,
      r2: 5, // mean 5 → 100
      i1: 1,
      i2: 1, // mean 1 → 0
      a1: 3,
      a2: 4, // mean 3.5 → 2.5 / 4 → 62.5 → 63
      s1: 4,
      s2: 2, // mean 3 → 50
      e1: 2, // only one answered: 2 → 25
      c1: 4,
      c2: 5, // mean 4.5 → 87.5 → 88
    });
    expect(scores).toEqual({ R: 100, I: 0, A: 63, S: 50, E: 25, C: 88 });
  });

  it('agrees with the paper grid, (sum − 10) × 2.5, rounded half up', () => {
    const items = bank(10);
    // Ratings of R sum to 33: (33 − 10) × 2.5 = 57.5 on paper, 58 on screen.
    const ratings = [4, 4, 4, 3, 3, 3, 3, 3, 3, 3] as const;
    const answers = Object.fromEntries(ratings.map((value, i) => [`r${i + 1}`, value]));
    expect(scoreAnswers(items, answers as Answers).R).toBe(58);
  });

  it('scores 0 for a type with no answer', () => {
    expect(scoreAnswers(bank(1), { r1: 5 })).toEqual({ R: 100, I: 0, A: 0, S: 0, E: 0, C: 0 });
  });

  it('ignores answers to unknown items and values off the scale', () => {
    const scores = scoreAnswers(bank(1), { r1: 3, x9: 5, i1: 7 as Rating });
    expect(scores).toEqual({ R: 50, I: 0, A: 0, S: 0, E: 0, C: 0 });
  });
});

describe('scoreAnswers: properties', () => {
  test.prop([answers])('every score is an integer within 0–100', (given) => {
    const scores = scoreAnswers(ITEMS, given);
    for (const type of RIASEC_TYPES) {
      expect(Number.isInteger(scores[type])).toBe(true);
      expect(scores[type]).toBeGreaterThanOrEqual(0);
      expect(scores[type]).toBeLessThanOrEqual(100);
    }
  });

  test.prop([answers, answers])(
    'carries nothing from one call to the next and leaves its inputs as they were',
    (given, other) => {
      const items = structuredClone(ITEMS);
      const answersGiven = { ...given };
      const first = scoreAnswers(ITEMS, given);
      scoreAnswers(ITEMS, other);
      // A cache or a shared total kept between calls would give another result here.
      expect(scoreAnswers(ITEMS, given)).toEqual(first);
      expect(given).toEqual(answersGiven);
      expect(ITEMS).toEqual(items);
    },
  );

  test.prop([answers, fc.infiniteStream(fc.nat())])(
    'does not depend on the order of answers or of items',
    (given, seeds) => {
      const entries = Object.entries(given);
      const keys = entries.map(() => seeds.next().value as number);
      const shuffled = Object.fromEntries(
        entries
          .map((entry, i) => ({ entry, key: keys[i]! }))
          .sort((a, b) => a.key - b.key)
          .map((x) => x.entry),
      ) as Answers;
      const reversedItems = [...ITEMS].reverse();
      expect(scoreAnswers(reversedItems, shuffled)).toEqual(scoreAnswers(ITEMS, given));
    },
  );

  test.prop([answers, fc.nat({ max: ITEMS.length - 1 })])(
    'raising an answer of type X never lowers X and leaves the other types alone',
    (given, index) => {
      const item = ITEMS[index]!;
      const current = given[item.id] ?? 1;
      fc.pre(current < 5);
      const raised = { ...given, [item.id]: (current + 1) as Rating };
      const before = scoreAnswers(ITEMS, { ...given, [item.id]: current });
      const after = scoreAnswers(ITEMS, raised);
      expect(after[item.type]).toBeGreaterThanOrEqual(before[item.type]);
      for (const type of RIASEC_TYPES)
        if (type !== item.type) expect(after[type]).toBe(before[type]);
    },
  );

  test.prop([rating])(
    'answering every item alike gives a flat profile, read as no direction',
    (value) => {
      const all = Object.fromEntries(ITEMS.map((item) => [item.id, value])) as Answers;
      const scores = scoreAnswers(ITEMS, all);
      expect(new Set(RIASEC_TYPES.map((type) => scores[type])).size).toBe(1);
      expect(readProfile(scores, PRECISION.full).notice).not.toBeNull();
    },
  );
});

describe('profileCode', () => {
  it('gives the three highest types and reports ties as ties', () => {
    expect(profileCode({ R: 80, I: 20, A: 20, S: 60, E: 60, C: 10 })).toEqual({
      code: 'RSE',
      ties: [['S', 'E']],
    });
    expect(profileCode({ R: 10, I: 90, A: 30, S: 20, E: 40, C: 85 })).toEqual({
      code: 'ICE',
      ties: [],
    });
  });

  it('reports a tie that straddles the third place', () => {
    expect(profileCode({ R: 90, I: 70, A: 50, S: 50, E: 50, C: 0 })).toEqual({
      code: 'RIA',
      ties: [['A', 'S', 'E']],
    });
  });

  test.prop([profile])('always has three distinct letters, highest first', (p) => {
    const { code } = profileCode(p);
    expect(new Set(code).size).toBe(3);
    const [a, b, c] = code.split('') as (keyof RiasecProfile)[];
    expect(p[a!]).toBeGreaterThanOrEqual(p[b!]);
    expect(p[b!]).toBeGreaterThanOrEqual(p[c!]);
    for (const other of RIASEC_TYPES.filter((t) => !code.includes(t))) {
      expect(p[c!]).toBeGreaterThanOrEqual(p[other]);
    }
  });
});

describe('consistency', () => {
  it('reads consistency off the hexagon', () => {
    expect(consistency('R', 'I')).toBe('high');
    expect(consistency('C', 'R')).toBe('high');
    expect(consistency('R', 'A')).toBe('medium');
    expect(consistency('R', 'S')).toBe('low');
    expect(consistency('I', 'E')).toBe('low');
  });
});
