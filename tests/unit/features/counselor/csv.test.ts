import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findProgram } from '@/data/catalogue';
import { parseCsv } from '@/data/csv';
import { levels } from '@/data/levels';
import { PRECISION } from '@/domain/precision';
import { RIASEC_TYPES } from '@/domain/riasec';
import { readProfile, writeCode } from '@/domain/reading';
import { encodeShareCode, formatShareCode } from '@/domain/share-code';
import {
  CSV_COLUMNS,
  CSV_NAME_COLUMNS,
  counselorCell,
  sessionToCsv,
} from '@/features/counselor/csv';
import type { Participant, Session } from '@/features/counselor/session';
import { summarizeParticipant } from '@/features/counselor/summary';
import { riasecProfile } from '../../../utils/arbitraries';
import { participant as participantArb } from './arbitraries';

const base: Participant = {
  id: 'p1',
  pseudonym: 'أمينة',
  scores: { R: 90, I: 20, A: 10, S: 15, E: 30, C: 60 },
  source: 'code',
  schoolLevel: 'primary',
  addedAt: '2026-03-02T09:30:00.000Z',
};
const sessionOf = (participants: Participant[]): Session => ({
  id: 's1',
  name: 'Classe',
  date: '2026-03-02',
  notes: '',
  participants,
});
const rowsOf = (csv: string) => parseCsv(csv).records.map((record) => record.fields);
const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);

