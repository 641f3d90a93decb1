import type { Source } from './schemas';
import raw from './sources.json';

/** Every source the dataset cites (validated by `npm run data:check`). */
export const sources = raw as unknown as readonly Source[];

const byId = new Map(sources.map((source) => [source.id, source]));

/** The source with this id; the data check guarantees every cited id exists. */
export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}
