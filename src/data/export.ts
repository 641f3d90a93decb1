import { csvCell } from './csv';
import { CSV_FIELDS, type CsvField } from './csv-columns';
import type { ImportKind } from './import';
import type { Center, Program, Sector } from './schemas';

/**
 * Writes entries as the CSV that `importTable` reads (UTF-8 with a byte-order mark, so that
 * spreadsheets open Arabic text correctly): export, edit in a spreadsheet, import.
 */
export function exportCsv(kind: 'programs', entries: readonly Program[]): string;
export function exportCsv(kind: 'centers', entries: readonly Center[]): string;
export function exportCsv(kind: 'sectors', entries: readonly Sector[]): string;
export function exportCsv(
  kind: ImportKind,
  entries: readonly (Program | Center | Sector)[],
): string {
  const fields = CSV_FIELDS[kind] as readonly CsvField<Program | Center | Sector>[];
  const lines = [fields.flatMap((field) => field.columns).join(',')];
  for (const entry of entries) {
    lines.push(
      fields
        .flatMap((field) => field.write(entry))
        .map((value) => csvCell(value))
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** The CSV of one kind of the dataset, and how many entries it holds. */
export function exportKind(
  kind: ImportKind,
  dataset: { programs: readonly Program[]; centers: readonly Center[]; sectors: readonly Sector[] },
): { csv: string; count: number } {
  switch (kind) {
    case 'programs':
      return { csv: exportCsv('programs', dataset.programs), count: dataset.programs.length };
    case 'centers':
      return { csv: exportCsv('centers', dataset.centers), count: dataset.centers.length };
    case 'sectors':
      return { csv: exportCsv('sectors', dataset.sectors), count: dataset.sectors.length };
  }
}
