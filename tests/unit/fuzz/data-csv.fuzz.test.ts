// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { csvCell, parseCsv } from '@/data/csv';
import { exportCsv } from '@/data/export';
import { LEVEL_IDS, OPERATOR_IDS, SECTOR_ICON_IDS } from '@/data/ids';
import { importTable, type ImportContext, type ImportKind } from '@/data/import';
import {
  centerSchema,
  MOROCCO_BOUNDS,
  programSchema,
  sectorSchema,
  type Center,
  type OccupationsFile,
  type Program,
  type Sector,
} from '@/data/schemas';
import { RIASEC_TYPES } from '@/domain/riasec';
import { applyEdits, edits, fuzzText, hostileText, hostileUnit, shortHostileText } from './inputs';
import { keyProblems } from './invariants';
import { FUZZ } from './runs';

// The dataset's CSV files, as `npm run data:import` reads them: `parseCsv` (src/data/csv.ts),
// then `importTable` (src/data/import.ts) with the columns of src/data/csv-columns.ts; written
// by `exportCsv` (src/data/export.ts).

const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'src/data', `${file}.json`), 'utf8'));
const idsOf = (file: string) => new Set((read(file) as { id: string }[]).map((entry) => entry.id));

const occupations = (read('occupations') as OccupationsFile).occupations;
const context: ImportContext = {
  occupations,
  sectorIds: idsOf('sectors'),
  cmcIds: idsOf('cmcs'),
  sourceIds: idsOf('sources'),
};
const dataset = {
  programs: read('programs') as Program[],
  centers: read('centers') as Center[],
  sectors: read('sectors') as Sector[],
};
const SCHEMAS = { programs: programSchema, centers: centerSchema, sectors: sectorSchema } as const;
const KINDS: readonly ImportKind[] = ['programs', 'centers', 'sectors'];

// ——— parseCsv ———

/** A cell holding anything: separators, quotes, line breaks, blanks, lone surrogates… */
const cell = fc.oneof(
  fc.array(hostileUnit, { maxLength: 6 }).map((units) => units.join('')),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

interface Table {
  header: string[];
  rows: string[][];
  separator: string;
  lineEnd: string;
  bom: boolean;
}

/** A table: column ids (two or more) and rows of cells holding anything. */
const table: fc.Arbitrary<Table> = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_]{0,11}$/), { minLength: 2, maxLength: 5 })
  .chain((header) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(fc.array(cell, { minLength: header.length, maxLength: header.length }), {
        maxLength: 4,
      }),
      separator: fc.constantFrom(',', ';'),
      lineEnd: fc.constantFrom('\r\n', '\n'),
      bom: fc.boolean(),
    }),
  );

/** A table as a spreadsheet or `csvCell` writes it. */
function writeTable({ header, rows, separator, lineEnd, bom }: Table): string {
  const lines = [header, ...rows].map((cells) =>
    cells.map((cell) => csvCell(cell)).join(separator),
  );
  return `${bom ? '\uFEFF' : ''}${lines.map((line) => `${line}${lineEnd}`).join('')}`;
}

