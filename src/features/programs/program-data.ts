import { programs, sectors } from '@/data/catalogue';
import { catalogueLanguages } from '@/data/catalogue-text';
import { findCmc } from '@/data/cmcs';
import { occupations } from '@/data/occupations';
import type { Occupation, Program, RegionCode } from '@/data/schemas';
import { programSearchables } from '@/data/search-texts';
import { createSearchIndex, type SearchIndex } from '@/domain/search-index';

// Only types come from `schemas.ts`: importing its values would bundle zod into this screen.

const occupationByCode = new Map(occupations.occupations.map((o) => [o.code, o]));

export function findOccupation(code: string): Occupation | undefined {
  return occupationByCode.get(code);
}

/**
 * The regions where the data says a program is taught: those of its CMCs and of its other places.
 * Empty when the data does not say, which is not the same as "taught nowhere".
 */
function regionsOf(program: Program): ReadonlySet<RegionCode> {
  const codes = new Set<RegionCode>();
  for (const id of program.where.cmcs) {
    const cmc = findCmc(id);
    if (cmc) codes.add(cmc.region);
  }
  for (const place of program.where.places) codes.add(place.region);
  return codes;
}

const regionsByProgram = new Map(programs.map((program) => [program.id, regionsOf(program)]));

export function programRegions(program: Program): ReadonlySet<RegionCode> {
  return regionsByProgram.get(program.id) ?? regionsOf(program);
}

/** The options of a program, in the data's order. */
export function optionsOf(id: string): Program[] {
  return programs.filter((program) => program.parent === id);
}

/** Programs per sector, for the sector overview. */
export const programCountBySector: ReadonlyMap<string, number> = programs.reduce(
  (counts, program) => counts.set(program.sector, (counts.get(program.sector) ?? 0) + 1),
  new Map<string, number>(),
);

let searchIndex: { langs: string; index: SearchIndex } | undefined;

/**
 * The programs' names, everyday words, jobs and sectors, indexed for the search box on the first
 * search (not when the screen opens: the whole list needs no index), and again once another
 * language's text has come in, so that the search reads every language loaded.
 */
export function programSearchIndex(): SearchIndex {
  const langs = catalogueLanguages();
  if (searchIndex?.langs !== langs.join()) {
    searchIndex = {
      langs: langs.join(),
      index: createSearchIndex(programSearchables(programs, sectors, langs)),
    };
  }
  return searchIndex.index;
}
