import type { z } from 'zod';
import { meanProfile } from '@/domain/riasec';
import type { CsvTable } from './csv';
import {
  centerSchema,
  programSchema,
  sectorSchema,
  type Center,
  type Occupation,
  type Program,
  type Sector,
} from './schemas';

export const IMPORT_KINDS = ['programs', 'centers', 'sectors'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** A problem in a CSV row (`line` as a spreadsheet numbers it: the header is line 1). */
export interface RowProblem {
  line: number;
  message: string;
}

/** Ids the rows may refer to, checked row by row so that every bad reference has its line. */
export interface ImportContext {
  occupations: readonly Occupation[];
  sectorIds: ReadonlySet<string>;
  cmcIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

export interface ImportResult<T> {
  entries: T[];
  /** The CSV line of each entry, for reporting later checks against the right row. */
  lines: number[];
  problems: RowProblem[];
}

/** Items of a list in one cell are separated by a vertical bar: `Cuisinier | Chef de partie`. */
export const LIST_SEPARATOR = '|';

const LANGS = ['ar', 'fr', 'en'] as const;

/** The columns of each kind, documented in docs/data.md; all are required in the header. */
export const COLUMNS: Record<ImportKind, readonly string[]> = {
  programs: [
    'id',
    'sector',
    'kind',
    'parent',
    'level',
    'level_confirmed',
    'official_name',
    'name_ar',
    'name_fr',
    'name_en',
    'description_ar',
    'description_fr',
    'description_en',
    'jobs_ar',
    'jobs_fr',
    'jobs_en',
    'skills_ar',
    'skills_fr',
    'skills_en',
    'keywords_ar',
    'keywords_fr',
    'keywords_en',
    'entry_ar',
    'entry_fr',
    'entry_en',
    'operator',
    'admission_ar',
    'admission_fr',
    'admission_en',
    'cmcs',
    'places_ar',
    'places_fr',
    'places_en',
    'places_regions',
    'status',
    'sources',
    'occupations',
    'analogue_note_ar',
    'analogue_note_fr',
    'analogue_note_en',
  ],
  centers: [
    'id',
    'kind',
    'cmc',
    'name_ar',
    'name_fr',
    'name_en',
    'region',
    'city_ar',
    'city_fr',
    'city_en',
    'lat',
    'lon',
    'services_ar',
    'services_fr',
    'services_en',
    'status',
    'sources',
  ],
  sectors: [
    'id',
    'icon',
    'priority',
    'name_ar',
    'name_fr',
    'name_en',
    'description_ar',
    'description_fr',
    'description_en',
    'keywords_ar',
    'keywords_fr',
    'keywords_en',
    'facts_ar',
    'facts_fr',
    'facts_en',
    'facts_sources',
  ],
};

class CellError extends Error {}

interface Row {
  line: number;
  cell(column: string): string;
}

function list(value: string): string[] {
  return value === '' ? [] : value.split(LIST_SEPARATOR).map((item) => item.trim());
}

function localized(row: Row, base: string) {
  return { ar: row.cell(`${base}_ar`), fr: row.cell(`${base}_fr`), en: row.cell(`${base}_en`) };
}

/** Everyday words in `keywords_ar`, `keywords_fr`, `keywords_en`: separate lists, any length. */
function keywords(row: Row) {
  return {
    ar: list(row.cell('keywords_ar')),
    fr: list(row.cell('keywords_fr')),
    en: list(row.cell('keywords_en')),
  };
}

/** Parallel lists in `<base>_ar`, `<base>_fr`, `<base>_en` become a list of localized texts. */
function localizedList(row: Row, base: string) {
  const ar = list(row.cell(`${base}_ar`));
  const fr = list(row.cell(`${base}_fr`));
  const en = list(row.cell(`${base}_en`));
  if (ar.length !== fr.length || ar.length !== en.length) {
    throw new CellError(
      `${base}_ar, ${base}_fr and ${base}_en must list the same number of items ` +
        `(${ar.length}, ${fr.length}, ${en.length})`,
    );
  }
  return ar.map((arText, i) => ({ ar: arText, fr: fr[i] ?? '', en: en[i] ?? '' }));
}

function yesNo(row: Row, column: string): boolean {
  const value = row.cell(column).toLowerCase();
  if (['yes', 'oui', 'true', '1', 'نعم'].includes(value)) return true;
  if (['no', 'non', 'false', '0', 'لا'].includes(value)) return false;
  throw new CellError(`${column} must be yes or no, not "${row.cell(column)}"`);
}

function decimal(row: Row, column: string): number {
  const raw = row.cell(column).replace(',', '.');
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) {
    throw new CellError(`${column} must be a number, not "${row.cell(column)}"`);
  }
  return value;
}

function knownIds(
  column: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
) {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new CellError(`${column}: unknown ${what} ${unknown.map((id) => `"${id}"`).join(', ')}`);
}

function toProgram(
  row: Row,
  occupations: ReadonlyMap<string, Occupation>,
  context: ImportContext,
): unknown {
  if (!context.sectorIds.has(row.cell('sector'))) {
    throw new CellError(`sector: unknown sector "${row.cell('sector')}"`);
  }
  knownIds('cmcs', list(row.cell('cmcs')), context.cmcIds, 'CMC');
  knownIds('sources', list(row.cell('sources')), context.sourceIds, 'source');
  const codes = list(row.cell('occupations'));
  const profiles = codes.map((code) => {
    const occupation = occupations.get(code);
    if (!occupation) {
      throw new CellError(`occupations: ${code} is not in occupations.json (add it there first)`);
    }
    return occupation.riasec;
  });
  const entry = localized(row, 'entry');
  const entryGiven = LANGS.some((lang) => entry[lang] !== '');
  const admission = localized(row, 'admission');
  const admissionGiven = LANGS.some((lang) => admission[lang] !== '');
  const note = localized(row, 'analogue_note');
  const noteGiven = LANGS.some((lang) => note[lang] !== '');
  const programKeywords = keywords(row);
  const placeNames = localizedList(row, 'places');
  const placeRegions = list(row.cell('places_regions'));
  if (placeRegions.length !== placeNames.length) {
    throw new CellError('places_regions must give one region per place');
  }
  return {
    id: row.cell('id'),
    sector: row.cell('sector'),
    kind: row.cell('kind'),
    parent: row.cell('parent') || null,
    level: row.cell('level'),
    levelConfirmed: yesNo(row, 'level_confirmed'),
    officialName: row.cell('official_name'),
    name: localized(row, 'name'),
    description: localized(row, 'description'),
    jobs: localizedList(row, 'jobs'),
    skills: localizedList(row, 'skills'),
    // A program needs no words of its own: without any, the field is left out.
    ...(LANGS.some((lang) => programKeywords[lang].length > 0)
      ? { keywords: programKeywords }
      : {}),
    entry: entryGiven ? entry : null,
    operator: row.cell('operator'),
    admission: admissionGiven ? admission : null,
    where: {
      cmcs: list(row.cell('cmcs')),
      places: placeNames.map((name, i) => ({ name, region: placeRegions[i] })),
    },
    status: row.cell('status'),
    sources: list(row.cell('sources')),
    occupations: codes,
    analogueNote: noteGiven ? note : null,
    riasec: profiles.length > 0 ? meanProfile(profiles) : undefined,
  };
}

function toCenter(row: Row, context: ImportContext): unknown {
  knownIds('sources', list(row.cell('sources')), context.sourceIds, 'source');
  if (row.cell('cmc') !== '') knownIds('cmc', [row.cell('cmc')], context.cmcIds, 'CMC');
  return {
    id: row.cell('id'),
    name: localized(row, 'name'),
    region: row.cell('region'),
    city: localized(row, 'city'),
    lat: decimal(row, 'lat'),
    lon: decimal(row, 'lon'),
    kind: row.cell('kind'),
    cmc: row.cell('cmc') || null,
    services: localizedList(row, 'services'),
    status: row.cell('status'),
    sources: list(row.cell('sources')),
  };
}

function toSector(row: Row, context: ImportContext): unknown {
  const texts = localizedList(row, 'facts');
  const sources = list(row.cell('facts_sources'));
  knownIds('facts_sources', sources, context.sourceIds, 'source');
  if (sources.length !== texts.length)
    throw new CellError('facts_sources must give one source per fact');
  return {
    id: row.cell('id'),
    name: localized(row, 'name'),
    description: localized(row, 'description'),
    keywords: keywords(row),
    icon: row.cell('icon'),
    priority: yesNo(row, 'priority'),
    facts: texts.map((text, i) => ({ text, source: sources[i] })),
  };
}

/** `name.ar` → `name_ar`; `jobs.2.fr` → `jobs_fr (item 3)`: schema paths named as CSV columns. */
function columnOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const [head, second, third] = parts;
  if (head === undefined) return 'row';
  if (/^\d+$/.test(second ?? '') && third) return `${head}_${third} (item ${Number(second) + 1})`;
  if (head === 'where' && second === 'places') return 'places';
  if (head === 'where' && second === 'cmcs') return 'cmcs';
  if (head === 'levelConfirmed') return 'level_confirmed';
  if (head === 'officialName') return 'official_name';
  if (head === 'riasec') return 'occupations';
  if (head === 'analogueNote') return `analogue_note_${second ?? 'ar'}`;
  return second && !/^\d+$/.test(second) ? `${head}_${second}` : head;
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

  const byCode = new Map(context.occupations.map((o) => [o.code, o]));
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
    const row: Row = {
      line: record.line,
      cell: (column) => record.fields[table.header.indexOf(column)] ?? '',
    };
    let candidate: unknown;
    try {
      candidate =
        kind === 'programs'
          ? toProgram(row, byCode, context)
          : kind === 'centers'
            ? toCenter(row, context)
            : toSector(row, context);
    } catch (error) {
      if (!(error instanceof CellError)) throw error;
      problems.push({ line: record.line, message: error.message });
      continue;
    }
    const result = schema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ line: record.line, message: `${columnOf(issue.path)}: ${issue.message}` });
      }
      continue;
    }
    entries.push(result.data);
    lines.push(record.line);
  }
  return { entries, lines, problems };
}
