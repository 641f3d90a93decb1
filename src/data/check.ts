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
  LEVEL_IDS,
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
  type Occupation,
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

/**
 * The dataset as parsed, and the lookups its rules share. A file that failed its schema is there
 * as the entries that passed (an empty list, or `null` for the season and the regions' map), so
 * that the rules about the other files still run.
 */
interface Parsed {
  raw: RawDataset;
  sources: Source[];
  regions: Region[];
  sectors: Sector[];
  programs: Program[];
  cmcs: Cmc[];
  centers: Center[];
  levels: LevelsFile;
  occupations: OccupationsFile;
  season: SeasonFile | null;
  items: Item[];
  towns: Town[];
  regionsMap: RegionsMap | null;
  sourceById: ReadonlyMap<string, Source>;
  regionCodes: ReadonlySet<string>;
  sectorIds: ReadonlySet<string>;
  cmcIds: ReadonlySet<string>;
  levelIds: ReadonlySet<string>;
  occupationByCode: ReadonlyMap<string, Occupation>;
  programById: ReadonlyMap<string, Program>;
}

/** Every file against its schema: the entries that pass, and a problem per issue of the others. */
function parseFiles(raw: RawDataset, problems: DataProblem[]): Parsed {
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
  return {
    raw,
    sources,
    regions,
    sectors,
    programs,
    cmcs,
    centers,
    levels,
    occupations,
    season,
    items,
    towns,
    regionsMap,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    regionCodes: new Set(regions.map((r) => r.code)),
    sectorIds: new Set(sectors.map((s) => s.id)),
    cmcIds: new Set(cmcs.map((c) => c.id)),
    levelIds: new Set(levels.levels.map((l) => l.id)),
    occupationByCode: new Map(occupations.occupations.map((o) => [o.code, o])),
    programById: new Map(programs.map((p) => [p.id, p])),
  };
}

/** A rule about the dataset as a whole: the problems it finds, in the order it finds them. */
type DatasetRule = (data: Parsed) => DataProblem[];

/** A rule about one entry of a list: its messages; `eachEntry` locates them at the entry. */
type EntryRule<T> = (entry: T, data: Parsed) => string[];

/**
 * Runs entry rules over a list, entry by entry, and each entry's rules in order, so that one
 * entry's problems are reported together.
 */
function eachEntry<T extends { id: string }>(
  file: DatasetFile,
  list: (data: Parsed) => readonly T[],
  rules: readonly EntryRule<T>[],
): DatasetRule {
  return (data) =>
    list(data).flatMap((entry, index) =>
      rules.flatMap((rule) =>
        rule(entry, data).map((message) => ({ file, index, id: entry.id, message })),
      ),
    );
}

/** A message for each of `ids` that names no entry of `sources.json`. */
function unknownSources(ids: readonly string[], { sourceById }: Parsed): string[] {
  return ids.filter((id) => !sourceById.has(id)).map((id) => `unknown source "${id}"`);
}

/** Each key of `keys` once: every repeat after the first is a problem. */
function duplicates(file: DatasetFile, keys: readonly string[], what = 'id'): DataProblem[] {
  const seen = new Map<string, number>();
  const problems: DataProblem[] = [];
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
  return problems;
}

// ——— Identity ———

/** Every list's ids (the regions' and occupations' codes) are unique. */
const uniqueKeys: DatasetRule = (data) => {
  const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);
  const codes = (list: readonly { code: string }[]) => list.map((entry) => entry.code);
  return [
    ...duplicates('sources', ids(data.sources)),
    ...duplicates('regions', codes(data.regions), 'code'),
    ...duplicates('sectors', ids(data.sectors)),
    ...duplicates('programs', ids(data.programs)),
    ...duplicates('cmcs', ids(data.cmcs)),
    ...duplicates('centers', ids(data.centers)),
    ...duplicates('levels', ids(data.levels.levels)),
    ...duplicates('levels', ids(data.levels.schoolLevels)),
    ...duplicates('occupations', codes(data.occupations.occupations), 'code'),
    ...duplicates('season', ids(data.season?.facts ?? [])),
  ];
};

// ——— Regions ———

/** All twelve regions, so that every reference to one resolves. */
const twelveRegions: DatasetRule = ({ regions }) =>
  regions.length > 0 && regions.length !== 12
    ? [{ file: 'regions', message: `expected the 12 regions, found ${regions.length}` }]
    : [];

// ——— Sectors ———

/** The six priority fields are there, each flagged as priority. */
const prioritySectorsPresent: DatasetRule = ({ sectors }) =>
  PRIORITY_SECTOR_IDS.flatMap((id): DataProblem[] => {
    const sector = sectors.find((s) => s.id === id);
    if (!sector) return [{ file: 'sectors', id, message: `missing priority sector "${id}"` }];
    return sector.priority ? [] : [{ file: 'sectors', id, message: 'must be a priority sector' }];
  });

