import { describe, expect, it } from 'vitest';
import { counselorSchema, type Turn } from '@/features/counselor/store';

const turn: Turn = { sessionId: 's1', pseudonym: null, schoolLevel: null, mode: null };
const saved = (change: Partial<Turn> | null) => ({
  sessions: [],
  turn: change && { ...turn, ...change },
});

describe('the counselor store’s check of what it reads back', () => {
  it('accepts no turn, a turn not yet begun, and a turn with its participant’s pseudonym', () => {
    for (const value of [saved(null), saved({}), saved({ pseudonym: 'أمينة', mode: 'quick' })])
      expect(counselorSchema.safeParse(value)).toEqual({ success: true, data: value });
  });

  // `beginTurn` stores a pseudonym as `cleanPseudonym` returns it, which a session's participant
  // may have: another one would be refused when the turn's result joins the session.
  it.each([
    ['empty', ''],
    ['not trimmed', ' Amina'],
    ['over 60 characters', 'x'.repeat(61)],
    ['on two lines', 'Amina\nB'],
  ])('refuses a turn whose pseudonym is %s', (_, pseudonym) => {
    expect(counselorSchema.safeParse(saved({ pseudonym })).success).toBe(false);
  });
});
