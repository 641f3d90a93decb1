import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { mergeParticipants, participantKey, type Candidate } from '@/features/counselor/merge';
import { sessionSchema, type Session } from '@/features/counselor/session';
import { riasecProfile } from '../../../utils/arbitraries';
import { counter, isoTime, participant, pseudonym, schoolLevel, session } from './arbitraries';

const NOW = '2026-03-02T09:30:00.000Z';
const scores = { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 };
const empty: Session = {
  id: 's1',
  name: 'Classe 3A',
  date: '2026-03-02',
  notes: '',
  participants: [],
};
const candidate = (overrides: Partial<Candidate> = {}): Candidate => ({
  pseudonym: 'Amina',
  scores,
  source: 'code',
  schoolLevel: 'bac',
  ...overrides,
});

describe('mergeParticipants: examples', () => {
  it('adds new participants with the ids and time given, after those already there', () => {
    const first = mergeParticipants(empty, [candidate()], { makeId: counter(), now: NOW });
    expect(first.added).toEqual([
      { id: 'p1', pseudonym: 'Amina', scores, source: 'code', schoolLevel: 'bac', addedAt: NOW },
    ]);
    expect(first.skipped).toEqual([]);
    const second = mergeParticipants(
      first.session,
      [candidate({ pseudonym: '  يوسف  ', source: 'full', schoolLevel: null })],
      { makeId: counter('q'), now: '2026-03-02T10:00:00.000Z' },
    );
    expect(second.session.participants.map((p) => [p.id, p.pseudonym])).toEqual([
      ['p1', 'Amina'],
      ['q1', 'يوسف'],
    ]);
    expect(sessionSchema.safeParse(second.session).success).toBe(true);
  });

  it('treats the same code and pseudonym (any case, spaces, Unicode form) as one participant', () => {
    const { session: once } = mergeParticipants(empty, [candidate({ pseudonym: 'Élodie' })], {
      makeId: counter(),
      now: NOW,
    });
    const again = mergeParticipants(
      once,
      [
        candidate({ pseudonym: ' élodie ' }),
        candidate({ pseudonym: 'E\u0301LODIE' }), // decomposed É
        candidate({ pseudonym: 'Élodie', source: 'typed' }), // the source is not compared
        candidate({ pseudonym: 'Salma' }),
        candidate({ pseudonym: 'SALMA' }),
      ],
      { makeId: counter('q'), now: NOW },
    );
    expect(again.added.map((p) => p.pseudonym)).toEqual(['Salma']);
    expect(again.skipped).toEqual([
      { index: 0, reason: 'in-session' },
      { index: 1, reason: 'in-session' },
      { index: 2, reason: 'in-session' },
      { index: 4, reason: 'in-batch' },
    ]);
  });

  it('keeps two participants apart when their pseudonyms, scores or school levels differ', () => {
    const { added } = mergeParticipants(
      empty,
      [
        candidate(),
        candidate({ pseudonym: 'Amina B.' }),
        candidate({ scores: { ...scores, C: 61 } }),
        candidate({ schoolLevel: 'bac-2' }),
        candidate({ schoolLevel: null }),
      ],
      { makeId: counter(), now: NOW },
    );
    expect(added).toHaveLength(5);
  });

  it('skips invalid candidates and keeps a file participant’s time', () => {
    const result = mergeParticipants(
      empty,
      [
        candidate({ pseudonym: '   ' }),
        candidate({ pseudonym: 'x'.repeat(61) }),
        candidate({ pseudonym: 'a\nb' }),
        candidate({ scores: { ...scores, R: 101 } }),
        candidate({ scores: { ...scores, R: 50.5 } }),
        candidate({ schoolLevel: 'lycee' as 'bac' }),
        candidate({ addedAt: 'yesterday' }),
        candidate({ addedAt: '2025-12-01T08:00:00.000Z' }),
      ],
      { makeId: counter(), now: NOW },
    );
    expect(result.skipped.map((s) => s.reason)).toEqual(Array(7).fill('invalid'));
    expect(result.added.map((p) => p.addedAt)).toEqual(['2025-12-01T08:00:00.000Z']);
  });

  it('never changes the session it is given', () => {
    const before = structuredClone(empty);
    mergeParticipants(empty, [candidate()], { makeId: counter(), now: NOW });
    expect(empty).toEqual(before);
  });

  it('throws on an id already used or malformed, or a bad time: programming errors', () => {
    const { session: once } = mergeParticipants(empty, [candidate()], {
      makeId: counter(),
      now: NOW,
    });
    const other = [candidate({ pseudonym: 'Omar' })];
    expect(() => mergeParticipants(once, other, { makeId: counter(), now: NOW })).toThrow();
    expect(() => mergeParticipants(once, other, { makeId: () => 'a b', now: NOW })).toThrow();
    expect(() => mergeParticipants(once, other, { makeId: counter('q'), now: 'now' })).toThrow();
  });
});

