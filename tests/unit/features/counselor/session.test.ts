import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { SCHOOL_LEVEL_IDS, schoolLevelOfSlot, slotOfSchoolLevel } from '@/data/ids';
import { decodeShareCode } from '@/domain/share-code';
import {
  cleanPseudonym,
  participantCode,
  participantSchema,
  precisionSource,
  pseudonymKey,
  sessionSchema,
} from '@/features/counselor/session';
import { riasecProfile } from '../../../utils/arbitraries';
import { amina, participant, schoolLevel, session } from './arbitraries';

const valid = amina;

describe('pseudonyms', () => {
  it('are trimmed, NFC, one line of 1–60 characters', () => {
    expect(cleanPseudonym('  Amina ')).toBe('Amina');
    expect(cleanPseudonym('E\u0301lodie')).toBe('Élodie');
    expect(cleanPseudonym('x'.repeat(60))).toBe('x'.repeat(60));
    expect(cleanPseudonym('😀'.repeat(60))).toBe('😀'.repeat(60));
    expect(cleanPseudonym('x'.repeat(61))).toBeNull();
    expect(cleanPseudonym('   ')).toBeNull();
    expect(cleanPseudonym('a\tb')).toBeNull();
    expect(cleanPseudonym('a\nb')).toBeNull();
  });

  it('compare case-insensitively, trimmed and in NFC', () => {
    expect(pseudonymKey(' AMINA ')).toBe(pseudonymKey('amina'));
    expect(pseudonymKey('E\u0301LODIE')).toBe(pseudonymKey('élodie'));
    expect(pseudonymKey('أمينة')).not.toBe(pseudonymKey('امينة'));
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 70 })])(
    'cleaning is idempotent and gives what the schema accepts',
    (text) => {
      const clean = cleanPseudonym(text);
      if (clean === null) return;
      expect(cleanPseudonym(clean)).toBe(clean);
      expect(participantSchema.safeParse({ ...valid, pseudonym: clean }).success).toBe(true);
      expect(pseudonymKey(pseudonymKey(clean))).toBe(pseudonymKey(clean));
    },
  );
});

describe('the session schema', () => {
  it('accepts a participant and refuses what a session cannot hold', () => {
    expect(participantSchema.safeParse(valid).success).toBe(true);
    const refused = [
      { ...valid, id: '' },
      { ...valid, id: 'a/b' },
      { ...valid, pseudonym: ' Amina' },
      { ...valid, scores: { ...valid.scores, R: -0 } },
      { ...valid, scores: { ...valid.scores, R: 100.5 } },
      { ...valid, scores: { ...valid.scores, X: 1 } },
      { ...valid, source: 'paper' },
      { ...valid, schoolLevel: 'lycee' },
      { ...valid, addedAt: '2026-03-02' },
      { ...valid, extra: true },
    ];
    for (const value of refused) expect(participantSchema.safeParse(value).success).toBe(false);
    expect(participantSchema.safeParse({ ...valid, schoolLevel: null }).success).toBe(true);
  });

  it('refuses a session with two participants of the same id, or a day that does not exist', () => {
    const base = {
      id: 's1',
      name: 'Classe 3A',
      date: '2026-03-02',
      notes: '',
      participants: [valid],
    };
    expect(sessionSchema.safeParse(base).success).toBe(true);
    expect(sessionSchema.safeParse({ ...base, participants: [valid, valid] }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, date: '2026-02-29' }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, date: '2028-02-29' }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...base, name: '' }).success).toBe(false);
    expect(sessionSchema.safeParse({ ...base, notes: 'a\nb' }).success).toBe(true);
  });

  test.prop([session])('accepts every session the test arbitraries build', (given) => {
    expect(sessionSchema.parse(given)).toEqual(given);
  });
});

describe('sources, school levels and codes', () => {
  it('reads a share code with the quick form’s precision', () => {
    expect(precisionSource('code')).toBe('quick');
    expect(precisionSource('quick')).toBe('quick');
    expect(precisionSource('full')).toBe('full');
    expect(precisionSource('typed')).toBe('typed');
  });

  it('maps school levels to the share code’s slots and back', () => {
    expect(slotOfSchoolLevel(null)).toBeNull();
    expect(slotOfSchoolLevel('primary')).toBe(1);
    for (const level of SCHOOL_LEVEL_IDS)
      expect(schoolLevelOfSlot(slotOfSchoolLevel(level))).toBe(level);
    expect(schoolLevelOfSlot(SCHOOL_LEVEL_IDS.length + 1)).toBeUndefined();
  });

  test.prop([riasecProfile, schoolLevel])(
    'a participant’s code carries their result',
    (scores, level) => {
      const decoded = decodeShareCode(participantCode({ scores, schoolLevel: level }));
      expect(decoded.ok && decoded.result).toEqual({
        scores,
        schoolLevel: slotOfSchoolLevel(level),
      });
    },
  );

  test.prop([participant])('every participant the arbitraries build is valid', (given) => {
    expect(participantSchema.safeParse(given).success).toBe(true);
  });
});