describe('sessionToCsv: examples', () => {
  it('starts with a byte-order mark, a header of column ids, and ends every row with CRLF', () => {
    const csv = sessionToCsv(sessionOf([base]));
    expect(csv.startsWith('\uFEFFpseudonym,share_code,source,school_level,score_r,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(parseCsv(csv).header).toEqual([...CSV_COLUMNS]);
  });

  it('writes a participant as they saw their results: code, notice, sectors and programs by id', () => {
    const [row] = rowsOf(sessionToCsv(sessionOf([base])));
    expect(row).toEqual([
      'أمينة',
      formatShareCode(encodeShareCode({ scores: base.scores, schoolLevel: 1 })),
      'code',
      'primary',
      '90',
      '20',
      '10',
      '15',
      '30',
      '60',
      // A share code is read with the quick form's precision: C is within its error of R.
      'R/C',
      '',
      'construction',
      'strong',
      'maritime-fishing',
      'strong',
      'textile',
      'strong',
      'electricite-de-batiment',
      'strong',
      'cqpm-machine-specialisation',
      'strong',
      'cqpm-peche-maritime-specialisation',
      'strong',
    ]);
    // The same scores from the full form: R is ahead of C.
    const [full] = rowsOf(sessionToCsv(sessionOf([{ ...base, source: 'full' }])));
    expect(full?.[column('profile_code')]).toBe('R, C');
  });

  it('ranks only the programs the school level opens', () => {
    const primary = levels.schoolLevels.find((school) => school.id === 'primary')!;
    const [row] = rowsOf(sessionToCsv(sessionOf([base])));
    for (const name of ['program_1', 'program_2', 'program_3'] as const) {
      const program = findProgram(row![column(name)]!);
      expect(primary.opensTo).toContain(program?.level);
    }
  });

  it('writes a flat profile’s notice, no code and partial bands only', () => {
    const flat = {
      ...base,
      scores: { R: 50, I: 50, A: 50, S: 50, E: 50, C: 50 },
      schoolLevel: null,
    };
    const [row] = rowsOf(sessionToCsv(sessionOf([flat])));
    expect(row![column('school_level')]).toBe('');
    expect(row![column('profile_code')]).toBe('');
    expect(row![column('notice')]).toBe('undifferentiated');
    for (const name of [
      'sector_1_band',
      'sector_2_band',
      'sector_3_band',
      'program_1_band',
    ] as const)
      expect(row![column(name)]).toBe('partial');
  });

  it('adds the names of the first sectors and programs, in the export’s language, when asked', () => {
    const plain = rowsOf(sessionToCsv(sessionOf([base])))[0]!;
    const csv = sessionToCsv(sessionOf([base]), {
      names: { sector: (id) => `اسم ${id}`, program: (id) => `=${id}` },
    });
    expect(parseCsv(csv).header).toEqual([...CSV_COLUMNS, ...CSV_NAME_COLUMNS]);
    const [row] = rowsOf(csv);
    expect(row!.slice(0, CSV_COLUMNS.length)).toEqual(plain);
    const named = row!.slice(CSV_COLUMNS.length);
    expect(named.slice(0, 3)).toEqual(
      ['sector_1', 'sector_2', 'sector_3'].map((name) => `اسم ${plain[column(name as never)]}`),
    );
    // A name is text like any other: one that starts like a formula is protected too.
    expect(named[3]).toBe(`'=${plain[column('program_1')]}`);
  });

  it('never lets a pseudonym become a formula', () => {
    const names = ['=HYPERLINK("x")', '+33 6', '-Amina-', '@SUM(A1)', 'Amina = top'];
    const csv = sessionToCsv(
      sessionOf(names.map((pseudonym, i) => ({ ...base, id: `p${i}`, pseudonym }))),
    );
    expect(csv).toContain('\r\n"\'=HYPERLINK(""x"")",');
    expect(rowsOf(csv).map((row) => row[0])).toEqual([
      '\'=HYPERLINK("x")',
      "'+33 6",
      "'-Amina-",
      "'@SUM(A1)",
      'Amina = top',
    ]);
    expect(counselorCell('\tx')).toBe("'\tx");
    expect(counselorCell('\rx')).toBe('"\'\rx"');
  });

  it('quotes cells with separators, quotes and outer spaces (RFC 4180)', () => {
    expect(counselorCell('plain')).toBe('plain');
    expect(counselorCell('Benali, Amina')).toBe('"Benali, Amina"');
    expect(counselorCell('a;b')).toBe('"a;b"');
    expect(counselorCell('say "hi"')).toBe('"say ""hi"""');
    expect(counselorCell('two\nlines')).toBe('"two\nlines"');
    expect(counselorCell(' x')).toBe('" x"');
  });

  it('keeps Arabic and other pseudonyms intact, with either separator', () => {
    const names = ['أمينة بنعلي', 'يوسف، ب.', 'Élodie; Sara', 'Ḥasan "H"'];
    const participants = names.map((pseudonym, i) => ({ ...base, id: `p${i}`, pseudonym }));
    for (const separator of [',', ';'] as const) {
      const csv = sessionToCsv(sessionOf(participants), { separator });
      expect(rowsOf(csv).map((row) => row[0])).toEqual(names);
      expect(parseCsv(csv).header).toEqual([...CSV_COLUMNS]);
    }
  });

  it('gives 31 lines for 30 participants', () => {
    const participants = Array.from({ length: 30 }, (_, i) => ({
      ...base,
      id: `p${i}`,
      pseudonym: `طالب ${i + 1}`,
      scores: { ...base.scores, S: i },
    }));
    const csv = sessionToCsv(sessionOf(participants));
    const lines = csv.slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(31);
    expect(rowsOf(csv)).toHaveLength(30);
    expect(sessionToCsv(sessionOf([]))).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('sessionToCsv: properties', () => {
  test.prop([fc.array(participantArb, { maxLength: 5 })])(
    'every row reads back with its pseudonym, code and scores, and no cell starts a formula',
    (participants) => {
      const csv = sessionToCsv(sessionOf(participants));
      const table = parseCsv(csv);
      expect(table.errors).toEqual([]);
      expect(table.records).toHaveLength(participants.length);
      table.records.forEach(({ fields }, i) => {
        const p = participants[i]!;
        expect(fields).toHaveLength(CSV_COLUMNS.length);
        const name = fields[0]!;
        expect(/^[=+\-@]/.test(p.pseudonym) ? name.slice(1) : name).toBe(p.pseudonym);
        expect(fields[column('share_code')]).toBe(formatShareCode(summarizeParticipant(p).code));
        expect(fields.slice(column('score_r'), column('score_c') + 1)).toEqual(
          ['R', 'I', 'A', 'S', 'E', 'C'].map((t) => String(p.scores[t as 'R'])),
        );
        for (const cell of fields) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      });
    },
  );

  test.prop([fc.array(participantArb, { maxLength: 5 })])(
    'reads back by its header: each participant under the column ids, as written',
    (participants) => {
      const table = parseCsv(sessionToCsv(sessionOf(participants)));
      const read = table.records.map(({ fields }) => {
        const cell = (id: string) => fields[table.header.indexOf(id)];
        return {
          pseudonym: cell('pseudonym'),
          source: cell('source'),
          schoolLevel: cell('school_level') || null,
          scores: Object.fromEntries(
            RIASEC_TYPES.map((type) => [type, Number(cell(`score_${type.toLowerCase()}`))]),
          ),
        };
      });
      expect(read).toEqual(
        participants.map((p) => ({
          pseudonym: /^[=+\-@\t\r]/.test(p.pseudonym) ? `'${p.pseudonym}` : p.pseudonym,
          source: p.source,
          schoolLevel: p.schoolLevel,
          scores: p.scores,
        })),
      );
    },
  );
});

describe('summarizeParticipant', () => {
  test.prop([riasecProfile, fc.constantFrom('quick', 'full', 'typed' as const)])(
    'writes the profile code exactly as the results screen does',
    (scores, source) => {
      const summary = summarizeParticipant({ scores, source, schoolLevel: null });
      expect(summary.profileCode).toBe(writeCode(readProfile(scores, PRECISION[source]).code));
    },
  );

  test.prop([riasecProfile])(
    'reads a share code as the quick form, and caps bands by the notice',
    (scores) => {
      const summary = summarizeParticipant({ scores, source: 'code', schoolLevel: null });
      expect(summary.reading).toEqual(readProfile(scores, PRECISION.quick));
      if (summary.reading.notice !== null)
        for (const entry of [...summary.sectors, ...summary.programs])
          expect(entry.band).not.toBe('strong');
      expect(summary.sectors.length).toBeLessThanOrEqual(3);
      expect(summary.programs).toHaveLength(3);
    },
  );
});
