import { csvCell } from '@/data/csv';
import { RIASEC_TYPES } from '@/domain/riasec';
import { formatShareCode } from '@/domain/share-code';
import type { Participant, Session } from './session';
import { summarizeParticipant, type Catalogue, type ParticipantSummary } from './summary';

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
 *   (src/data/csv.ts) reads it back. The quoting is `csvCell`'s, as in the dataset's CSV files.
 * - No formula injection: a cell whose text starts with `=`, `+`, `-`, `@`, a tab or a carriage
 *   return would be run as a formula by a spreadsheet; it is written with a single quote `'`
 *   before it, which spreadsheets show as text (OWASP's advice). Only a pseudonym can start so:
 *   "=HYPERLINK(…)" is written `'=HYPERLINK(…)`, and a pseudonym like "-Amina-" reads `'-Amina-`.
 */

/** What a row is written from: a participant, and their results as they saw them. */
interface RowSource {
  participant: Participant;
  summary: ParticipantSummary;
}

/** One column: its id in the header, and its cell in a participant's row. */
interface Column {
  id: string;
  cell(row: RowSource): string;
}

/** The first three sectors or programs, by id, each with its band: `sector_1`, `sector_1_band`… */
function rankedColumns(list: 'sectors' | 'programs'): Column[] {
  const prefix = list === 'sectors' ? 'sector' : 'program';
  return [0, 1, 2].flatMap((i) => [
    { id: `${prefix}_${i + 1}`, cell: ({ summary }: RowSource) => summary[list][i]?.id ?? '' },
    {
      id: `${prefix}_${i + 1}_band`,
      cell: ({ summary }: RowSource) => summary[list][i]?.band ?? '',
    },
  ]);
}

/**
 * The columns, in order, each with its cell: the header and the rows are written from this one
 * list. Ids are stable across versions and languages.
 */
const COLUMNS: readonly Column[] = [
  { id: 'pseudonym', cell: ({ participant }) => participant.pseudonym },
  { id: 'share_code', cell: ({ summary }) => formatShareCode(summary.code) },
  { id: 'source', cell: ({ participant }) => participant.source },
  { id: 'school_level', cell: ({ participant }) => participant.schoolLevel ?? '' },
  ...RIASEC_TYPES.map((type): Column => ({
    id: `score_${type.toLowerCase()}`,
    cell: ({ participant }) => String(participant.scores[type]),
  })),
  { id: 'profile_code', cell: ({ summary }) => summary.profileCode },
  { id: 'notice', cell: ({ summary }) => summary.reading.notice ?? '' },
  ...rankedColumns('sectors'),
  ...rankedColumns('programs'),
];

/** Names of sectors and programs by id, in the export's language. */
export interface CsvNames {
  sector(id: string): string;
  program(id: string): string;
}

/** The names of the first three sectors, then programs: `sector_1_name`… `program_3_name`. */
const NAME_COLUMNS: readonly { id: string; cell(row: RowSource, names: CsvNames): string }[] = (
  ['sectors', 'programs'] as const
).flatMap((list) =>
  [0, 1, 2].map((i) => ({
    id: `${list === 'sectors' ? 'sector' : 'program'}_${i + 1}_name`,
    cell: ({ summary }: RowSource, names: CsvNames) => {
      const entry = summary[list][i];
      if (!entry) return '';
      return list === 'sectors' ? names.sector(entry.id) : names.program(entry.id);
    },
  })),
);

/** The columns' ids, in order: the header row. */
export const CSV_COLUMNS: readonly string[] = COLUMNS.map((column) => column.id);

/** The columns of names added after `CSV_COLUMNS` when `sessionToCsv` is given `names`. */
export const CSV_NAME_COLUMNS: readonly string[] = NAME_COLUMNS.map((column) => column.id);

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
  names?: CsvNames;
}

/**
 * One cell as written: `csvCell` of the dataset's CSV with formula protection (a leading `'` on a
 * cell a spreadsheet would run as a formula). Invariant: `parseCsv` reads back the text given, with
 * the `'` when one was added.
 */
export function counselorCell(text: string): string {
  return csvCell(text, { formulaSafe: true });
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
  for (const participant of session.participants) {
    const row = {
      participant,
      summary: summarizeParticipant(participant, catalogue ? { catalogue } : {}),
    };
    const cells = [
      ...COLUMNS.map((column) => column.cell(row)),
      ...(names ? NAME_COLUMNS.map((column) => column.cell(row, names)) : []),
    ];
    rows.push(cells.map(counselorCell).join(separator));
  }
  return `\uFEFF${rows.map((row) => `${row}\r\n`).join('')}`;
}
