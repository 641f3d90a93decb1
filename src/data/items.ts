import raw from './items.json';
import type { Item } from './schemas';

/** The 60 activity items, 10 per type (validated by `npm run data:check`). */
export const items = raw as unknown as readonly Item[];
