import type { z } from 'zod';
import type { CsvTable } from './csv';
import {
  CellError,
  CSV_FIELDS,
  type CsvField,
  type CsvRow,
  type ImportContext,
} from './csv-columns';
import {
  centerSchema,
  programSchema,
  sectorSchema,
  type Center,
  type Program,
  type Sector,
} from './schemas';

export const IMPORT_KINDS = ['programs', 'centers', 'sectors'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export { LIST_SEPARATOR, type ImportContext } from './csv-columns';

/** A problem in a CSV row (`line` as a spreadsheet numbers it: the header is line 1). */
export interface RowProblem {
  line: number;
  message: string;
}

export interface ImportResult<T> {
  entries: T[];
  /** The CSV line of each entry, for reporting later checks against the right row. */
  lines: number[];
  problems: RowProblem[];
}

/** The columns of each kind, documented in docs/data.md; all are required in the header. */
export const COLUMNS: Record<ImportKind, readonly string[]> = {
  programs: CSV_FIELDS.programs.flatMap((field) => field.columns),
  centers: CSV_FIELDS.centers.flatMap((field) => field.columns),
  sectors: CSV_FIELDS.sectors.flatMap((field) => field.columns),
};

/**
 * The column to name for a schema issue at `path`, as the field that fills the path's property
 * names it: `name.ar` → `name_ar`; `jobs.2.fr` → `jobs_fr (item 3)`; `riasec` → `occupations`.
 */
function columnOf(fields: readonly CsvField<unknown>[], path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  if (head === undefined) return 'row';
  const field = fields.find((candidate) => candidate.keys.includes(head));
  return field ? field.columnAt(rest) : head;
}

const SCHEMAS = { programs: programSchema, centers: centerSchema, sectors: sectorSchema } as const;

type EntryOf<K extends ImportKind> = K extends 'programs'
  ? Program
  : K extends 'centers'
    ? Center
    : Sector;

/**
 * Turns a CSV table into entries of `kind`, validating every row: its cells against the schema and
 * its references against `context`. Returns every problem with its line; `entries` is complete only
 * when `problems` is empty. Program vectors are computed here, as the mean of the listed
 * occupations' profiles. References between rows (an option's parent) are left to `checkDataset`.
 */
export function importTable<K extends ImportKind>(
  kind: K,
  table: CsvTable,
  context: ImportContext,
): ImportResult<EntryOf<K>> {
  const problems: RowProblem[] = [...table.errors];
  const missing = COLUMNS[kind].filter((column) => !table.header.includes(column));
  if (missing.length > 0) {
    problems.push({ line: 1, message: `missing column(s): ${missing.join(', ')}` });
    return { entries: [], lines: [], problems };
  }
  if (table.records.length === 0) {
    problems.push({ line: 2, message: 'the file has no rows: importing it would empty the data' });
  }

  const fields = CSV_FIELDS[kind] as readonly CsvField<unknown>[];
  const schema = SCHEMAS[kind] as unknown as z.ZodType<EntryOf<K>>;
  const entries: EntryOf<K>[] = [];
  const lines: number[] = [];
  for (const record of table.records) {
    if (record.fields.length !== table.header.length) {
      problems.push({
        line: record.line,
        message: `has ${record.fields.length} cells, the header has ${table.header.length}`,
      });
      continue;
    }
    const row: CsvRow = {
      cell: (column) => record.fields[table.header.indexOf(column)] ?? '',
    };
    // Every cell that cannot be read, not only the first: one round of corrections fixes the row.
    const candidate: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const field of fields) {
      try {
        Object.assign(candidate, field.read(row, context));
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        unreadable.push(error.message);
      }
    }
    if (unreadable.length > 0) {
      for (const message of unreadable) problems.push({ line: record.line, message });
      continue;
    }
    const result = schema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({
          line: record.line,
          message: `${columnOf(fields, issue.path)}: ${issue.message}`,
        });
      }
      continue;
    }
    entries.push(result.data);
    lines.push(record.line);
  }
  return { entries, lines, problems };
}
