import { z } from 'zod';
import { RIASEC_TYPES } from '@/domain/riasec';
import { normalizeSearchText } from '@/domain/search';
import { LEVEL_IDS, OPERATOR_IDS, SCHOOL_LEVEL_IDS, SECTOR_ICON_IDS } from './ids';

/**
 * The dataset's schemas: the single source of its TypeScript types (`z.infer`), of the checks run
 * by `npm run data:check`, and of the validation of maintainers' CSV imports.
 */

const text = z.string().trim().min(1, 'empty text');

/** A text in the three languages of the app; none may be empty. */
export const localizedSchema = z.strictObject({ ar: text, fr: text, en: text });
export type Localized = z.infer<typeof localizedSchema>;

/**
 * A text that is one item of a list. In the CSV files a list's items share one cell, separated by a
 * vertical bar (`LIST_SEPARATOR`, src/data/csv-columns.ts): an item holding one would come back
 * from an export and import as two.
 */
const itemText = text.refine(
  (value) => !value.includes('|'),
  'a list item cannot hold "|", which separates the items of a list in the CSV files',
);
/** A text in the three languages that is one item of a list (see `itemText`). */
const localizedItemSchema = z.strictObject({ ar: itemText, fr: itemText, en: itemText });

/** Kebab-case identifiers: stable, used in URLs and share codes. */
export const idSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'id must be kebab-case: lower-case letters, digits, hyphens',
  );

const score = z.number().min(0, 'below 0').max(100, 'above 100');

/** Six interest levels, 0–100 each. */
export const riasecSchema = z.strictObject({
  R: score,
  I: score,
  A: score,
  S: score,
  E: score,
  C: score,
});
export type RiasecVector = z.infer<typeof riasecSchema>;

export { OPERATOR_IDS, type OperatorId } from './ids';
/** Who runs a program: see `OPERATOR_IDS`. */
export const operatorSchema = z.enum(OPERATOR_IDS);

/**
 * What kind of publication a source is. `official`: published by a public body or by the operator
 * itself; `press`: a news article; `third-party`: someone else's copy or project (a student's
 * repository, an encyclopedia), never the operator's word; `dataset`: reference data (O*NET,
 * GeoNames…); `compiled`: Masari's own notes whose original source was not recorded.
 */
export const sourceKindSchema = z.enum(['official', 'press', 'third-party', 'dataset', 'compiled']);

/** Where a fact comes from: its real publisher, and what kind of publication it is. */
export const sourceSchema = z.strictObject({
  id: idSchema,
  kind: sourceKindSchema,
  /** For an official source, the operator that published it (OFPPT's own announcements…). */
  operator: operatorSchema.optional(),
  title: localizedSchema,
  publisher: text,
  year: z.number().int().min(1990).max(2100).optional(),
  url: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema);

/** Morocco's 12 regions, by official number (01–12). */
export const regionCodeSchema = z.enum([
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '11',
  '12',
]);
export type RegionCode = z.infer<typeof regionCodeSchema>;

export const regionSchema = z.strictObject({
  code: regionCodeSchema,
  name: localizedSchema,
  capital: localizedSchema,
});
export type Region = z.infer<typeof regionSchema>;

/** Latitude and longitude within Morocco, southern provinces included. */
export const MOROCCO_BOUNDS = {
  minLat: 20.7,
  maxLat: 35.95,
  minLon: -17.2,
  maxLon: -0.95,
} as const;
const latitude = z
  .number()
  .min(MOROCCO_BOUNDS.minLat, 'latitude outside Morocco')
  .max(MOROCCO_BOUNDS.maxLat, 'latitude outside Morocco');
const longitude = z
  .number()
  .min(MOROCCO_BOUNDS.minLon, 'longitude outside Morocco')
  .max(MOROCCO_BOUNDS.maxLon, 'longitude outside Morocco');

export const statusSchema = z.enum(['verified', 'indicative']);
export type DataStatus = z.infer<typeof statusSchema>;

// ---------------------------------------------------------------------------------------------
// Levels
// ---------------------------------------------------------------------------------------------

export { LEVEL_IDS, SCHOOL_LEVEL_IDS, type LevelId, type SchoolLevelId } from './ids';
export const levelIdSchema = z.enum(LEVEL_IDS);
export const schoolLevelIdSchema = z.enum(SCHOOL_LEVEL_IDS);

export const levelSchema = z.strictObject({
  id: levelIdSchema,
  name: localizedSchema,
  /** The diploma's French name as OFPPT uses it. */
  officialName: text,
  requirement: localizedSchema,
  /** The school level that must be completed; `opensTo` below is derived from it and tested. */
  minimumSchooling: schoolLevelIdSchema,
  minAge: z.number().int().optional(),
  maxAge: z.number().int().optional(),
  /** Usual length; `durationConfirmed: false` means no official source confirms it ("usually"). */
  usualDurationYears: z.number().positive(),
  durationConfirmed: z.boolean(),
  sources: z.array(idSchema).min(1),
});
export type Level = z.infer<typeof levelSchema>;

export const schoolLevelSchema = z.strictObject({
  id: schoolLevelIdSchema,
  name: localizedSchema,
  /** Training levels open to someone who has reached this school level. */
  opensTo: z.array(levelIdSchema),
});
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;

export const levelsFileSchema = z.strictObject({
  levels: z.array(levelSchema),
  schoolLevels: z.array(schoolLevelSchema),
  notes: z.array(localizedSchema),
});
export type LevelsFile = z.infer<typeof levelsFileSchema>;

// ---------------------------------------------------------------------------------------------
// Occupations (O*NET interest profiles)
// ---------------------------------------------------------------------------------------------

export const onetCodeSchema = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'not an O*NET-SOC code');

