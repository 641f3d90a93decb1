/**
 * How the catalogue (programs and sectors) is split by language, shared by the build, which
 * splits `programs.json` and `sectors.json` (`scripts/vite/catalogue-split.ts`), and by the app,
 * which fills a language's text back in (`catalogue-text.ts`). Both walk the data with
 * `collectSlots`, so the i-th text of a language belongs to the i-th place the walk meets.
 */

/** The languages of the dataset's texts, in the order they are read in. */
export const TEXT_LANGS = ['ar', 'fr', 'en'] as const;
export type TextLang = (typeof TEXT_LANGS)[number];

/** An object of the data that the walk may visit, and a text's place may be written into. */
export type Slot = Record<string, unknown>;

function isRecord(value: unknown): value is Slot {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A localized leaf: an object whose keys are exactly `ar`, `fr` and `en` (a name, a description,
 * a list of everyday words…), whatever its values.
 */
export function isLocalizedLeaf(value: Slot): boolean {
  const keys = Object.keys(value);
  return keys.length === TEXT_LANGS.length && TEXT_LANGS.every((lang) => keys.includes(lang));
}

/** The place of a localized leaf in the data without its text: an empty object. */
export function isTextPlace(value: Slot): boolean {
  return Object.keys(value).length === 0;
}

/**
 * Every object of `value` that `accept` takes, depth first, in key and array order, without
 * looking inside the objects taken. The same walk over the whole data (taking localized leaves)
 * and over the data without its text (taking empty objects) meets the same places in the same
 * order, since the one keeps every key of the other.
 */
export function collectSlots(value: unknown, accept: (object: Slot) => boolean): Slot[] {
  const found: Slot[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (isRecord(node)) {
      if (accept(node)) found.push(node);
      else Object.values(node).forEach(visit);
    }
  };
  visit(value);
  return found;
}

/**
 * Writes one language's texts into their places (`collectSlots(core, isTextPlace)`, taken before
 * any text was written). Throws when the counts differ: the text was not made from this core.
 */
export function fillSlots(
  places: readonly Slot[],
  lang: TextLang,
  texts: readonly unknown[],
): void {
  if (texts.length !== places.length) {
    throw new Error(
      `The ${lang} catalogue text has ${texts.length} entries for ${places.length} places`,
    );
  }
  places.forEach((place, index) => {
    place[lang] = texts[index];
  });
}

/** One language's texts, as the build cut them: the default export of a text chunk. */
export type TextChunk = { default: readonly unknown[] };

export interface TextLoader {
  /**
   * Downloads `lang`'s texts and writes them into their places, once; later calls get the same
   * promise. A failed download is forgotten, so that asking again tries again. `download` is that
   * download when the caller has already started it.
   */
  load(lang: TextLang, download?: Promise<TextChunk>): Promise<void>;
  /** The languages written in so far, in `TEXT_LANGS` order. */
  languages(): TextLang[];
}

/**
 * The loader of one split dataset's text (the catalogue, the items). `data` is the core as the
 * build made it: its places are taken now, before any text is written, since a filled place is
 * no longer empty.
 */
export function textLoader(
  data: unknown,
  downloads: Record<TextLang, () => Promise<TextChunk>>,
): TextLoader {
  const places = collectSlots(data, isTextPlace);
  const loaded = new Set<TextLang>();
  const loading = new Map<TextLang, Promise<void>>();
  return {
    load(lang, download = downloads[lang]()) {
      let pending = loading.get(lang);
      if (!pending) {
        pending = download.then(({ default: texts }) => {
          fillSlots(places, lang, texts);
          loaded.add(lang);
        });
        pending.catch(() => loading.delete(lang));
        loading.set(lang, pending);
      }
      return pending;
    },
    languages: () => TEXT_LANGS.filter((lang) => loaded.has(lang)),
  };
}

/**
 * The catalogue's text comes in two parts per language: the brief, which every screen listing
 * programs shows (names, sectors, places, admission…), and the details, which only a program's
 * own page shows (its description and skills) or no screen does yet (the sectors' facts). A
 * screen that ranks or lists programs paints without downloading the details.
 */
export type CataloguePart = 'brief' | 'details';

/** The fields of each record whose text is in the details. */
export const DETAIL_FIELDS = {
  programs: ['description', 'skills'],
  sectors: ['facts'],
} as const satisfies Record<'programs' | 'sectors', readonly string[]>;

/**
 * One part of the catalogue, as a shallow view: each record keeps only that part's fields, and
 * below them the very objects of `data`, so that a text written into a place of the view is
 * written into `data`. The build takes a part's texts and the app fills them back through the
 * same view, so their walks meet the same places in the same order.
 */
export function catalogueView(
  data: { programs: readonly unknown[]; sectors: readonly unknown[] },
  part: CataloguePart,
): { programs: Slot[]; sectors: Slot[] } {
  const view = (records: readonly unknown[], details: readonly string[]) =>
    records.map((record) =>
      Object.fromEntries(
        Object.entries(isRecord(record) ? record : {}).filter(
          ([key]) => details.includes(key) === (part === 'details'),
        ),
      ),
    );
  return {
    programs: view(data.programs, DETAIL_FIELDS.programs),
    sectors: view(data.sectors, DETAIL_FIELDS.sectors),
  };
}
