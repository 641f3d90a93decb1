import { fc } from '@fast-check/vitest';
import { SCHOOL_LEVEL_IDS, type SchoolLevelId } from '@/data/ids';
import {
  cleanPseudonym,
  PARTICIPANT_SOURCES,
  type Participant,
  type Session,
} from '@/features/counselor/session';
import { riasecProfile } from '../../../utils/arbitraries';

/** A school level id, or null (unknown). */
export const schoolLevel: fc.Arbitrary<SchoolLevelId | null> = fc.option(
  fc.constantFrom(...SCHOOL_LEVEL_IDS),
  { nil: null },
);

/** Names as counselors type them: Arabic, French, mixed case, and any text that can be one. */
export const pseudonym: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom('أمينة', 'يوسف ب.', 'Amina', 'élodie', 'Zineb-3', 'Ḥasan', 'x'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
  )
  .map(cleanPseudonym)
  .filter((name): name is string => name !== null);

/** A moment between 2000 and 2100, as `toISOString` writes it. */
export const isoTime: fc.Arbitrary<string> = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString());

/**
 * Any valid id that starts with `g`: the tests' `counter` ids (`p1`, `a1`, `b1`, `x1`…) are then
 * never already in a generated session, which `mergeParticipants` rightly refuses.
 */
const id = fc.stringMatching(/^[A-Za-z0-9_-]{0,63}$/).map((rest) => `g${rest}`);

export const participant: fc.Arbitrary<Participant> = fc.record({
  id,
  pseudonym,
  scores: riasecProfile,
  source: fc.constantFrom(...PARTICIPANT_SOURCES),
  schoolLevel,
  addedAt: isoTime,
});

export const session: fc.Arbitrary<Session> = fc.record({
  id,
  name: pseudonym,
  date: isoTime.map((time) => time.slice(0, 10)),
  notes: fc.string({ unit: 'grapheme', maxLength: 40 }),
  participants: fc.uniqueArray(participant, { maxLength: 4, selector: (p) => p.id }),
});

export const sessions: fc.Arbitrary<Session[]> = fc.uniqueArray(session, {
  maxLength: 3,
  selector: (s) => s.id,
});

/** A counter for `makeId`: `p1`, `p2`… */
export function counter(prefix = 'p'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}

/** One participant written out, for golden examples: a share code's scores and a school level. */
export const amina = {
  id: 'p1',
  pseudonym: 'أمينة',
  scores: { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 },
  source: 'code',
  schoolLevel: 'bac',
  addedAt: '2026-03-02T09:30:00.000Z',
} as const satisfies Participant;
