import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/data/csv';
import { SCHOOL_LEVEL_IDS } from '@/data/ids';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import { sessionToCsv } from '@/features/counselor/csv';
import { mergeParticipants, type Candidate } from '@/features/counselor/merge';
import { parseLines } from '@/features/counselor/parse-lines';
import type { Session } from '@/features/counselor/session';
import { exportSessionFile, importSessionFile } from '@/features/counselor/session-file';
import { counter } from './arbitraries';

// No timings here (shared machines are noisy): `npx tsx scripts/bench-domain.ts` reports them.
describe('a session of 300 participants', () => {
  it('is pasted, merged, exported to CSV and to a file, and read back intact', () => {
    let seed = 300;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const lines = Array.from({ length: 300 }, (_, i) => {
      const scores = {
        R: next(101),
        I: next(101),
        A: next(101),
        S: next(101),
        E: next(101),
        C: next(101),
      };
      const level = next(SCHOOL_LEVEL_IDS.length + 1);
      const code = formatShareCode(
        encodeShareCode({ scores, schoolLevel: level === 0 ? null : level }),
      );
      return `${i % 2 ? 'طالب' : 'Élève'} ${i + 1}\t${code}`;
    });
    const parsed = parseLines(lines.join('\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.participants).toHaveLength(300);

    const empty: Session = {
      id: 'big',
      name: 'Lycée — 300',
      date: '2026-03-02',
      notes: '',
      participants: [],
    };
    const candidates: Candidate[] = parsed.participants.map((entry) => ({
      ...entry,
      pseudonym: entry.pseudonym ?? '',
    }));
    const merged = mergeParticipants(empty, candidates, {
      makeId: counter(),
      now: '2026-03-02T09:30:00.000Z',
    });
    expect(merged.added).toHaveLength(300);
    const again = mergeParticipants(merged.session, candidates, {
      makeId: counter('again'),
      now: '2026-03-02T09:31:00.000Z',
    });
    expect(again.added).toEqual([]);

    const csv = sessionToCsv(merged.session);
    expect(csv.slice(1).split('\r\n')).toHaveLength(302); // 301 lines and the empty end
    const table = parseCsv(csv);
    expect(table.records.map((r) => r.fields[0])).toEqual(
      merged.session.participants.map((p) => p.pseudonym),
    );

    const file = exportSessionFile([merged.session]);
    expect(importSessionFile(file)).toEqual({ ok: true, sessions: [merged.session] });
  });
});