export const occupationSchema = z.strictObject({
  code: onetCodeSchema,
  title: text,
  /** The three highest interest types, as O*NET lists them. */
  highPoint: z.string().regex(new RegExp(`^[${RIASEC_TYPES.join('')}]{1,3}$`)),
  riasec: riasecSchema,
});
export type Occupation = z.infer<typeof occupationSchema>;

export const occupationsFileSchema = z.strictObject({
  attribution: text,
  modification: text,
  license: text,
  source: text,
  occupations: z.array(occupationSchema),
});
export type OccupationsFile = z.infer<typeof occupationsFileSchema>;

// ---------------------------------------------------------------------------------------------
// Sectors and programs
// ---------------------------------------------------------------------------------------------

/**
 * Everyday words people type to find something, in one language: none empty, none repeated (as
 * the search compares them: case, accents and Arabic spelling variants aside).
 */
const keywordListSchema = z.array(itemText).superRefine((words, context) => {
  const seen = new Set<string>();
  words.forEach((word, index) => {
    const key = normalizeSearchText(word);
    if (seen.has(key)) {
      context.addIssue({ code: 'custom', message: `"${word}" is listed twice`, path: [index] });
    }
    seen.add(key);
  });
});

/**
 * The words people use for a program or a sector when they differ from its official name
 * (`informatique`, `المعلوميات`, `coding`), in each language; searched like the names.
 */
export const keywordsSchema = z.strictObject({
  ar: keywordListSchema,
  fr: keywordListSchema,
  en: keywordListSchema,
});
export type Keywords = z.infer<typeof keywordsSchema>;

/**
 * A program's own everyday words: at least one, in some language. A program without any leaves
 * the property out, which is also how its CSV row reads back (three empty cells).
 */
const programKeywordsSchema = keywordsSchema.refine(
  (words) => words.ar.length + words.fr.length + words.en.length > 0,
  'give at least one everyday word, or leave `keywords` out',
);

/** A sector's words: at least one in each language, since every program of it is found by them. */
const sectorKeywordList = keywordListSchema.min(1, 'give at least one everyday word');
export const sectorKeywordsSchema = z.strictObject({
  ar: sectorKeywordList,
  fr: sectorKeywordList,
  en: sectorKeywordList,
});