/** Only the six priority fields are flagged as priority. */
const onlyPriorityFieldsArePriority: EntryRule<Sector> = (sector) =>
  sector.priority && !(PRIORITY_SECTOR_IDS as readonly string[]).includes(sector.id)
    ? ['is not one of the six priority fields']
    : [];

/** A sector's facts cite known sources. */
const sectorSources: EntryRule<Sector> = (sector, data) =>
  unknownSources(
    sector.facts.map((fact) => fact.source),
    data,
  );

// ——— Programs: references and vectors ———

const programSector: EntryRule<Program> = (program, { sectorIds }) =>
  sectorIds.has(program.sector) ? [] : [`unknown sector "${program.sector}"`];

const programLevel: EntryRule<Program> = (program, { levelIds }) =>
  levelIds.size > 0 && !levelIds.has(program.level) ? [`unknown level "${program.level}"`] : [];

/** An option's parent exists and is not an option itself. */
const programParent: EntryRule<Program> = (program, { programById }) => {
  if (program.parent === null) return [];
  const parent = programById.get(program.parent);
  if (!parent) return [`unknown parent program "${program.parent}"`];
  return parent.kind === 'option' ? [`parent "${program.parent}" is itself an option`] : [];
};

const programCmcs: EntryRule<Program> = (program, { cmcIds }) =>
  program.where.cmcs.filter((cmc) => !cmcIds.has(cmc)).map((cmc) => `unknown CMC "${cmc}"`);

const programPlaceRegions: EntryRule<Program> = (program, { regionCodes }) =>
  program.where.places
    .filter((place) => regionCodes.size > 0 && !regionCodes.has(place.region))
    .map((place) => `unknown region "${place.region}"`);

const programSources: EntryRule<Program> = (program, data) => unknownSources(program.sources, data);

const programOccupations: EntryRule<Program> = (program, { occupationByCode }) =>
  program.occupations
    .filter((code) => !occupationByCode.has(code))
    .map((code) => `occupation ${code} is not in occupations.json`);

const programOccupationsOnce: EntryRule<Program> = (program) =>
  new Set(program.occupations).size === program.occupations.length
    ? []
    : ['lists an occupation twice'];

/** A program's vector is the mean of its occupations' (when they all resolve). */
const programVectorIsMean: EntryRule<Program> = (program, { occupationByCode }) => {
  const profiles = program.occupations.flatMap((code) => occupationByCode.get(code)?.riasec ?? []);
  if (profiles.length !== program.occupations.length || profiles.length === 0) return [];
  const mean = meanProfile(profiles);
  const off = RIASEC_TYPES.filter((t) => Math.abs(program.riasec[t] - mean[t]) > VECTOR_TOLERANCE);
  if (off.length === 0) return [];
  const expected = RIASEC_TYPES.map((t) => `${t} ${mean[t]}`).join(', ');
  return [
    `riasec is not the mean of its occupations (${off.join('')} differ; expected ${expected})`,
  ];
};

// ——— Provenance: who publishes what, and who runs what ———

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

const OFFICIAL_PUBLISHERS: ReadonlySet<string> = new Set(
  Object.values(OPERATOR_PUBLISHERS)
    .flat()
    .map((name) => name.trim().toLowerCase()),
);

/** A source names its operator only when it is official. */
const operatorOnlyOnOfficialSource: EntryRule<Source> = (source) =>
  source.operator !== undefined && source.kind !== 'official'
    ? [`a ${source.kind} source cannot be published by an operator`]
    : [];

/** A third-party or compiled source never carries an operator's name as its publisher. */
const noOfficialPublisherOnOthersWork: EntryRule<Source> = (source) =>
  (source.kind === 'third-party' || source.kind === 'compiled') &&
  OFFICIAL_PUBLISHERS.has(source.publisher.trim().toLowerCase())
    ? [`a ${source.kind} source names the official publisher "${source.publisher}"`]
    : [];

function citedSources(program: Program, { sourceById }: Parsed): Source[] {
  return program.sources.flatMap((id) => sourceById.get(id) ?? []);
}

/** A program run outside OFPPT cites more than OFPPT's own publications. */
const notOnlyOfpptPublications: EntryRule<Program> = (program, data) => {
  const cited = citedSources(program, data);
  return program.operator !== 'ofppt' &&
    cited.length > 0 &&
    cited.every((source) => source.operator === 'ofppt')
    ? [`is run by ${program.operator} but cites only OFPPT's own publications`]
    : [];
};

/**
 * "Verified" means checked against a source that answers for what it says: an official
 * publication or a press report. A student's repository or Masari's own notes are leads, not
 * confirmation, however many of them agree.
 */
