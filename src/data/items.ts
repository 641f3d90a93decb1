import raw from './items.json';
import type { Item } from './schemas';

/** The 60 activity items, 10 per type (validated by `npm run data:check`). */
export const items = raw as unknown as readonly Item[];

const quickItems = items.filter((item) => item.quick);

/** The items of a form: all 60 for the full form, the 30 marked `quick` for the quick one. */
export function formItems(form: 'quick' | 'full'): readonly Item[] {
  return form === 'quick' ? quickItems : items;
}
