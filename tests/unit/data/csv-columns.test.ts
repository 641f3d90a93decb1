// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/data/check';
import { parseCsv } from '@/data/csv';
import { CSV_FIELDS } from '@/data/csv-columns';
import { exportKind } from '@/data/export';
import { COLUMNS, IMPORT_KINDS, importTable, type ImportContext } from '@/data/import';
import { readDataset } from '../../../scripts/lib/dataset-files';

const raw = readDataset().raw;
const { dataset } = checkDataset(raw);
const ids = (list: unknown) => new Set((list as { id: string }[]).map((entry) => entry.id));
const context: ImportContext = {
  occupations: dataset.occupations.occupations,
  sectorIds: ids(raw.sectors),
  cmcIds: ids(raw.cmcs),
  sourceIds: ids(raw.sources),
};

describe('the CSV columns: one list per kind, read and written', () => {
  it.each(IMPORT_KINDS)('%s: every field writes one cell per column, once each', (kind) => {
    const fields = CSV_FIELDS[kind];
    const columns = fields.flatMap((field) => field.columns);
    expect(new Set(columns).size).toBe(columns.length);
    expect(COLUMNS[kind]).toEqual(columns);
    expect(parseCsv(exportKind(kind, dataset).csv).header).toEqual(columns);
    for (const entry of dataset[kind]) {
      for (const field of fields as readonly {
        columns: readonly string[];
        write(e: unknown): string[];
      }[]) {
        expect(field.write(entry), field.columns.join()).toHaveLength(field.columns.length);
      }
    }
  });

  it.each(IMPORT_KINDS)('%s: the import reads every column the export writes', (kind) => {
    const table = parseCsv(exportKind(kind, dataset).csv);
    table.records = table.records.slice(0, 1);
    const plain = importTable(kind, table, context);
    expect(plain.problems).toEqual([]);
    for (const [index, column] of table.header.entries()) {
      const changed = structuredClone(table);
      const fields = changed.records[0]!.fields;
      fields[index] = fields[index] === '' ? 'x' : `${fields[index]}x`;
      const result = importTable(kind, changed, context);
      // A column the import ignored would give the same entry, without a problem.
      expect(
        result.problems.length > 0 ||
          JSON.stringify(result.entries) !== JSON.stringify(plain.entries),
        `${column} is read`,
      ).toBe(true);
    }
  });
});

describe('importTable names the cells it cannot read', () => {
  const exported = (kind: 'programs' | 'sectors') => {
    const table = parseCsv(exportKind(kind, dataset).csv);
    const set = (column: string, value: string) => {
      table.records[0]!.fields[table.header.indexOf(column)] = value;
    };
    return { table, set };
  };

  it('reports every unreadable cell of a row, in the order of the columns', () => {
    const { table, set } = exported('programs');
    set('level_confirmed', 'maybe');
    set('sources', 'no-such-source');
    set('occupations', '99-9999.00');
    expect(importTable('programs', table, context).problems).toEqual([
      { line: 2, message: 'level_confirmed must be yes or no, not "maybe"' },
      { line: 2, message: 'sources: unknown source "no-such-source"' },
      {
        line: 2,
        message: 'occupations: 99-9999.00 is not in occupations.json (add it there first)',
      },
    ]);
  });

  it('names a sector fact’s empty text by its column', () => {
    const { table, set } = exported('sectors');
    const cell = (column: string) => table.records[0]!.fields[table.header.indexOf(column)]!;
    // A second fact, whose French text is empty.
    set('facts_ar', `${cell('facts_ar')} | نص`);
    set('facts_fr', `${cell('facts_fr')} | `);
    set('facts_en', `${cell('facts_en')} | Text`);
    set('facts_sources', `${cell('facts_sources')} | ${cell('facts_sources')}`);
    expect(importTable('sectors', table, context).problems).toEqual([
      { line: 2, message: 'facts_fr (item 2): empty text' },
    ]);
  });
});
