import core from 'virtual:catalogue/core';
import type { Program, Sector } from './schemas';

/*
 * The catalogue is `programs.json` and `sectors.json` split by language at build time
 * (scripts/vite/catalogue-split.ts): this module holds every field but the text, and each text
 * (name, description, jobs, everyday words…) is an object that receives its languages as they
 * load (`loadCatalogueText` in `catalogue-text.ts`, through i18next's `catalogue` namespace).
 *
 * The types say `{ ar, fr, en }`, but at run time only the loaded languages are present: read
 * a text in the language a component got from `useCatalogueText()`, which waits for it, never in
 * a fixed language. The program page's names in each language come from `program-names.ts`.
 */

/** Every program (validated by `npm run data:check`). Loaded by the screens that list programs. */
export const programs = core.programs as unknown as readonly Program[];

/** Every sector, priority sectors first as in the file. */
export const sectors = core.sectors as unknown as readonly Sector[];

const programById = new Map(programs.map((program) => [program.id, program]));
const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));

export function findProgram(id: string): Program | undefined {
  return programById.get(id);
}

export function findSector(id: string): Sector | undefined {
  return sectorById.get(id);
}
