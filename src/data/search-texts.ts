import type { Searchable } from '@/domain/search-index';
import { catalogueLanguages } from './catalogue-text';
import type { TextLang } from './catalogue-slots';
import type { Keywords, Localized, Program, Sector } from './schemas';

/**
 * What the program search reads of each program, in each of `langs`: its names and everyday
 * words, its example jobs, and its sector's names and everyday words, so that "hôtellerie" or
 * "المعلوميات" finds every program of the sector; and its official name, which is always there.
 *
 * `langs` are by default the languages whose text is loaded: the active one, and any other this
 * visit has used. A user downloads one language's text, so a search in another language finds a
 * program by its official name only (ADR 0005).
 */
export function programSearchables(
  programs: readonly Program[],
  sectors: readonly Sector[],
  langs: readonly TextLang[] = catalogueLanguages(),
): Searchable[] {
  const texts = (text: Localized) => langs.map((lang) => text[lang]);
  const words = (keywords: Keywords | undefined) =>
    keywords ? langs.flatMap((lang) => keywords[lang]) : [];
  const sectorTexts = new Map(
    sectors.map((sector) => [sector.id, [...texts(sector.name), ...words(sector.keywords)]]),
  );
  return programs.map((program) => ({
    id: program.id,
    primary: [...texts(program.name), program.officialName],
    keywords: words(program.keywords),
    secondary: program.jobs.flatMap(texts),
    group: sectorTexts.get(program.sector) ?? [],
  }));
}