describe('CSV text under fuzzing', () => {
  const input = fuzzText(table.map(writeTable));

  test.prop([input], FUZZ)(
    'total and sound: any text gives a table, its column ids trimmed and in lower case, its records in line order, none empty',
    (text) => {
      const { header, records, errors } = parseCsv(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      const problems: string[] = [];
      for (const id of header) if (id !== id.trim().toLowerCase()) problems.push(`header ${id}`);
      records.forEach((record, i) => {
        const before = i === 0 ? 1 : (records[i - 1]?.line ?? 1);
        if (!(record.line > before && record.line <= lineCount))
          problems.push(`line ${record.line}`);
        if (record.fields.length === 1 && record.fields[0] === '') problems.push('empty record');
      });
      for (const error of errors)
        if (!(error.line >= 1 && error.line <= lineCount))
          problems.push(`error line ${error.line}`);
      expect(problems).toEqual([]);
    },
  );

  test.prop([table], FUZZ)(
    'round trip: any table, written cell by cell, reads back with each record’s line',
    (given) => {
      let line = 2;
      const records = given.rows.map((fields) => {
        const record = { line, fields };
        // A line break inside a quoted cell moves the next record down a line.
        line += 1 + (fields.join('').match(/\n/g) ?? []).length;
        return record;
      });
      expect(parseCsv(writeTable(given))).toEqual({ header: given.header, records, errors: [] });
    },
  );
});

// ——— importTable ———

const isText = (value: unknown) =>
  typeof value === 'string' && value.length > 0 && value === value.trim();
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function localizedProblems(value: unknown, what: string): string[] {
  if (typeof value !== 'object' || value === null) return [`${what}: not an object`];
  const texts = value as Record<string, unknown>;
  return [
    ...keyProblems(texts, ['ar', 'fr', 'en']).map((problem) => `${what}: ${problem}`),
    ...['ar', 'fr', 'en'].filter((lang) => !isText(texts[lang])).map((lang) => `${what}.${lang}`),
  ];
}

const listOf = (value: unknown, min: number, max: number) =>
  Array.isArray(value) && value.length >= min && value.length <= max;

function sourcesProblems(value: unknown): string[] {
  return listOf(value, 1, Infinity) &&
    (value as unknown[]).every((id) => context.sourceIds.has(id as string))
    ? []
    : ['sources'];
}

/** The mean of the occupations' profiles, to one decimal, as the data's method defines it. */
function meanOf(codes: readonly string[]): Record<string, number> {
  const profiles = codes.map((code) => occupations.find((o) => o.code === code)?.riasec);
  return Object.fromEntries(
    RIASEC_TYPES.map((type) => {
      const sum = profiles.reduce((total, profile) => total + (profile?.[type] ?? NaN), 0);
      return [type, Math.round((sum / codes.length) * 10) / 10];
    }),
  );
}

function centerProblems(center: Center): string[] {
  const { minLat, maxLat, minLon, maxLon } = MOROCCO_BOUNDS;
  const problems = [
    ...localizedProblems(center.name, 'name'),
    ...localizedProblems(center.city, 'city'),
    ...center.services.flatMap((service) => localizedProblems(service, 'services')),
    ...sourcesProblems(center.sources),
  ];
  if (!KEBAB.test(center.id)) problems.push('id');
  if (!/^(0[1-9]|1[0-2])$/.test(center.region)) problems.push('region');
  if (!(Number.isFinite(center.lat) && center.lat >= minLat && center.lat <= maxLat))
    problems.push(`lat ${center.lat}`);
  if (!(Number.isFinite(center.lon) && center.lon >= minLon && center.lon <= maxLon))
    problems.push(`lon ${center.lon}`);
  if (!['orientation-center', 'cmc'].includes(center.kind)) problems.push('kind');
  if (center.cmc !== null && !context.cmcIds.has(center.cmc)) problems.push('cmc');
  if (!['verified', 'indicative'].includes(center.status)) problems.push('status');
  return problems;
}

function programProblems(program: Program): string[] {
  const problems = [
    ...localizedProblems(program.name, 'name'),
    ...localizedProblems(program.description, 'description'),
    ...program.jobs.flatMap((job) => localizedProblems(job, 'jobs')),
    ...program.skills.flatMap((skill) => localizedProblems(skill, 'skills')),
    ...[program.entry, program.admission, program.analogueNote].flatMap((text) =>
      text === null ? [] : localizedProblems(text, 'optional text'),
    ),
    ...program.where.places.flatMap((place) => localizedProblems(place.name, 'places')),
    ...sourcesProblems(program.sources),
  ];
  if (!KEBAB.test(program.id)) problems.push('id');
  if (!context.sectorIds.has(program.sector)) problems.push('sector');
  if ((program.kind === 'option') !== (program.parent !== null)) problems.push('parent');
  if (!(LEVEL_IDS as readonly string[]).includes(program.level)) problems.push('level');
  if (!isText(program.officialName)) problems.push('official name');
  if (!listOf(program.jobs, 3, 5) || !listOf(program.skills, 3, 6)) problems.push('jobs or skills');
  if (!(OPERATOR_IDS as readonly string[]).includes(program.operator)) problems.push('operator');
  if (!program.where.cmcs.every((id) => context.cmcIds.has(id))) problems.push('cmcs');
  if (!program.where.places.every((place) => /^(0[1-9]|1[0-2])$/.test(place.region)))
    problems.push('place regions');
  if (!program.levelConfirmed && program.status !== 'indicative') problems.push('status');
  if (program.kind === 'trade-area' && program.status !== 'indicative') problems.push('trade area');
  if (program.keywords) {
    const words = [program.keywords.ar, program.keywords.fr, program.keywords.en];
    if (!words.flat().every(isText)) problems.push('keywords');
    if (words.every((list) => list.length === 0)) problems.push('keywords given but empty');
  }
  const known = program.occupations.every((code) => occupations.some((o) => o.code === code));
  if (!listOf(program.occupations, 1, 3) || !known) problems.push('occupations');
  else if (JSON.stringify(program.riasec) !== JSON.stringify(meanOf(program.occupations)))
    problems.push('riasec is not the mean of the occupations');
  return problems;
}

function sectorProblems(sector: Sector): string[] {
  const problems = [
    ...localizedProblems(sector.name, 'name'),
    ...localizedProblems(sector.description, 'description'),
    ...sector.facts.flatMap((fact) => localizedProblems(fact.text, 'facts')),
  ];
  if (!KEBAB.test(sector.id)) problems.push('id');
  if (!(SECTOR_ICON_IDS as readonly string[]).includes(sector.icon)) problems.push('icon');
  if (typeof sector.priority !== 'boolean') problems.push('priority');
  for (const list of [sector.keywords.ar, sector.keywords.fr, sector.keywords.en])
    if (list.length === 0 || !list.every(isText)) problems.push('keywords');
  if (!sector.facts.every((fact) => context.sourceIds.has(fact.source))) problems.push('facts');
  return problems;
}

const PROBLEMS = {
  programs: (entry: unknown) => programProblems(entry as Program),
  centers: (entry: unknown) => centerProblems(entry as Center),
  sectors: (entry: unknown) => sectorProblems(entry as Sector),
};

/** One or two entries of the dataset of a kind, as `exportCsv` writes them. */
const exported = fc.oneof(
  ...KINDS.map((kind) =>
    fc
      .subarray(dataset[kind] as (Program | Center | Sector)[], { minLength: 1, maxLength: 2 })
      .map((entries) => ({ kind, csv: exportCsv(kind as 'centers', entries as Center[]) })),
  ),
);

/** A kind, and CSV text to import as it: near-valid exports, hostile text, hostile rows. */
const importInput = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(exported, fc.option(edits, { nil: null }))
      .map(([{ kind, csv }, changes]) => ({
        kind,
        text: changes ? applyEdits(csv, changes) : csv,
      })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constantFrom(...KINDS),
      text: hostileText,
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...KINDS),
        fc.array(fc.array(shortHostileText, { maxLength: 45 }), {
          minLength: 1,
          maxLength: 3,
        }),
      )
      .map(([kind, rows]) => {
        const header = exportCsv(kind as 'centers', []).trimEnd();
        return {
          kind,
          text: [header, ...rows.map((row) => row.map((cell) => csvCell(cell)).join(','))].join(
            '\n',
          ),
        };
      }),
  },
);

