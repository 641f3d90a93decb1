import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { isSchoolLevelId, schoolLevelOfSlot, slotOfSchoolLevel } from '@/data/ids';
import { formatRiasecList, parseRiasecList, parseScore } from '@/domain/riasec';
import { riasecProfile } from '../../utils/arbitraries';
import { anyValue, digitSets, fuzzText, writeDigits } from './inputs';
import { DATASET_SCHOOL_LEVELS, profileProblems } from './invariants';
import { FUZZ } from './runs';

// The `riasec=R,I,A,S,E,C` parameter of a result link (`parseRiasecList`, one score each with
// `parseScore`, src/domain/riasec.ts), the `level=` parameter beside it (`isSchoolLevelId`), and
// a share code's school level slot (`schoolLevelOfSlot`, src/data/ids.ts).

/** Blanks and marks allowed around each score. */
const around = fc.constantFrom('', ' ', '  ', '\u00a0', '\t', '\u200f', '\u200e', '\u3000');
/** What may separate the scores: the comma or an Arabic one. */
const separator = fc.constantFrom(',', '،', '٬');

/** A profile, and its list as a person or a link may write it. */
const writtenList = fc
  .record({
    profile: riasecProfile,
    blanks: fc.array(fc.tuple(around, around), { minLength: 6, maxLength: 6 }),
    separators: fc.array(separator, { minLength: 5, maxLength: 5 }),
    sets: digitSets,
  })
  .map(({ profile, blanks, separators, sets }) => {
    const text = writeDigits(formatRiasecList(profile), sets)
      .split(',')
      .map((score, i) => `${blanks[i]?.[0]}${score}${blanks[i]?.[1]}`)
      .reduce((list, score, i) => `${list}${separators[i - 1]}${score}`);
    return { profile, text };
  });

/** A score 0–100, and the same in any digits. */
const writtenScore = fc
  .tuple(fc.integer({ min: 0, max: 100 }), digitSets)
  .map(([score, sets]) => ({ score, text: writeDigits(String(score), sets) }));

describe('the riasec= parameter under fuzzing', () => {
  const input = fuzzText(writtenList.map(({ text }) => text));

  test.prop([input], FUZZ)(
    'total and sound: any text gives null or six whole numbers 0–100, never a throw',
    (text) => {
      const read = parseRiasecList(text);
      if (read !== null) expect(profileProblems(read)).toEqual([]);
    },
  );

  test.prop([writtenList], FUZZ)(
    'round trip: every profile, written in any digits and separators and carried by a link, reads back',
    ({ profile, text }) => {
      const query = new URLSearchParams({ riasec: text, level: 'bac' }).toString();
      expect([
        parseRiasecList(formatRiasecList(profile)),
        parseRiasecList(new URLSearchParams(query).get('riasec') ?? ''),
      ]).toEqual([profile, profile]);
    },
  );

  test.prop([fuzzText(writtenScore.map(({ text }) => text))], FUZZ)(
    'total and sound: one score is a whole number 0–100 or null',
    (text) => {
      const score = parseScore(text);
      if (score !== null) expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
    },
  );

  test.prop([writtenScore, around], FUZZ)(
    'round trip: a score in any digits, with blanks around, reads back',
    ({ score, text }, blank) => {
      expect(parseScore(`${blank}${text}${blank}`)).toBe(score);
    },
  );
});

describe('the level= parameter and a code’s school level slot under fuzzing', () => {
  const levelText = fuzzText(fc.constantFrom(...DATASET_SCHOOL_LEVELS));

  test.prop([fc.oneof(levelText, anyValue)], FUZZ)(
    'total and sound: only a school level of the dataset is accepted',
    (value) => {
      const accepted = isSchoolLevelId(value as string);
      expect(accepted).toBe(typeof value === 'string' && DATASET_SCHOOL_LEVELS.includes(value));
    },
  );

  test.prop([fc.constantFrom(...DATASET_SCHOOL_LEVELS), fc.string({ maxLength: 8 })], FUZZ)(
    'round trip: every school level, carried by a link among other parameters, reads back',
    (level, other) => {
      const query = new URLSearchParams({ riasec: '1,2,3,4,5,6', level, other }).toString();
      const read = new URLSearchParams(query).get('level');
      expect(isSchoolLevelId(read) ? read : null).toBe(level);
    },
  );

  test.prop(
    [
      fc.oneof(
        fc.integer({ min: -5, max: 20 }),
        fc.constantFrom(null, 0.5, Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 53),
      ),
    ],
    FUZZ,
  )('total and sound: a slot names a school level of the dataset, none, or is refused', (slot) => {
    const level = schoolLevelOfSlot(slot);
    if (slot === null) expect(level).toBeNull();
    else if (level !== undefined)
      expect([DATASET_SCHOOL_LEVELS[slot - 1], level && slotOfSchoolLevel(level)]).toEqual([
        level,
        slot,
      ]);
  });
});
