import programsRaw from './programs.json';
import type { Program, Sector } from './schemas';
import sectorsRaw from './sectors.json';

/** Every program (validated by `npm run data:check`). Loaded by the screens that list programs. */
export const programs = programsRaw as unknown as readonly Program[];

/** Every sector, priority sectors first as in the file. */
export const sectors = sectorsRaw as unknown as readonly Sector[];

const programById = new Map(programs.map((program) => [program.id, program]));
const sectorById = new Map(sectors.map((sector) => [sector.id, sector]));

export function findProgram(id: string): Program | undefined {
  return programById.get(id);
}

export function findSector(id: string): Sector | undefined {
  return sectorById.get(id);
}