export { SECTOR_ICON_IDS, type SectorIconId } from './ids';
/** A sector's picture: one of the drawings of `SECTOR_ICON_IDS`, by id (never an emoji). */
export const sectorIconSchema = z.enum(SECTOR_ICON_IDS, {
  error: ({ input }) =>
    `${input === undefined ? 'missing' : `${JSON.stringify(input)} names no drawing`}: use one of ` +
    SECTOR_ICON_IDS.join(', '),
});

export const sectorSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  description: localizedSchema,
  /** Everyday words for the sector; every program of the sector is found by them. */
  keywords: sectorKeywordsSchema,
  /** A decorative picture, by the id of its drawing (`SectorIcon` draws it). */
  icon: sectorIconSchema,
  /** One of the six priority fields of the 2025–26 season. */
  priority: z.boolean(),
  /** Facts stated for the sector, each with its source. */
  facts: z.array(z.strictObject({ text: localizedItemSchema, source: idSchema })),
});
export type Sector = z.infer<typeof sectorSchema>;

/**
 * `program`: a program as named by its operator. `option`: an option of a program (`parent`).
 * `trade-area`: an honestly described area of training whose exact program names are not public.
 */
export const programKindSchema = z.enum(['program', 'option', 'trade-area']);

export const placeSchema = z.strictObject({
  name: localizedItemSchema,
  region: regionCodeSchema,
});

export const programSchema = z
  .strictObject({
    id: idSchema,
    sector: idSchema,
    kind: programKindSchema,
    parent: idSchema.nullable(),
    level: levelIdSchema,
    /** False when no source gives the level: the entry is then `indicative`. */
    levelConfirmed: z.boolean(),
    /** The name as the source gives it, in French. */
    officialName: text,
    name: localizedSchema,
    /** What one learns and does at work, 2–3 sentences. */
    description: localizedSchema,
    jobs: z.array(localizedItemSchema).min(3).max(5),
    skills: z.array(localizedItemSchema).min(3).max(6),
    /** Everyday words for the program, when people use words its names do not contain. */
    keywords: programKeywordsSchema.optional(),
    /** A condition beyond the level's requirement, only when a source states it. */
    entry: localizedSchema.nullable(),
    /** Who runs it (the design's contract). */
    operator: operatorSchema,
    /** How and where to apply, only when a source states it (programs outside OFPPT). */
    admission: localizedSchema.nullable(),
    /** Where it is taught, only as far as a source says: CMCs by id, other places by name. */
    where: z.strictObject({ cmcs: z.array(idSchema), places: z.array(placeSchema) }),
    status: statusSchema,
    sources: z.array(idSchema).min(1),
    /** 1–3 analogous O*NET occupations; `riasec` is the mean of their profiles. */
    occupations: z.array(onetCodeSchema).min(1).max(3),
    /** Said when no occupation of the table is a fair analogue, so the profile is a rough guide. */
    analogueNote: localizedSchema.nullable(),
    riasec: riasecSchema,
  })
  .refine((p) => p.levelConfirmed || p.status === 'indicative', {
    message: 'a program whose level is not confirmed must be indicative',
    path: ['status'],
  })
  .refine((p) => (p.kind === 'option') === (p.parent !== null), {
    message: 'an option names its parent program, and only an option does',
    path: ['parent'],
  })
  .refine((p) => p.kind !== 'trade-area' || p.status === 'indicative', {
    message: 'a trade area is indicative',
    path: ['status'],
  });
export type Program = z.infer<typeof programSchema>;

// ---------------------------------------------------------------------------------------------
// CMCs, centers and season facts
// ---------------------------------------------------------------------------------------------

export const cmcSchema = z.strictObject({
  id: idSchema,
  region: regionCodeSchema,
  name: localizedSchema,
  /** The site as the source names it (e.g. Drarga). */
  site: localizedSchema,
  lat: latitude,
  lon: longitude,
  /** The city whose coordinates are used, when the site itself has none in our gazetteers. */
  coordinatesOf: text,
  state: z.enum(['open', 'opening', 'under-construction']),
  /** E.g. "open since October 2022". */
  statusText: localizedSchema,
  poles: localizedSchema.nullable(),
  status: statusSchema,
  sources: z.array(idSchema).min(1),
});
export type Cmc = z.infer<typeof cmcSchema>;

