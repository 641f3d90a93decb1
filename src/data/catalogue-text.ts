import { programs, sectors } from './catalogue';
import { catalogueView, textLoader, type TextChunk, type TextLang } from './catalogue-slots';
import { downloadText } from './catalogue-text-download';

// The views are the build's (`catalogueView` over `{ programs, sectors }`), so the texts line up.
const brief = textLoader(catalogueView({ programs, sectors }, 'brief'), downloadText.catalogue);
const details = textLoader(
  catalogueView({ programs, sectors }, 'details'),
  downloadText['catalogue-details'],
);

/**
 * Downloads `lang`'s brief text of the catalogue (names, sectors, places…) and writes it into the
 * programs and sectors of `catalogue.ts` (`program.name[lang]`…), once; later calls get the same
 * promise. A failed download is forgotten, so that asking again tries again. `download` is that
 * download when the caller has already started it.
 */
export function loadCatalogueText(lang: TextLang, download?: Promise<TextChunk>): Promise<void> {
  return brief.load(lang, download);
}

/**
 * The same for `lang`'s details: the programs' descriptions and skills and the sectors' facts,
 * which only a program's page shows (`program.description[lang]`…).
 */
export function loadCatalogueDetails(lang: TextLang, download?: Promise<TextChunk>): Promise<void> {
  return details.load(lang, download);
}

/** The languages whose brief text is in the catalogue, in `TEXT_LANGS` order. */
export function catalogueLanguages(): TextLang[] {
  return brief.languages();
}
