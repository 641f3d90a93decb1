import type { z } from 'zod';
import { meanProfile, RIASEC_TYPES } from '@/domain/riasec';
import { normalizeSearchText } from '@/domain/search';
import {
  centerSchema,
  cmcSchema,
  levelsFileSchema,
  occupationsFileSchema,
  programSchema,
  ITEMS_PER_TYPE,
  itemSchema,
  MAX_ITEM_WORDS,
  QUICK_ITEMS_PER_TYPE,
  regionSchema,
  regionsMapSchema,
  SCHOOL_LEVEL_IDS,
  sectorSchema,
  seasonFileSchema,
  sourceSchema,
  townSchema,
  type Center,
  type Cmc,
  type Item,
  type Localized,
  type OperatorId,
  type RegionsMap,
  type Town,
  type LevelsFile,
  type OccupationsFile,
  type Program,
  type Region,
  type Sector,
  type SeasonFile,
  type Source,
} from './schemas';

/** The six priority fields of the 2025–26 season, with the ids fixed by the design. */
export const PRIORITY_SECTOR_IDS = [
  'digital-ai',
  'tourism-hospitality',
  'agri-food',
  'mechanical-engineering',
  'green-economy',
  'maritime-fishing',
] as const;

/** The dataset's files, as read from disk (unknown until checked). */
export interface RawDataset {
  sectors: unknown;
  programs: unknown;
  levels: unknown;
  occupations: unknown;
  cmcs: unknown;
  centers: unknown;
  season: unknown;
  sources: unknown;
  regions: unknown;
  items: unknown;
  towns: unknown;
  'regions-map': unknown;
}

export type DatasetFile = keyof RawDataset;

/** One problem, located in a file and, for lists, at an entry (0-based index). */
export interface DataProblem {
  file: DatasetFile;
  index?: number;
  id?: string;
  message: string;
  /** A warning is reported but does not fail the check. */
  warning?: true;
}

/** The dataset once every file has passed its schema. */
export interface Dataset {
  sectors: Sector[];
  programs: Program[];
  levels: LevelsFile;
  occupations: OccupationsFile;
  cmcs: Cmc[];
  centers: Center[];
  season: SeasonFile;
  sources: Source[];
  regions: Region[];
  items: Item[];
  towns: Town[];
  regionsMap: RegionsMap | null;
}

/** Largest difference allowed between a stored program vector and the mean it must equal. */
const VECTOR_TOLERANCE = 0.051;

/**
 * What may stand before an Arabic word: a conjunction (و، ف), a preposition (ب، ك، ل) and the
 * article (ال, written لل after ل), so that «الفلاحة» is found in «بالفلاحة» or «فلاحة».
 */
const ARABIC_PREFIXES = ['', 'و', 'ف'].flatMap((conjunction) =>
  ['', 'ب', 'ك', 'ل'].flatMap((preposition) =>
    ['', 'ال'].map((article) =>
      preposition === 'ل' && article === 'ال'
        ? `${conjunction}لل`
        : conjunction + preposition + article,
    ),
  ),
);

/**
 * Whether a text names a sector: the sector's name, compared as the search compares text (case,
 * accents, Arabic variants and punctuation aside), appears in it as whole words. In Arabic each word
 * of the name is taken without its article or joining و, and may carry any of `ARABIC_PREFIXES`.
 */
function namesSector(text: string, sectorName: string, lang: keyof Localized): boolean {
  const words = normalizeSearchText(text).split(' ');
  const name = normalizeSearchText(sectorName)
    .split(' ')
    .filter(Boolean)
    .map((word, index) =>
      lang === 'ar' ? (index > 0 ? word.replace(/^و/, '') : word).replace(/^ال/, '') : word,
    );
  if (name.length === 0) return false;
  const same = (word: string, core: string) =>
    lang === 'ar' ? ARABIC_PREFIXES.some((prefix) => word === prefix + core) : word === core;
  for (let start = 0; start + name.length <= words.length; start++) {
    if (name.every((core, offset) => same(words[start + offset] ?? '', core))) return true;
  }
  return false;
}

function formatIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const id = record.id ?? record.code;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/** Validates a list entry by entry, so that every bad entry is reported with its index. */
function checkList<T>(
  file: DatasetFile,
  value: unknown,
  schema: z.ZodType<T>,
  problems: DataProblem[],
): T[] {
  if (!Array.isArray(value)) {
    problems.push({ file, message: 'must be a list' });
    return [];
  }
  const valid: T[] = [];
  value.forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (result.success) valid.push(result.data);
    else {
      for (const issue of result.error.issues) {
        problems.push({ file, index, id: idOf(entry), message: formatIssue(issue) });
      }
    }
  });
  return valid;
}

function checkObject<T>(
  file: DatasetFile,
  value: unknown,
  schema: z.ZodType<T>,
  problems: DataProblem[],
): T | null {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push({ file, message: formatIssue(issue) });
  return null;
}

function checkUnique(
  file: DatasetFile,
  keys: readonly string[],
  problems: DataProblem[],
  what = 'id',
): void {
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        index,
        id: key,
        message: `duplicate ${what} "${key}" (also entry ${first + 1})`,
      });
    } else seen.set(key, index);
  });
}

/**
 * Checks the whole dataset: every file against its schema (no missing or empty translation, scores
 * within 0–100, coordinates within Morocco), unique ids, references that resolve (sectors, parents,
 * levels, CMCs, sources, occupations), program vectors equal to the mean of their occupations,
 * the six priority sectors, school levels that open only levels whose schooling they reach, and
 * a balanced item bank whose items are short and name no sector (each item's rationale is required
 * by its schema). An occupation that no program uses is a warning.
 *
 * Returns every problem found (empty when the dataset is sound) and the dataset as parsed.
 */