/** An orientation center (the design's contract: id, name, region, city, lat, lon, and what is known). */
export const centerSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  region: regionCodeSchema,
  city: localizedSchema,
  lat: latitude,
  lon: longitude,
  kind: z.enum(['orientation-center', 'cmc']),
  cmc: idSchema.nullable(),
  services: z.array(localizedItemSchema),
  status: statusSchema,
  sources: z.array(idSchema).min(1),
});
export type Center = z.infer<typeof centerSchema>;

export const seasonFactSchema = z.strictObject({
  id: idSchema,
  value: z.number(),
  /** How to show the value: a count, a percentage (value 382 = 382%), or "more than". */
  unit: z.enum(['count', 'percent', 'more-than', 'dirham-range']),
  /** For `dirham-range`, the upper bound. */
  max: z.number().optional(),
  label: localizedSchema,
  source: idSchema,
});
export type SeasonFact = z.infer<typeof seasonFactSchema>;

export const seasonFileSchema = z.strictObject({
  season: z.string().regex(/^\d{4}-\d{4}$/),
  facts: z.array(seasonFactSchema),
  mobileUnits: z.strictObject({
    units: z.number().int(),
    seatsPerYear: z.number().int(),
    /** Places named by the source as examples, and only those. */
    examplePlaces: z.array(localizedSchema),
    source: idSchema,
  }),
  inclusion: z.array(z.strictObject({ text: localizedSchema, source: idSchema })),
});
export type SeasonFile = z.infer<typeof seasonFileSchema>;

// ---------------------------------------------------------------------------------------------
// Questionnaire items
// ---------------------------------------------------------------------------------------------

/** Items per type in the full form, and in the quick form. */
export const ITEMS_PER_TYPE = 10;
export const QUICK_ITEMS_PER_TYPE = 5;
/** The longest an item may be, in words (French and English). */
export const MAX_ITEM_WORDS = 12;

export const itemSchema = z.strictObject({
  /** The type's letter in lower case and a two-digit number: `r01`. */
  id: z.string().regex(/^[riasec]\d{2}$/, 'item ids look like r01'),
  type: z.enum(RIASEC_TYPES),
  /** Part of the quick form. */
  quick: z.boolean(),
  /** An activity, as a verbal-noun phrase in Arabic and an infinitive phrase in French and English. */
  text: localizedSchema,
  /**
   * Why the item measures its type (English, one sentence, for maintainers; never shown): what the
   * activity samples of the type and why it does not load on another one.
   */
  rationale: text,
});
export type Item = z.infer<typeof itemSchema>;

// ---------------------------------------------------------------------------------------------
// Towns and the map
// ---------------------------------------------------------------------------------------------

/** A town a user may type, with its common spellings, for the nearest-center search. */
export const townSchema = z.strictObject({
  id: idSchema,
  name: localizedSchema,
  /** Other spellings users type (no accents, other transliterations, old names). */
  aliases: z.array(text),
  region: regionCodeSchema,
  lat: latitude,
  lon: longitude,
  /** The seat (capital) of one of the 75 provinces and prefectures. */
  provinceSeat: z.boolean(),
  /** Where the coordinates come from. */
  source: z.enum(['geonames', 'ma-cities', 'ma-provinces']),
});
export type Town = z.infer<typeof townSchema>;

/** The 12 region outlines, simplified and projected for an offline SVG map. */
export const regionsMapSchema = z.strictObject({
  attribution: text,
  viewBox: z.string().regex(/^0 0 \d+ \d+$/),
  projection: z.strictObject({
    type: z.literal('equirectangular'),
    lon0: z.number(),
    lat0: z.number(),
    scale: z.number().positive(),
    cosLat0: z.number().positive(),
    formula: text,
  }),
  regions: z.array(
    z.strictObject({ code: regionCodeSchema, d: text, labelX: z.number(), labelY: z.number() }),
  ),
});
export type RegionsMap = z.infer<typeof regionsMapSchema>;
