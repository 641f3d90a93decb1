import { csvCell } from '@/data/csv';
import { RIASEC_TYPES } from '@/domain/riasec';
import { formatShareCode } from '@/domain/share-code';
import type { Session } from './session';
import { summarizeParticipant, type Catalogue, type RankedEntry } from './summary';

/**
 * A session as CSV, for a spreadsheet: one row per participant, in the session's order, under a
 * header of stable column ids (`CSV_COLUMNS`). Those cells hold ids, codes and numbers, never
 * translated text, so they read the same whatever the app's language; the counselor's own text is
 * the pseudonym. With `names`, six more columns (`CSV_NAME_COLUMNS`) give the first sectors' and
 * programs' names in the language of the export, for people to read.
 *
 * - UTF-8 text starting with a byte-order mark (U+FEFF), so that spreadsheet programs open Arabic
 *   pseudonyms correctly; CRLF after every row; RFC 4180 quoting: a cell holding a comma, a
 *   semicolon (whichever separator is used), a double quote or a line break, or starting or ending
 *   with white space, is put in double quotes, with its quotes doubled. `parseCsv`
 *   (src/data/csv.ts) reads it back. The quoting rule is that of src/data/export.ts, whose helper
 *   is not exported.
 * - No formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return would be run as a formula by a spreadsheet; it is written with a single quote `'`
 *   before it, which spreadsheets show as text (OWASP's advice). Only a pseudonym can start so:
 *   "=HYPERLINK(…)" is written `'=HYPERLINK(…)`, and a pseudonym like "-Amina-" reads `'-Amina-`.
 */

/** The columns, in order: their ids are the header row, stable across versions and languages. */
export const CSV_COLUMNS = [
  'pseudonym',
  'share_code',
  'source',
  'school_level',
  ...RIASEC_TYPES.map((type) => `score_${type.toLowerCase()}`),
  'profile_code',
  'notice',
  'sector_1',
  'sector_1_band',
  'sector_2',
  'sector_2_band',
  'sector_3',
  'sector_3_band',
  'program_1',
  'program_1_band',
  'program_2',
  'program_2_band',
  'program_3',
  'program_3_band',
] as const;

/** The columns of names added after `CSV_COLUMNS` when `sessionToCsv` is given `names`. */
export const CSV_NAME_COLUMNS = [
  'sector_1_name',
  'sector_2_name',
  'sector_3_name',
  'program_1_name',
  'program_2_name',
  'program_3_name',
] as const;

/** How `sessionToCsv` writes. */
export interface CsvOptions {
  /**
   * `,` (the default, RFC 4180) or `;`, which spreadsheets set to French (or another language
   * with a decimal comma) expect, as src/data/csv.ts reads both.
   */
  separator?: ',' | ';';
  /** The dataset the rankings come from; the bundled one by default. */
  catalogue?: Catalogue;
  /** Names of sectors and programs by id, in the export's language: adds `CSV_NAME_COLUMNS`. */
  names?: { sector(id: string): string; program(id: string): string };
}

/**
 * One cell as written: `csvCell` of the dataset's CSV with formula protection (a leading `'` on a
 * cell a spreadsheet would run as a formula). Invariant: `parseCsv` reads back the text given, with
 * the `'` when one was added.
 */
export function counselorCell(text: string): string {
  return csvCell(text, { formulaSafe: true });
}

function rankedCells(entries: readonly RankedEntry[]): string[] {
  return [0, 1, 2].flatMap((i) => {
    const entry = entries[i];
    return entry ? [entry.id, entry.band] : ['', ''];
  });
}

/**
 * Writes a session as CSV (see above): the header row, then one row per participant with the
 * pseudonym, the share code (`formatShareCode`), the source of the scores, the school level id
 * (empty when unknown), the six scores, the profile code as shown to the participant (empty when
 * no type is really ahead), the notice kind (empty when none), and the first three sectors and
 * the first three programs, by id, each with its band (`summarizeParticipant`).
 *
 * Invariants: starts with U+FEFF; n participants give n + 1 rows, each ending in CRLF and holding
 * `CSV_COLUMNS.length` cells (plus `CSV_NAME_COLUMNS.length` with `names`); deterministic.
 */
export function sessionToCsv(
  session: Pick<Session, 'participants'>,
  { separator = ',', catalogue, names }: CsvOptions = {},
): string {
  const header = names ? [...CSV_COLUMNS, ...CSV_NAME_COLUMNS] : [...CSV_COLUMNS];
  const rows: string[] = [header.join(separator)];
  const named = (entries: readonly RankedEntry[], name: (id: string) => string) =>
    [0, 1, 2].map((i) => {
      const entry = entries[i];
      return entry ? name(entry.id) : '';
    });
  for (const participant of session.participants) {
    const summary = summarizeParticipant(participant, catalogue ? { catalogue } : {});
    const cells = [
      participant.pseudonym,
      formatShareCode(summary.code),
      participant.source,
      participant.schoolLevel ?? '',
      ...RIASEC_TYPES.map((type) => String(participant.scores[type])),
      summary.profileCode,
      summary.reading.notice ?? '',
      ...rankedCells(summary.sectors),
      ...rankedCells(summary.programs),
      ...(names
        ? [...named(summary.sectors, names.sector), ...named(summary.programs, names.program)]
        : []),
    ];
    rows.push(cells.map(counselorCell).join(separator));
  }
  return `\uFEFF${rows.map((row) => `${row}\r\n`).join('')}`;
}