export function checkDataset(raw: RawDataset): { problems: DataProblem[]; dataset: Dataset } {
  const problems: DataProblem[] = [];
  const sources = checkList('sources', raw.sources, sourceSchema, problems);
  const regions = checkList('regions', raw.regions, regionSchema, problems);
  const sectors = checkList('sectors', raw.sectors, sectorSchema, problems);
  const programs = checkList('programs', raw.programs, programSchema, problems);
  const cmcs = checkList('cmcs', raw.cmcs, cmcSchema, problems);
  const centers = checkList('centers', raw.centers, centerSchema, problems);
  const levels = checkObject('levels', raw.levels, levelsFileSchema, problems) ?? {
    levels: [],
    schoolLevels: [],
    notes: [],
  };
  const occupations = checkObject(
    'occupations',
    raw.occupations,
    occupationsFileSchema,
    problems,
  ) ?? {
    attribution: '',
    modification: '',
    license: '',
    source: '',
    occupations: [],
  };
  const season = checkObject('season', raw.season, seasonFileSchema, problems);
  const items = checkList('items', raw.items, itemSchema, problems);
  const towns = checkList('towns', raw.towns, townSchema, problems);
  const regionsMap = checkObject('regions-map', raw['regions-map'], regionsMapSchema, problems);

  checkUnique(
    'sources',
    sources.map((s) => s.id),
    problems,
  );
  checkUnique(
    'regions',
    regions.map((r) => r.code),
    problems,
    'code',
  );
  checkUnique(
    'sectors',
    sectors.map((s) => s.id),
    problems,
  );
  checkUnique(
    'programs',
    programs.map((p) => p.id),
    problems,
  );
  checkUnique(
    'cmcs',
    cmcs.map((c) => c.id),
    problems,
  );
  checkUnique(
    'centers',
    centers.map((c) => c.id),
    problems,
  );
  checkUnique(
    'levels',
    levels.levels.map((l) => l.id),
    problems,
  );
  checkUnique(
    'levels',
    levels.schoolLevels.map((l) => l.id),
    problems,
  );
  checkUnique(
    'occupations',
    occupations.occupations.map((o) => o.code),
    problems,
    'code',
  );
  if (season)
    checkUnique(
      'season',
      season.facts.map((f) => f.id),
      problems,
    );

  const sourceIds = new Set(sources.map((s) => s.id));
  const regionCodes = new Set(regions.map((r) => r.code));
  const sectorIds = new Set(sectors.map((s) => s.id));
  const cmcIds = new Set(cmcs.map((c) => c.id));
  const levelIds = new Set(levels.levels.map((l) => l.id));
  const occupationByCode = new Map(occupations.occupations.map((o) => [o.code, o]));
  const programById = new Map(programs.map((p) => [p.id, p]));

  const missingSource = (
    file: DatasetFile,
    ids: readonly string[],
    index?: number,
    id?: string,
  ) => {
    for (const source of ids) {
      if (!sourceIds.has(source))
        problems.push({ file, index, id, message: `unknown source "${source}"` });
    }
  };

  // Regions: all twelve, so that every reference to one resolves.
  if (regions.length > 0 && regions.length !== 12) {
    problems.push({ file: 'regions', message: `expected the 12 regions, found ${regions.length}` });
  }

  // Sectors: the six priority fields, and only they, flagged as priority.
  for (const id of PRIORITY_SECTOR_IDS) {
    const sector = sectors.find((s) => s.id === id);
    if (!sector) problems.push({ file: 'sectors', id, message: `missing priority sector "${id}"` });
    else if (!sector.priority)
      problems.push({ file: 'sectors', id, message: 'must be a priority sector' });
  }
  sectors.forEach((sector, index) => {
    if (sector.priority && !(PRIORITY_SECTOR_IDS as readonly string[]).includes(sector.id)) {
      problems.push({
        file: 'sectors',
        index,
        id: sector.id,
        message: 'is not one of the six priority fields',
      });
    }
    missingSource(
      'sectors',
      sector.facts.map((f) => f.source),
      index,
      sector.id,
    );
  });

  // Programs: references and vectors.
  const usedOccupations = new Set<string>();
  programs.forEach((program, index) => {
    const at = { file: 'programs' as const, index, id: program.id };
    if (!sectorIds.has(program.sector))
      problems.push({ ...at, message: `unknown sector "${program.sector}"` });
    if (levelIds.size > 0 && !levelIds.has(program.level)) {
      problems.push({ ...at, message: `unknown level "${program.level}"` });
    }
    if (program.parent !== null) {
      const parent = programById.get(program.parent);
      if (!parent) problems.push({ ...at, message: `unknown parent program "${program.parent}"` });
      else if (parent.kind === 'option') {
        problems.push({ ...at, message: `parent "${program.parent}" is itself an option` });
      }
    }
    for (const cmc of program.where.cmcs) {
      if (!cmcIds.has(cmc)) problems.push({ ...at, message: `unknown CMC "${cmc}"` });
    }
    for (const place of program.where.places) {
      if (regionCodes.size > 0 && !regionCodes.has(place.region)) {
        problems.push({ ...at, message: `unknown region "${place.region}"` });
      }
    }
    missingSource('programs', program.sources, index, program.id);
    const profiles = [];
    for (const code of program.occupations) {
      usedOccupations.add(code);
      const occupation = occupationByCode.get(code);
      if (!occupation)
        problems.push({ ...at, message: `occupation ${code} is not in occupations.json` });
      else profiles.push(occupation.riasec);
    }
    if (new Set(program.occupations).size !== program.occupations.length) {
      problems.push({ ...at, message: 'lists an occupation twice' });
    }
    if (profiles.length === program.occupations.length && profiles.length > 0) {
      const mean = meanProfile(profiles);
      const off = RIASEC_TYPES.filter(
        (t) => Math.abs(program.riasec[t] - mean[t]) > VECTOR_TOLERANCE,
      );
      if (off.length > 0) {
        const expected = RIASEC_TYPES.map((t) => `${t} ${mean[t]}`).join(', ');
        problems.push({
          ...at,
          message: `riasec is not the mean of its occupations (${off.join('')} differ; expected ${expected})`,
        });
      }
    }
  });

  checkProvenance(programs, sources, programById, problems);

  occupations.occupations.forEach((occupation, index) => {
    if (!usedOccupations.has(occupation.code) && programs.length > 0) {
      problems.push({
        file: 'occupations',
        index,
        id: occupation.code,
        message: 'is used by no program: remove it from the table',
        warning: true,
      });
    }
  });

  // Levels: every training level and school level once; none opened before its schooling.
  const rank = (id: string) => (SCHOOL_LEVEL_IDS as readonly string[]).indexOf(id);
  for (const level of levels.levels) missingSource('levels', level.sources, undefined, level.id);
  if (raw.levels !== undefined && levels.levels.length > 0) {
    for (const id of ['S', 'Q', 'T', 'TS', 'BP']) {
      if (!levelIds.has(id as never))
        problems.push({ file: 'levels', id, message: `missing level "${id}"` });
    }
    for (const id of SCHOOL_LEVEL_IDS) {
      if (!levels.schoolLevels.some((s) => s.id === id)) {
        problems.push({ file: 'levels', id, message: `missing school level "${id}"` });
      }
    }
    for (const school of levels.schoolLevels) {
      for (const opened of school.opensTo) {
        const level = levels.levels.find((l) => l.id === opened);
        if (level && rank(school.id) < rank(level.minimumSchooling)) {
          problems.push({
            file: 'levels',
            id: school.id,
            message: `opens ${opened}, which needs ${level.minimumSchooling}`,
          });
        }
      }
    }
  }

  // CMCs and centers.
  cmcs.forEach((cmc, index) => missingSource('cmcs', cmc.sources, index, cmc.id));
  centers.forEach((center, index) => {
    missingSource('centers', center.sources, index, center.id);
    if (center.cmc !== null && !cmcIds.has(center.cmc)) {
      problems.push({
        file: 'centers',
        index,
        id: center.id,
        message: `unknown CMC "${center.cmc}"`,
      });
    }
  });

  // Items: a balanced bank, short enough to read on a phone, naming no sector.
  for (const type of RIASEC_TYPES) {
    const ofType = items.filter((item) => item.type === type);
    if (ofType.length !== ITEMS_PER_TYPE) {
      problems.push({
        file: 'items',
        id: type,
        message: `${ofType.length} items of type ${type}, not ${ITEMS_PER_TYPE}`,
      });
    }
    const quick = ofType.filter((item) => item.quick).length;
    if (quick !== QUICK_ITEMS_PER_TYPE) {
      problems.push({
        file: 'items',
        id: type,
        message: `${quick} quick items of type ${type}, not ${QUICK_ITEMS_PER_TYPE}`,
      });
    }
  }
  items.forEach((item, index) => {
    if (item.id[0]?.toUpperCase() !== item.type) {
      problems.push({
        file: 'items',
        index,
        id: item.id,
        message: `id does not match type ${item.type}`,
      });
    }
    for (const lang of ['fr', 'en'] as const) {
      const words = item.text[lang].split(/\s+/).filter(Boolean).length;
      if (words > MAX_ITEM_WORDS) {
        problems.push({
          file: 'items',
          index,
          id: item.id,
          message: `${lang} text has ${words} words (at most ${MAX_ITEM_WORDS})`,
        });
      }
    }
    // An item measures a type, not a sector: one that names a sector is rated for the sector.
    for (const lang of ['ar', 'fr', 'en'] as const) {
      for (const sector of sectors) {
        if (namesSector(item.text[lang], sector.name[lang], lang)) {
          problems.push({
            file: 'items',
            index,
            id: item.id,
            message: `${lang} text names the sector "${sector.name[lang]}" (${sector.id})`,
          });
        }
      }
    }
  });

  // Towns: the 75 province seats are there, for the nearest-center guarantee.
  const seats = towns.filter((town) => town.provinceSeat).length;
  if (raw.towns !== undefined && seats !== 75) {
    problems.push({ file: 'towns', message: `${seats} province seats, not 75` });
  }
  if (regionsMap && regionsMap.regions.length !== 12) {
    problems.push({
      file: 'regions-map',
      message: `${regionsMap.regions.length} region outlines, not 12`,
    });
  }

  // Season facts.
  if (season) {
    missingSource('season', [...season.facts.map((f) => f.source), season.mobileUnits.source]);
    missingSource(
      'season',
      season.inclusion.map((i) => i.source),
    );
  }

  const dataset: Dataset = {
    sectors,
    programs,
    levels,
    occupations,
    cmcs,
    centers,
    season: season ?? {
      season: '',
      facts: [],
      mobileUnits: { units: 0, seatsPerYear: 0, examplePlaces: [], source: '' },
      inclusion: [],
    },
    sources,
    regions,
    items,
    towns,
    regionsMap,
  };
  return { problems, dataset };
}