const candidateArb: fc.Arbitrary<Candidate> = fc.record({
  // Few pseudonyms and scores, so that duplicates are frequent.
  pseudonym: fc.oneof(fc.constantFrom('Amina', 'amina ', 'AMINA', 'يوسف'), pseudonym),
  scores: fc.oneof(fc.constant(scores), riasecProfile),
  source: fc.constantFrom('quick', 'full', 'typed', 'code'),
  schoolLevel: fc.oneof(fc.constant<'bac' | null>('bac'), schoolLevel),
});
const keys = (s: Session) => new Set(s.participants.map(participantKey));

describe('mergeParticipants: properties', () => {
  test.prop([session, fc.array(candidateArb, { maxLength: 12 })])(
    'every candidate is added or skipped once, and the session stays valid',
    (given, candidates) => {
      const result = mergeParticipants(given, candidates, { makeId: counter('new'), now: NOW });
      const skippedAt = result.skipped.map((s) => s.index);
      expect(new Set(skippedAt).size).toBe(skippedAt.length);
      expect([...skippedAt].sort((x, y) => x - y)).toEqual(skippedAt);
      expect(skippedAt.every((i) => i >= 0 && i < candidates.length)).toBe(true);
      expect(result.added.length + result.skipped.length).toBe(candidates.length);
      expect(result.session.participants).toEqual([...given.participants, ...result.added]);
      if (new Set(given.participants.map(participantKey)).size === given.participants.length)
        expect(keys(result.session).size).toBe(result.session.participants.length);
      expect(sessionSchema.safeParse(result.session).success).toBe(true);
    },
  );

  test.prop([session, fc.array(candidateArb, { maxLength: 12 })])(
    'merging the same candidates twice adds nothing the second time',
    (given, candidates) => {
      const once = mergeParticipants(given, candidates, { makeId: counter('a'), now: NOW });
      const twice = mergeParticipants(once.session, candidates, { makeId: counter('b'), now: NOW });
      expect(twice.added).toEqual([]);
      expect(twice.session).toEqual(once.session);
    },
  );

  test.prop([
    session,
    fc
      .array(candidateArb, { maxLength: 12 })
      .chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
      ),
  ])(
    'the participants’ keys after a merge do not depend on the candidates’ order',
    (given, [a, b]) => {
      const first = mergeParticipants(given, a, { makeId: counter('a'), now: NOW });
      const second = mergeParticipants(given, b, { makeId: counter('b'), now: NOW });
      expect(keys(second.session)).toEqual(keys(first.session));
      expect(second.added.length).toBe(first.added.length);
    },
  );

  test.prop([session, fc.array(participant, { maxLength: 6 }), isoTime])(
    'another device’s participants merge as candidates, keeping their times',
    (given, incoming, now) => {
      const { added, skipped } = mergeParticipants(given, incoming, { makeId: counter('x'), now });
      expect(added.length + skipped.length).toBe(incoming.length);
      // The candidates not skipped are added in batch order, each with its own time.
      const skippedIndexes = new Set(skipped.map((entry) => entry.index));
      const kept = incoming.filter((_, index) => !skippedIndexes.has(index));
      expect(added.map((p) => p.addedAt)).toEqual(kept.map((p) => p.addedAt));
    },
  );
});
