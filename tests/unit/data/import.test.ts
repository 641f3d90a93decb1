// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '@/data/check';
import { parseCsv } from '@/data/csv';
import { exportKind } from '@/data/export';
import { importTable, type ImportContext } from '@/data/import';
import type { OccupationsFile, Program } from '@/data/schemas';
import { readDataset } from '../../../scripts/lib/dataset-files';

const ROOT = process.cwd();
const DATA = join(ROOT, 'src/data');
const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(DATA, `${file}.json`), 'utf8'));
const ids = (file: string) => new Set((read(file) as { id: string }[]).map((entry) => entry.id));

const context: ImportContext = {
  occupations: (read('occupations') as OccupationsFile).occupations,
  sectorIds: ids('sectors'),
  cmcIds: ids('cmcs'),
  sourceIds: ids('sources'),
};
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8');

describe('importTable', () => {
  it('reads the example CSV, Arabic included, and computes each profile', () => {
    const result = importTable('programs', parseCsv(fixture('programs.csv')), context);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((p) => p.id)).toEqual([
      'developpement-digital',
      'developpement-digital-web-full-stack',
      'developpement-digital-applications-mobiles',
      'arts-culinaires',
      'arts-culinaires-cuisine-marocaine',
    ]);
    const real = (read('programs') as Program[]).find((p) => p.id === 'developpement-digital');
    expect(result.entries[0]).toEqual(real);
    expect(result.lines).toEqual([2, 3, 4, 5, 6]);
  });

  it('reports every bad row with its line and reason', () => {
    const result = importTable('programs', parseCsv(fixture('programs-bad.csv')), context);
    const byLine = result.problems.map((p) => `${p.line}: ${p.message}`);
    expect(byLine).toEqual(
      expect.arrayContaining([
        '2: name_ar: empty text',
        '3: sector: unknown sector "digital"',
        '4: occupations: 99-9999.00 is not in occupations.json (add it there first)',
        expect.stringMatching(
          /^5: jobs_ar, jobs_fr and jobs_en must list the same number of items/,
        ),
        expect.stringMatching(/^6: level: /),
        '7: has 2 cells, the header has 40',
      ]),
    );
    expect(new Set(result.problems.map((p) => p.line))).toEqual(new Set([2, 3, 4, 5, 6, 7]));
  });

  it('reads everyday words: one column per language, any number of words, `|` between them', () => {
    const table = parseCsv(fixture('programs.csv'));
    const column = (name: string) => table.header.indexOf(name);
    const [first, second] = table.records;
    first!.fields[column('keywords_fr')] = 'informatique |  codage|ordinateur ';
    first!.fields[column('keywords_en')] = 'coding';
    for (const lang of ['ar', 'fr', 'en']) second!.fields[column(`keywords_${lang}`)] = '';
    const result = importTable('programs', table, context);
    expect(result.problems).toEqual([]);
    expect(result.entries[0]?.keywords?.fr).toEqual(['informatique', 'codage', 'ordinateur']);
    expect(result.entries[0]?.keywords?.en).toEqual(['coding']);
    // A program without words of its own has no `keywords` at all.
    expect(result.entries[1]).not.toHaveProperty('keywords');
  });

  it('reports an empty or repeated everyday word with its line and column', () => {
    const table = parseCsv(fixture('programs.csv'));
    const column = (name: string) => table.header.indexOf(name);
    table.records[0]!.fields[column('keywords_fr')] = 'informatique | | codage';
    table.records[1]!.fields[column('keywords_ar')] = 'البرمجة | البرمجه';
    const result = importTable('programs', table, context);
    expect(result.problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '2: keywords_fr: empty text',
      '3: keywords_ar: "البرمجه" is listed twice',
    ]);
  });

  it('exports everyday words in their three columns', () => {
    const { dataset } = checkDataset(readDataset().raw);
    const table = parseCsv(exportKind('sectors', dataset).csv);
    const digital = table.records[0]!.fields;
    expect(digital[table.header.indexOf('id')]).toBe('digital-ai');
    expect(digital[table.header.indexOf('keywords_fr')]).toMatch(/^informatique \| /);
    expect(digital[table.header.indexOf('keywords_ar')]).toContain('المعلوميات');
  });

  it('reads who runs each program, and how to apply when a source says so', () => {
    const table = parseCsv(fixture('programs.csv'));
    const column = (name: string) => table.header.indexOf(name);
    expect(table.header).toContain('operator');
    expect(table.header).not.toContain('provider');
    const [first, second] = table.records;
    first!.fields[column('operator')] = 'fisheries-department';
    first!.fields[column('admission_ar')] = 'مباراة';
    first!.fields[column('admission_fr')] = 'Concours';
    first!.fields[column('admission_en')] = 'Entrance exam';
    second!.fields[column('operator')] = 'fisheries-ministry';
    const result = importTable('programs', table, context);
    expect(result.entries[0]?.operator).toBe('fisheries-department');
    expect(result.entries[0]?.admission).toEqual({
      ar: 'مباراة',
      fr: 'Concours',
      en: 'Entrance exam',
    });
    expect(result.problems).toEqual([
      { line: 3, message: expect.stringMatching(/^operator: /) as string },
    ]);
    // No admission text: null, as in the dataset.
    const plain = importTable('programs', parseCsv(fixture('programs.csv')), context);
    expect(plain.entries.every((entry) => entry.admission === null)).toBe(true);
  });

  it('names the missing columns', () => {
    const result = importTable('sectors', parseCsv('id,icon\nx,y\n'), context);
    expect(result.problems[0]?.message).toMatch(/^missing column\(s\): priority, name_ar/);
  });

  it('refuses an empty file instead of emptying the data', () => {
    const header = parseCsv(fixture('programs.csv')).header.join(',');
    const result = importTable('programs', parseCsv(`${header}\n`), context);
    expect(result.problems).toEqual([
      { line: 2, message: 'the file has no rows: importing it would empty the data' },
    ]);
  });

  it('round-trips the whole dataset: export, then import, gives the same entries', () => {
    const raw = readDataset().raw;
    const { dataset } = checkDataset(raw);
    for (const kind of ['programs', 'sectors', 'centers'] as const) {
      const { csv } = exportKind(kind, dataset);
      const result = importTable(kind, parseCsv(csv), context);
      expect(result.problems).toEqual([]);
      expect(result.entries).toEqual(dataset[kind]);
      expect(result.entries.length).toBeGreaterThan(0);
    }
  });
});

