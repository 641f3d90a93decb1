import raw from './levels.json';
import type { Level, LevelsFile } from './schemas';

/** Training levels and the levels each school level opens (validated by `npm run data:check`). */
export const levels = raw as unknown as LevelsFile;

const levelById = new Map(levels.levels.map((level) => [level.id, level]));

/** A training level by id (S, Q, T, TS, BP). */
export function findLevel(id: string): Level | undefined {
  return levelById.get(id as Level['id']);
}
