import raw from './cmcs.json';
import type { Cmc } from './schemas';

/** The 12 Cités des Métiers et des Compétences (validated by `npm run data:check`). */
export const cmcs = raw as unknown as readonly Cmc[];

const cmcById = new Map(cmcs.map((cmc) => [cmc.id, cmc]));

export function findCmc(id: string): Cmc | undefined {
  return cmcById.get(id);
}
