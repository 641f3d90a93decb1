import { meanProfile } from '@/domain/riasec';
import type { Center, Localized, Occupation, Program, Sector } from './schemas';

/**
 * The columns of the dataset's CSV files (docs/data.md), one list per kind, each column written
 * and read in the same place: `exportCsv` writes a file from these lists and `importTable` reads
 * one with them, so that a column cannot be added to one direction only. The round trip
 * (export, then import, gives the same entries) is tested for every kind.
 */

/** Items of a list in one cell are separated by a vertical bar: `Cuisinier | Chef de partie`. */
export const LIST_SEPARATOR = '|';

/** Ids the rows may refer to, checked row by row so that every bad reference has its line. */
export interface ImportContext {
  occupations: readonly Occupation[];
  sectorIds: ReadonlySet<string>;
  cmcIds: ReadonlySet<string>;
  sourceIds: ReadonlySet<string>;
}

/** A cell that cannot be read (its message names the column); the row is then reported. */
export class CellError extends Error {}

/** A row of a CSV file being read: its cells by column id (`''` when empty). */
export interface CsvRow {
  cell(column: string): string;
}

/**
 * One field of an entry in a CSV file: the columns it takes, in the file's order, how it writes
 * them and how it reads them back.
 */
export interface CsvField<T> {
  /** The columns, in the file's order. */
  columns: readonly string[];
  /** The entry's properties the field fills. */
  keys: readonly string[];
  /** One cell per column, for `entry`. */
  write(entry: T): string[];
  /** The properties read from a row, before the schema checks them; throws `CellError`. */
  read(row: CsvRow, context: ImportContext): Record<string, unknown>;
  /** The column to name for a schema issue at `path`, below the field's property. */
  columnAt(path: readonly string[]): string;
}

const LANGS = ['ar', 'fr', 'en'] as const;

/** The properties of `T` whose values are `V`. */
type KeyOf<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

const isIndex = (part: string | undefined) => part !== undefined && /^\d+$/.test(part);

function list(value: string): string[] {
  return value === '' ? [] : value.split(LIST_SEPARATOR).map((item) => item.trim());
}

function joinList(items: readonly string[]): string {
  return items.join(` ${LIST_SEPARATOR} `);
}

function knownIds(
  column: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  what: string,
): void {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new CellError(`${column}: unknown ${what} ${unknown.map((id) => `"${id}"`).join(', ')}`);
}

/** `<base>_ar`, `<base>_fr`, `<base>_en`. */
function langColumns(base: string): string[] {
  return LANGS.map((lang) => `${base}_${lang}`);
}

function readLocalized(row: CsvRow, base: string): Localized {
  return { ar: row.cell(`${base}_ar`), fr: row.cell(`${base}_fr`), en: row.cell(`${base}_en`) };
}

/** Parallel lists in `<base>_ar`, `<base>_fr`, `<base>_en` become a list of localized texts. */
function readLocalizedList(row: CsvRow, base: string): Localized[] {
  const [ar, fr, en] = LANGS.map((lang) => list(row.cell(`${base}_${lang}`))) as [
    string[],
    string[],
    string[],
  ];
  if (ar.length !== fr.length || ar.length !== en.length) {
    throw new CellError(
      `${base}_ar, ${base}_fr and ${base}_en must list the same number of items ` +
        `(${ar.length}, ${fr.length}, ${en.length})`,
    );
  }
  return ar.map((arText, i) => ({ ar: arText, fr: fr[i] ?? '', en: en[i] ?? '' }));
}

function writeLocalizedList(items: readonly Localized[]): string[] {
  return LANGS.map((lang) => joinList(items.map((item) => item[lang])));
}

/** A schema issue in a list of localized texts: `jobs.2.fr` is `jobs_fr (item 3)`. */
function localizedListColumn(base: string, [index, lang]: readonly string[]): string {
  return isIndex(index) && lang ? `${base}_${lang} (item ${Number(index) + 1})` : base;
}

// ——— Kinds of fields ———

/** A text in one column, as is. */
function text<T>(column: string, key: KeyOf<T, string>): CsvField<T> {
  return {
    columns: [column],
    keys: [key],
    write: (entry) => [String(entry[key])],
    read: (row) => ({ [key]: row.cell(column) }),
    columnAt: () => column,
  };
}

/** An id in one column, or nothing (`null`) when the cell is empty. */
function optionalId<T>(column: string, key: KeyOf<T, string | null>): CsvField<T> {
  return {
    columns: [column],
    keys: [key],
    write: (entry) => [(entry[key] as string | null) ?? ''],
    read: (row) => ({ [key]: row.cell(column) || null }),
    columnAt: () => column,
  };
}

