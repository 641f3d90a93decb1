import { programs, sectors } from './catalogue';
import { textLoader, type TextChunk, type TextLang } from './catalogue-slots';
import { downloadText } from './catalogue-text-download';

// The walk is the build's (`{ programs, sectors }`, programs first), so the texts line up.
const loader = textLoader({ programs, sectors }, downloadText.catalogue);

/**
 * Downloads `lang`'s text of the catalogue and writes it into the programs and sectors of
 * `catalogue.ts` (`program.name[lang]`…), once; later calls get the same promise. A failed
 * download is forgotten, so that asking again tries again. `download` is that download when the
 * caller has already started it.
 */
export function loadCatalogueText(lang: TextLang, download?: Promise<TextChunk>): Promise<void> {
  return loader.load(lang, download);
}

/** The languages whose text is in the catalogue, in `TEXT_LANGS` order. */
export function catalogueLanguages(): TextLang[] {
  return loader.languages();
}