const verifiedByOfficialOrPress: EntryRule<Program> = (program, data) =>
  program.status === 'verified' &&
  !citedSources(program, data).some(
    (source) => source.kind === 'official' || source.kind === 'press',
  )
    ? ['is verified but no official or press source lists it: it must be indicative']
    : [];

/** Only a program outside OFPPT says how to apply: OFPPT's pre-registration is on its portal. */
const noAdmissionTextForOfppt: EntryRule<Program> = (program) =>
  program.operator === 'ofppt' && program.admission !== null
    ? ['an OFPPT program has no admission text: its pre-registration is on the portal']
    : [];

function parentOf(program: Program, { programById }: Parsed): Program | undefined {
  return program.parent === null ? undefined : programById.get(program.parent);
}

const optionHasParentLevel: EntryRule<Program> = (program, data) => {
  const parent = parentOf(program, data);
  return parent && parent.level !== program.level
    ? [`level ${program.level} differs from its parent's (${parent.level})`]
    : [];
};

const optionHasParentOperator: EntryRule<Program> = (program, data) => {
  const parent = parentOf(program, data);
  return parent && parent.operator !== program.operator
    ? [`operator ${program.operator} differs from its parent's (${parent.operator})`]
    : [];
};

// ——— Occupations ———

/** An occupation that no program uses is a warning: the table should not carry it. */
const occupationsUsed: DatasetRule = ({ programs, occupations }) => {
  if (programs.length === 0) return [];
  const used = new Set(programs.flatMap((program) => program.occupations));
  return occupations.occupations.flatMap((occupation, index): DataProblem[] =>
    used.has(occupation.code)
      ? []
      : [
          {
            file: 'occupations',
            index,
            id: occupation.code,
            message: 'is used by no program: remove it from the table',
            warning: true,
          },
        ],
  );
};

// ——— Levels: every training level and school level once; none opened before its schooling ———

/** Whether the levels file was given and parsed: the rules about its content need it. */
const levelsGiven = ({ raw, levels }: Parsed) =>
  raw.levels !== undefined && levels.levels.length > 0;

const levelSources: DatasetRule = (data) =>
  data.levels.levels.flatMap((level) =>
    unknownSources(level.sources, data).map((message): DataProblem => ({
      file: 'levels',
      id: level.id,
      message,
    })),
  );

const everyLevel: DatasetRule = (data) =>
  levelsGiven(data)
    ? LEVEL_IDS.filter((id) => !data.levelIds.has(id)).map((id): DataProblem => ({
        file: 'levels',
        id,
        message: `missing level "${id}"`,
      }))
    : [];

const everySchoolLevel: DatasetRule = (data) =>
  levelsGiven(data)
    ? SCHOOL_LEVEL_IDS.filter((id) => !data.levels.schoolLevels.some((s) => s.id === id)).map(
        (id): DataProblem => ({ file: 'levels', id, message: `missing school level "${id}"` }),
      )
    : [];

/** A school level opens only levels whose minimum schooling it has reached. */
const schoolLevelsOpenReachedLevels: DatasetRule = (data) => {
  if (!levelsGiven(data)) return [];
  const rank = (id: string) => (SCHOOL_LEVEL_IDS as readonly string[]).indexOf(id);
  return data.levels.schoolLevels.flatMap((school) =>
    school.opensTo.flatMap((opened): DataProblem[] => {
      const level = data.levels.levels.find((l) => l.id === opened);
      return level && rank(school.id) < rank(level.minimumSchooling)
        ? [
            {
              file: 'levels',
              id: school.id,
              message: `opens ${opened}, which needs ${level.minimumSchooling}`,
            },
          ]
        : [];
    }),
  );
};

// ——— CMCs and centers ———

const cmcSources: EntryRule<Cmc> = (cmc, data) => unknownSources(cmc.sources, data);

const centerSources: EntryRule<Center> = (center, data) => unknownSources(center.sources, data);

const centerCmc: EntryRule<Center> = (center, { cmcIds }) =>
  center.cmc !== null && !cmcIds.has(center.cmc) ? [`unknown CMC "${center.cmc}"`] : [];

// ——— Items: a balanced bank, short enough to read on a phone, naming no sector ———

/** `ITEMS_PER_TYPE` items of each type, `QUICK_ITEMS_PER_TYPE` of them in the quick form. */
const balancedItemBank: DatasetRule = ({ items }) =>
  RIASEC_TYPES.flatMap((type) => {
    const ofType = items.filter((item) => item.type === type);
    const quick = ofType.filter((item) => item.quick).length;
    const problems: DataProblem[] = [];
    if (ofType.length !== ITEMS_PER_TYPE) {
      problems.push({
        file: 'items',
        id: type,
        message: `${ofType.length} items of type ${type}, not ${ITEMS_PER_TYPE}`,
      });
    }
    if (quick !== QUICK_ITEMS_PER_TYPE) {
      problems.push({
        file: 'items',
        id: type,
        message: `${quick} quick items of type ${type}, not ${QUICK_ITEMS_PER_TYPE}`,
      });
    }
    return problems;
  });