/** An id of something the row may only refer to when it exists (`known`), or none. */
function reference<T>(
  column: string,
  key: KeyOf<T, string | null>,
  known: (context: ImportContext) => ReadonlySet<string>,
  what: string,
): CsvField<T> {
  const field = optionalId<T>(column, key);
  return {
    ...field,
    read: (row, context) => {
      if (row.cell(column) !== '') knownIds(column, [row.cell(column)], known(context), what);
      return field.read(row, context);
    },
  };
}

/** A list of ids in one column, each of something that must exist. */
function referenceList<T>(
  column: string,
  key: KeyOf<T, string[]>,
  known: (context: ImportContext) => ReadonlySet<string>,
  what: string,
): CsvField<T> {
  return {
    columns: [column],
    keys: [key],
    write: (entry) => [joinList(entry[key] as string[])],
    read: (row, context) => {
      const ids = list(row.cell(column));
      knownIds(column, ids, known(context), what);
      return { [key]: ids };
    },
    columnAt: () => column,
  };
}

/** Yes or no, in any of the app's languages. */
function yesNo<T>(column: string, key: KeyOf<T, boolean>): CsvField<T> {
  return {
    columns: [column],
    keys: [key],
    write: (entry) => [entry[key] ? 'yes' : 'no'],
    read: (row) => {
      const value = row.cell(column).toLowerCase();
      if (['yes', 'oui', 'true', '1', 'نعم'].includes(value)) return { [key]: true };
      if (['no', 'non', 'false', '0', 'لا'].includes(value)) return { [key]: false };
      throw new CellError(`${column} must be yes or no, not "${row.cell(column)}"`);
    },
    columnAt: () => column,
  };
}

/** A number, with a decimal point or a decimal comma. */
function decimal<T>(column: string, key: KeyOf<T, number>): CsvField<T> {
  return {
    columns: [column],
    keys: [key],
    write: (entry) => [String(entry[key])],
    read: (row) => {
      const raw = row.cell(column).replace(',', '.');
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) {
        throw new CellError(`${column} must be a number, not "${row.cell(column)}"`);
      }
      return { [key]: value };
    },
    columnAt: () => column,
  };
}

/** A text in the three languages, one column each. */
function localized<T>(base: string, key: KeyOf<T, Localized>): CsvField<T> {
  return {
    columns: langColumns(base),
    keys: [key],
    write: (entry) => LANGS.map((lang) => (entry[key] as Localized)[lang]),
    read: (row) => ({ [key]: readLocalized(row, base) }),
    columnAt: ([lang]) => (lang && !isIndex(lang) ? `${base}_${lang}` : base),
  };
}

/** A text in the three languages, or none (`null`) when its three cells are empty. */
function optionalLocalized<T>(base: string, key: KeyOf<T, Localized | null>): CsvField<T> {
  return {
    columns: langColumns(base),
    keys: [key],
    write: (entry) => LANGS.map((lang) => (entry[key] as Localized | null)?.[lang] ?? ''),
    read: (row) => {
      const value = readLocalized(row, base);
      return { [key]: LANGS.some((lang) => value[lang] !== '') ? value : null };
    },
    columnAt: ([lang]) => (lang && !isIndex(lang) ? `${base}_${lang}` : base),
  };
}

/** A list of texts in the three languages: one column per language, items in the same order. */
function localizedList<T>(base: string, key: KeyOf<T, Localized[]>): CsvField<T> {
  return {
    columns: langColumns(base),
    keys: [key],
    write: (entry) => writeLocalizedList(entry[key] as Localized[]),
    read: (row) => ({ [key]: readLocalizedList(row, base) }),
    columnAt: (path) => localizedListColumn(base, path),
  };
}

/**
 * Everyday words in `keywords_ar`, `keywords_fr`, `keywords_en`: separate lists, any length. A
 * program needs no words of its own (`optional`): without any, the property is left out.
 */
function keywords<T extends { keywords?: Program['keywords'] }>({
  optional,
}: {
  optional: boolean;
}): CsvField<T> {
  return {
    columns: langColumns('keywords'),
    keys: ['keywords'],
    write: (entry) => LANGS.map((lang) => joinList(entry.keywords?.[lang] ?? [])),
    read: (row) => {
      const words = {
        ar: list(row.cell('keywords_ar')),
        fr: list(row.cell('keywords_fr')),
        en: list(row.cell('keywords_en')),
      };
      return optional && LANGS.every((lang) => words[lang].length === 0) ? {} : { keywords: words };
    },
    columnAt: ([lang]) => (lang && !isIndex(lang) ? `keywords_${lang}` : 'keywords'),
  };
}

// ——— Fields of one kind only ———

