import { programs, sectors } from './catalogue';
import { collectSlots, fillSlots, isTextPlace, TEXT_LANGS, type TextLang } from './catalogue-slots';
import { downloadCatalogueText, type CatalogueTexts } from './catalogue-text-download';

// Taken when the module loads, before any text is written: a filled place is no longer empty.
// The walk is the build's (`{ programs, sectors }`, programs first), so the texts line up.
const places = collectSlots({ programs, sectors }, isTextPlace);

const loaded = new Set<TextLang>();
const loading = new Map<TextLang, Promise<void>>();

/**
 * Downloads `lang`'s text of the catalogue and writes it into the programs and sectors of
 * `catalogue.ts` (`program.name[lang]`…), once; later calls get the same promise. A failed
 * download is forgotten, so that asking again tries again. `download` is that download when the
 * caller has already started it.
 */
export function loadCatalogueText(
  lang: TextLang,
  download: Promise<CatalogueTexts> = downloadCatalogueText[lang](),
): Promise<void> {
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
}

/** The languages whose text is in the catalogue, in `TEXT_LANGS` order. */
export function catalogueLanguages(): TextLang[] {
  return TEXT_LANGS.filter((lang) => loaded.has(lang));
}