describe('npm run data:import', () => {
  function copyOfData(): string {
    const dir = mkdtempSync(join(tmpdir(), 'masari-data-'));
    cpSync(DATA, dir, { recursive: true, filter: (path) => !path.endsWith('.ts') });
    return dir;
  }
  const run = (dir: string, args: string[]) =>
    spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'scripts/data-import.ts'), ...args],
      {
        env: { ...process.env, MASARI_DATA_DIR: dir },
        encoding: 'utf8',
      },
    );

  it('leaves the data untouched when a row is bad, and says where', () => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, 'programs.json'), 'utf8');
    const result = run(dir, ['programs', join(ROOT, 'tests/fixtures/programs-bad.csv')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('line 2: name_ar: empty text');
    expect(result.stderr).toContain('line 3: sector: unknown sector "digital"');
    expect(result.stderr).toContain('is unchanged');
    expect(readFileSync(join(dir, 'programs.json'), 'utf8')).toBe(before);
  });

  it('writes the data when every row is valid', () => {
    const dir = copyOfData();
    const result = run(dir, ['programs', join(ROOT, 'tests/fixtures/programs.csv')]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'programs.json'), 'utf8')) as Program[];
    expect(written).toHaveLength(5);
    expect(written[0]?.name.ar).not.toBe('');
  });

  it('changes nothing with --dry-run', () => {
    const dir = copyOfData();
    const before = readFileSync(join(dir, 'programs.json'), 'utf8');
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [
        join(ROOT, 'scripts/data-import.ts'),
        'programs',
        join(ROOT, 'tests/fixtures/programs.csv'),
        '--dry-run',
      ],
      { env: { ...process.env, MASARI_DATA_DIR: dir }, encoding: 'utf8' },
    );
    expect(out).toContain('5 valid programs; nothing written');
    expect(readFileSync(join(dir, 'programs.json'), 'utf8')).toBe(before);
  });
});