/** Where a program is taught: CMCs by id, other places by name (in parallel lists) and region. */
const programWhere: CsvField<Program> = {
  columns: ['cmcs', ...langColumns('places'), 'places_regions'],
  keys: ['where'],
  write: (program) => [
    joinList(program.where.cmcs),
    ...writeLocalizedList(program.where.places.map((place) => place.name)),
    joinList(program.where.places.map((place) => place.region)),
  ],
  read: (row, context) => {
    const cmcs = list(row.cell('cmcs'));
    knownIds('cmcs', cmcs, context.cmcIds, 'CMC');
    const names = readLocalizedList(row, 'places');
    const regions = list(row.cell('places_regions'));
    if (regions.length !== names.length) {
      throw new CellError('places_regions must give one region per place');
    }
    return { where: { cmcs, places: names.map((name, i) => ({ name, region: regions[i] })) } };
  },
  columnAt: ([part]) => (part === 'places' || part === 'cmcs' ? part : 'where'),
};

/**
 * A program's analogous occupations, by code; its interest profile is not a column but their
 * mean, computed here.
 */
const programOccupations: CsvField<Program> = {
  columns: ['occupations'],
  keys: ['occupations', 'riasec'],
  write: (program) => [joinList(program.occupations)],
  read: (row, context) => {
    const byCode = new Map(context.occupations.map((o) => [o.code, o]));
    const codes = list(row.cell('occupations'));
    const profiles = codes.map((code) => {
      const occupation = byCode.get(code);
      if (!occupation) {
        throw new CellError(`occupations: ${code} is not in occupations.json (add it there first)`);
      }
      return occupation.riasec;
    });
    return { occupations: codes, riasec: profiles.length > 0 ? meanProfile(profiles) : undefined };
  },
  columnAt: () => 'occupations',
};

/** A sector's facts: their texts in parallel lists, and one source per fact. */
const sectorFacts: CsvField<Sector> = {
  columns: [...langColumns('facts'), 'facts_sources'],
  keys: ['facts'],
  write: (sector) => [
    ...writeLocalizedList(sector.facts.map((fact) => fact.text)),
    joinList(sector.facts.map((fact) => fact.source)),
  ],
  read: (row, context) => {
    const texts = readLocalizedList(row, 'facts');
    const sources = list(row.cell('facts_sources'));
    knownIds('facts_sources', sources, context.sourceIds, 'source');
    if (sources.length !== texts.length)
      throw new CellError('facts_sources must give one source per fact');
    return { facts: texts.map((text, i) => ({ text, source: sources[i] })) };
  },
  // `facts.2.text.fr` is `facts_fr (item 3)`; `facts.2.source` is `facts_sources (item 3)`.
  columnAt: ([index, part, lang]) => {
    if (!isIndex(index)) return 'facts';
    const item = ` (item ${Number(index) + 1})`;
    return part === 'source' ? `facts_sources${item}` : `facts_${lang ?? 'ar'}${item}`;
  },
};

// ——— The three files ———

const PROGRAM_FIELDS: readonly CsvField<Program>[] = [
  text('id', 'id'),
  reference('sector', 'sector', (context) => context.sectorIds, 'sector'),
  text('kind', 'kind'),
  optionalId('parent', 'parent'),
  text('level', 'level'),
  yesNo('level_confirmed', 'levelConfirmed'),
  text('official_name', 'officialName'),
  localized('name', 'name'),
  localized('description', 'description'),
  localizedList('jobs', 'jobs'),
  localizedList('skills', 'skills'),
  keywords({ optional: true }),
  optionalLocalized('entry', 'entry'),
  text('operator', 'operator'),
  optionalLocalized('admission', 'admission'),
  programWhere,
  text('status', 'status'),
  referenceList('sources', 'sources', (context) => context.sourceIds, 'source'),
  programOccupations,
  optionalLocalized('analogue_note', 'analogueNote'),
];

const CENTER_FIELDS: readonly CsvField<Center>[] = [
  text('id', 'id'),
  text('kind', 'kind'),
  reference('cmc', 'cmc', (context) => context.cmcIds, 'CMC'),
  localized('name', 'name'),
  text('region', 'region'),
  localized('city', 'city'),
  decimal('lat', 'lat'),
  decimal('lon', 'lon'),
  localizedList('services', 'services'),
  text('status', 'status'),
  referenceList('sources', 'sources', (context) => context.sourceIds, 'source'),
];

const SECTOR_FIELDS: readonly CsvField<Sector>[] = [
  text('id', 'id'),
  text('icon', 'icon'),
  yesNo('priority', 'priority'),
  localized('name', 'name'),
  localized('description', 'description'),
  keywords({ optional: false }),
  sectorFacts,
];

/** The fields of each kind of CSV file, in the order of their columns. */
export const CSV_FIELDS = {
  programs: PROGRAM_FIELDS,
  centers: CENTER_FIELDS,
  sectors: SECTOR_FIELDS,
} as const;
