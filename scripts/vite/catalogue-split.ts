import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import {
  catalogueView,
  collectSlots,
  isLocalizedLeaf,
  isTextPlace,
  TEXT_LANGS,
  type TextLang,
} from '../../src/data/catalogue-slots.ts';

// From the file's path, as in vite.config.ts: a test may import this file under jsdom.
const dataDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/data');

/** The modules the app imports instead of `programs.json` and `sectors.json` (see below). */
export const CATALOGUE_MODULES = {
  core: 'virtual:catalogue/core',
  text: (lang: TextLang) => `virtual:catalogue/text/${lang}`,
  details: (lang: TextLang) => `virtual:catalogue/details/${lang}`,
  programNames: 'virtual:catalogue/program-names',
} as const;

/** The modules the app imports instead of `items.json`, split the same way. */
export const ITEM_MODULES = {
  core: 'virtual:items/core',
  text: (lang: TextLang) => `virtual:items/text/${lang}`,
} as const;

/** The catalogue as the app reads it: both files, programs first (the order of the texts). */
export interface CatalogueData {
  programs: unknown[];
  sectors: unknown[];
}

export interface CatalogueSplit<Data = CatalogueData> {
  /** Every field but the text; each localized leaf replaced by an empty object, its place. */
  core: Data;
  /** Per language, the leaves' values in the order of `collectSlots` over the core. */
  texts: Record<TextLang, unknown[]>;
}

/**
 * Splits the catalogue (or the items) into its core and one text per language. Pure: `data` is
 * left as it is. Throws when the data already holds an empty object, which the app would take for
 * a text's place.
 */
export function splitCatalogue<Data>(data: Data): CatalogueSplit<Data> {
  const core = structuredClone(data);
  if (collectSlots(core, isTextPlace).length > 0) {
    throw new Error('The catalogue holds an empty object, which would be taken for a text’s place');
  }
  const leaves = collectSlots(core, isLocalizedLeaf);
  const texts = Object.fromEntries(
    TEXT_LANGS.map((lang) => [lang, leaves.map((leaf) => leaf[lang])]),
  ) as Record<TextLang, unknown[]>;
  for (const leaf of leaves) for (const lang of TEXT_LANGS) Reflect.deleteProperty(leaf, lang);
  return { core, texts };
}

const files = {
  programs: resolve(dataDir, 'programs.json'),
  sectors: resolve(dataDir, 'sectors.json'),
  items: resolve(dataDir, 'items.json'),
};

/**
 * The items as the app reads them: without `rationale`, the maintainers' note on what each item
 * samples (`npm run data:check` requires it), which no screen shows.
 */
export function appItems(items: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return items.map(({ rationale: _rationale, ...item }) => item);
}

/**
 * One part's texts in one language (`catalogueView`), in the order of the walk over that part of
 * the whole catalogue: the order in which the app fills them back into the core.
 */
export function catalogueTexts(
  catalogue: CatalogueData,
  part: 'brief' | 'details',
  lang: TextLang,
) {
  return collectSlots(catalogueView(catalogue, part), isLocalizedLeaf).map((leaf) => leaf[lang]);
}

type Make = (data: {
  catalogue: CatalogueData;
  split: CatalogueSplit;
  items: CatalogueSplit<Record<string, unknown>[]>;
}) => string;

/**
 * The catalogue and the questionnaire's items split by language at build time, so that a user
 * downloads the text of one language (docs/adr/0005-hand-written-program-search.md).
 * `programs.json`, `sectors.json` and `items.json` stay the files maintainers edit; nothing
 * generated is committed. The modules:
 * - `virtual:catalogue/core`: `{ programs, sectors }` without their text (`splitCatalogue`);
 * - `virtual:catalogue/text/<lang>`: one language's brief text (`catalogueView`), a flat array
 *   (its own chunk), which every screen listing programs waits for;
 * - `virtual:catalogue/details/<lang>`: the same language's details (programs' descriptions and
 *   skills, sectors' facts), which only a program's page waits for;
 * - `virtual:catalogue/program-names`: each program's name in every language, by id, for the
 *   program page's "names in each language";
 * - `virtual:items/core` and `virtual:items/text/<lang>`: the items the same way (`appItems`).
 */
export function catalogueSplit(): Plugin {
  const ids = new Map<string, Make>([
    // Parsed as a JSON string, as Vite does with a large JSON file: faster than a literal.
    [
      CATALOGUE_MODULES.core,
      ({ split }) => `JSON.parse(${JSON.stringify(JSON.stringify(split.core))})`,
    ],
    [ITEM_MODULES.core, ({ items }) => JSON.stringify(items.core)],
    // One language's text: a literal, since the escaped quotes of a JSON string would be bytes on
    // every download.
    ...TEXT_LANGS.flatMap((lang): [string, Make][] => [
      [
        CATALOGUE_MODULES.text(lang),
        ({ catalogue }) => JSON.stringify(catalogueTexts(catalogue, 'brief', lang)),
      ],
      [
        CATALOGUE_MODULES.details(lang),
        ({ catalogue }) => JSON.stringify(catalogueTexts(catalogue, 'details', lang)),
      ],
      [ITEM_MODULES.text(lang), ({ items }) => JSON.stringify(items.texts[lang])],
    ]),
    [
      CATALOGUE_MODULES.programNames,
      ({ catalogue: { programs } }) =>
        JSON.stringify(
          Object.fromEntries(
            (programs as { id: string; name: unknown }[]).map(({ id, name }) => [id, name]),
          ),
        ),
    ],
  ]);
  const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown[];
  return {
    name: 'masari:catalogue-split',
    resolveId(id) {
      // The `\0` keeps other plugins (Vite's JSON plugin above all) away from these modules.
      return ids.has(id) ? `\0${id}` : null;
    },
    load(id) {
      const make = id.startsWith('\0') ? ids.get(id.slice(1)) : undefined;
      if (!make) return null;
      for (const file of Object.values(files)) this.addWatchFile(file);
      const catalogue: CatalogueData = {
        programs: read(files.programs),
        sectors: read(files.sectors),
      };
      const items = appItems(read(files.items) as Record<string, unknown>[]);
      const code = make({
        catalogue,
        split: splitCatalogue(catalogue),
        items: splitCatalogue(items),
      });
      return `export default ${code};\n`;
    },
  };
}
