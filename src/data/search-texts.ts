import type { Searchable } from '@/domain/search-index';
import type { Keywords, Program, Sector } from './schemas';

const wordsOf = (keywords: Keywords | undefined): string[] =>
  keywords ? [...keywords.ar, ...keywords.fr, ...keywords.en] : [];

/**
 * What the program search reads of each program, in every language whatever the interface's:
 * its names and official name; its everyday words; its example jobs; and its sector's names and
 * everyday words, so that "hôtellerie" or "المعلوميات" finds every program of the sector.
 */
export function programSearchables(
  programs: readonly Program[],
  sectors: readonly Sector[],
): Searchable[] {
  const sectorTexts = new Map(
    sectors.map((sector) => [
      sector.id,
      [sector.name.ar, sector.name.fr, sector.name.en, ...wordsOf(sector.keywords)],
    ]),
  );
  return programs.map((program) => ({
    id: program.id,
    primary: [program.name.ar, program.name.fr, program.name.en, program.officialName],
    keywords: wordsOf(program.keywords),
    secondary: program.jobs.flatMap((job) => [job.ar, job.fr, job.en]),
    group: sectorTexts.get(program.sector) ?? [],
  }));
}