/**
 * The publisher each operator publishes under: a third-party source (a student's repository, a copy
 * of an article) that names one of them as its publisher passes someone else's work off as official.
 */
export const OPERATOR_PUBLISHERS: Readonly<Record<OperatorId, readonly string[]>> = {
  ofppt: ['OFPPT', 'Office de la Formation Professionnelle et de la Promotion du Travail'],
  'agriculture-ministry': ['Ministry of Agriculture', "Ministère de l'Agriculture"],
  'fisheries-department': ['Department of Maritime Fisheries', 'Département de la Pêche maritime'],
  'education-ministry': ['Ministry of National Education', "Ministère de l'Éducation nationale"],
  'federation-institute': ['IFMEREE', 'IFMBP', 'IFIM'],
};

/**
 * Who publishes what, and who runs what: a source names its operator only when it is official; a
 * third-party or compiled source never carries an operator's name as its publisher; a program run
 * outside OFPPT cites more than OFPPT's own publications; a program that rests on Masari's compiled
 * notes alone is indicative; an option has its parent's level and operator; and only a program
 * outside OFPPT says how to apply (OFPPT's pre-registration is on its portal).
 */
function checkProvenance(
  programs: readonly Program[],
  sources: readonly Source[],
  programById: ReadonlyMap<string, Program>,
  problems: DataProblem[],
): void {
  const official = new Set(
    Object.values(OPERATOR_PUBLISHERS)
      .flat()
      .map((name) => name.trim().toLowerCase()),
  );
  sources.forEach((source, index) => {
    const at = { file: 'sources' as const, index, id: source.id };
    if (source.operator !== undefined && source.kind !== 'official') {
      problems.push({
        ...at,
        message: `a ${source.kind} source cannot be published by an operator`,
      });
    }
    if (
      (source.kind === 'third-party' || source.kind === 'compiled') &&
      official.has(source.publisher.trim().toLowerCase())
    ) {
      problems.push({
        ...at,
        message: `a ${source.kind} source names the official publisher "${source.publisher}"`,
      });
    }
  });
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  programs.forEach((program, index) => {
    const at = { file: 'programs' as const, index, id: program.id };
    const cited = program.sources.flatMap((id) => sourceById.get(id) ?? []);
    if (
      program.operator !== 'ofppt' &&
      cited.length > 0 &&
      cited.every((source) => source.operator === 'ofppt')
    ) {
      problems.push({
        ...at,
        message: `is run by ${program.operator} but cites only OFPPT's own publications`,
      });
    }
    // "Verified" means checked against a source that answers for what it says: an official
    // publication or a press report. A student's repository or Masari's own notes are leads, not
    // confirmation, however many of them agree.
    if (
      program.status === 'verified' &&
      !cited.some((source) => source.kind === 'official' || source.kind === 'press')
    ) {
      problems.push({
        ...at,
        message: 'is verified but no official or press source lists it: it must be indicative',
      });
    }
    if (program.operator === 'ofppt' && program.admission !== null) {
      problems.push({
        ...at,
        message: 'an OFPPT program has no admission text: its pre-registration is on the portal',
      });
    }
    const parent = program.parent === null ? undefined : programById.get(program.parent);
    if (parent && parent.level !== program.level) {
      problems.push({
        ...at,
        message: `level ${program.level} differs from its parent's (${parent.level})`,
      });
    }
    if (parent && parent.operator !== program.operator) {
      problems.push({
        ...at,
        message: `operator ${program.operator} differs from its parent's (${parent.operator})`,
      });
    }
  });
}

/** One line per problem: `programs.json, entry 4 (id): message`. */
export function formatProblem(problem: DataProblem): string {
  const where = problem.index === undefined ? '' : `, entry ${problem.index + 1}`;
  const id = problem.id ? ` (${problem.id})` : '';
  return `${problem.warning ? 'warning: ' : ''}${problem.file}.json${where}${id}: ${problem.message}`;
}

/** The problems that fail a check (warnings excluded). */
export function errorsOnly(problems: readonly DataProblem[]): DataProblem[] {
  return problems.filter((problem) => !problem.warning);
}
