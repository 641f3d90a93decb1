import raw from './levels.json';
import type { LevelsFile } from './schemas';

/** Training levels and the levels each school level opens (validated by `npm run data:check`). */
export const levels = raw as unknown as LevelsFile;

/** The training levels open at a school level; all levels when the school level is unknown. */
export function levelsOpenTo(schoolLevel: string | null): string[] | null {
  if (!schoolLevel) return null;
  return levels.schoolLevels.find((level) => level.id === schoolLevel)?.opensTo ?? null;
}