const itemIdMatchesType: EntryRule<Item> = (item) =>
  item.id[0]?.toUpperCase() === item.type ? [] : [`id does not match type ${item.type}`];

/** At most `MAX_ITEM_WORDS` words in French and English (Arabic words are not counted alike). */
const itemShort: EntryRule<Item> = (item) =>
  (['fr', 'en'] as const).flatMap((lang) => {
    const words = item.text[lang].split(/\s+/).filter(Boolean).length;
    return words > MAX_ITEM_WORDS
      ? [`${lang} text has ${words} words (at most ${MAX_ITEM_WORDS})`]
      : [];
  });

/** An item measures a type, not a sector: one that names a sector is rated for the sector. */
const itemNamesNoSector: EntryRule<Item> = (item, { sectors }) =>
  (['ar', 'fr', 'en'] as const).flatMap((lang) =>
    sectors
      .filter((sector) => namesSector(item.text[lang], sector.name[lang], lang))
      .map((sector) => `${lang} text names the sector "${sector.name[lang]}" (${sector.id})`),
  );

// ——— Places ———

/** The 75 province seats are there, for the nearest-center guarantee. */
const provinceSeats: DatasetRule = ({ raw, towns }) => {
  const seats = towns.filter((town) => town.provinceSeat).length;
  return raw.towns !== undefined && seats !== 75
    ? [{ file: 'towns', message: `${seats} province seats, not 75` }]
    : [];
};

const twelveRegionOutlines: DatasetRule = ({ regionsMap }) =>
  regionsMap && regionsMap.regions.length !== 12
    ? [{ file: 'regions-map', message: `${regionsMap.regions.length} region outlines, not 12` }]
    : [];

// ——— Season ———

const seasonSources: DatasetRule = (data) =>
  data.season
    ? unknownSources(
        [
          ...data.season.facts.map((f) => f.source),
          data.season.mobileUnits.source,
          ...data.season.inclusion.map((i) => i.source),
        ],
        data,
      ).map((message): DataProblem => ({ file: 'season', message }))
    : [];

/**
 * The rules, in the order their problems are reported (a file's schema issues come first, from
 * `parseFiles`). A new rule goes here, with a test in `tests/unit/data/check.test.ts` that
 * plants a record breaking it.
 */
const RULES: readonly DatasetRule[] = [
  uniqueKeys,
  twelveRegions,
  prioritySectorsPresent,
  eachEntry('sectors', (d) => d.sectors, [onlyPriorityFieldsArePriority, sectorSources]),
  eachEntry('programs', (d) => d.programs, [
    programSector,
    programLevel,
    programParent,
    programCmcs,
    programPlaceRegions,
    programSources,
    programOccupations,
    programOccupationsOnce,
    programVectorIsMean,
  ]),
  eachEntry('sources', (d) => d.sources, [
    operatorOnlyOnOfficialSource,
    noOfficialPublisherOnOthersWork,
  ]),
  eachEntry('programs', (d) => d.programs, [
    notOnlyOfpptPublications,
    verifiedByOfficialOrPress,
    noAdmissionTextForOfppt,
    optionHasParentLevel,
    optionHasParentOperator,
  ]),
  occupationsUsed,
  levelSources,
  everyLevel,
  everySchoolLevel,
  schoolLevelsOpenReachedLevels,
  eachEntry('cmcs', (d) => d.cmcs, [cmcSources]),
  eachEntry('centers', (d) => d.centers, [centerSources, centerCmc]),
  balancedItemBank,
  eachEntry('items', (d) => d.items, [itemIdMatchesType, itemShort, itemNamesNoSector]),
  provinceSeats,
  twelveRegionOutlines,
  seasonSources,
];

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
  const data = parseFiles(raw, problems);
  for (const rule of RULES) problems.push(...rule(data));

  const dataset: Dataset = {
    sectors: data.sectors,
    programs: data.programs,
    levels: data.levels,
    occupations: data.occupations,
    cmcs: data.cmcs,
    centers: data.centers,
    season: data.season ?? {
      season: '',
      facts: [],
      mobileUnits: { units: 0, seatsPerYear: 0, examplePlaces: [], source: '' },
      inclusion: [],
    },
    sources: data.sources,
    regions: data.regions,
    items: data.items,
    towns: data.towns,
    regionsMap: data.regionsMap,
  };
  return { problems, dataset };
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