/** Text of an entry that a maintainer may write anything in (once trimmed, and not empty). */
const TEXT_KEYS = new Set([
  'name',
  'description',
  'jobs',
  'skills',
  'keywords',
  'entry',
  'admission',
  'analogueNote',
  'officialName',
  'places',
  'facts',
  'services',
  'city',
]);

type Path = (string | number)[];

function textPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (typeof value === 'string') {
    if (TEXT_KEYS.has(String(path[0])) || path.includes('places'))
      if (!path.includes('region') && !path.includes('source')) out.push(path);
  } else if (Array.isArray(value)) value.forEach((item, i) => textPaths(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) textPaths(item, [...path, key], out);
  return out;
}

function withText<T>(entry: T, path: Path, text: string): T {
  const copy = structuredClone(entry) as Record<string | number, unknown>;
  let at: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key) => {
    at = at[key] as Record<string | number, unknown>;
  });
  at[path.at(-1) ?? ''] = text;
  return copy as T;
}

const newText = fc
  .array(hostileUnit, { minLength: 1, maxLength: 8 })
  .map((units) => units.join('').trim())
  .filter((text) => text.length > 0);

/**
 * An entry of the dataset with one text rewritten (any text the schema takes), or a center moved
 * to another position in Morocco, or a program given empty lists of everyday words: a valid entry
 * the dataset could hold.
 */
const validEntry = fc
  .oneof(
    ...KINDS.map((kind) =>
      fc
        .tuple(
          fc.constantFrom(...(dataset[kind] as unknown[])),
          fc.nat(),
          newText,
          fc.double({ min: MOROCCO_BOUNDS.minLat, max: MOROCCO_BOUNDS.maxLat, noNaN: true }),
          fc.double({ min: MOROCCO_BOUNDS.minLon, max: MOROCCO_BOUNDS.maxLon, noNaN: true }),
        )
        .map(([entry, pick, text, lat, lon]) => {
          const paths = textPaths(entry);
          let changed = withText(entry, paths[pick % paths.length] ?? [], text);
          if (kind === 'centers') changed = { ...(changed as Center), lat, lon };
          if (kind === 'programs' && pick % 10 === 0)
            changed = { ...(changed as Program), keywords: { ar: [], fr: [], en: [] } };
          return { kind, parsed: SCHEMAS[kind].safeParse(changed) };
        }),
    ),
  )
  .filter(({ parsed }) => parsed.success)
  .map(({ kind, parsed }) => ({ kind, entry: parsed.data as Program | Center | Sector }));

describe('dataset CSV imports under fuzzing', () => {
  test.prop([importInput], FUZZ)(
    'total and sound: any CSV gives problems with their lines, or only valid entries, never a throw',
    ({ kind, text }) => {
      const { entries, lines, problems } = importTable(kind, parseCsv(text), context);
      const found = problems.length > 0 ? [] : entries.flatMap(PROBLEMS[kind]);
      if (entries.length !== lines.length) found.push('an entry without its line');
      if (!problems.every((problem) => Number.isInteger(problem.line) && problem.line >= 0))
        found.push('a problem without its line');
      expect(found).toEqual([]);
    },
  );

  test.prop([validEntry], FUZZ)(
    'round trip: any valid entry, exported, imports as it was',
    ({ kind, entry }) => {
      const csv = exportCsv(kind as 'centers', [entry as Center]);
      const result = importTable(kind, parseCsv(csv), context);
      expect(result).toEqual({ entries: [entry], lines: [2], problems: [] });
    },
  );
});
