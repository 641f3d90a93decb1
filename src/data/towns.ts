import { resolveTown } from '@/domain/town-search';
import type { Town } from './schemas';
import townsRaw from './towns.json';

/** Towns a user may type, with common spellings; the 75 province seats among them. */
export const towns = townsRaw as unknown as readonly Town[];

/**
 * The town a saved or linked value designates: a town id (what the app saves), or a name as an
 * older save or a link may hold it ("Tanger", "طنجة"), when it designates one town; else null.
 */
export function townOf(value: string): Town | null {
  const resolution = resolveTown(towns, value);
  return resolution.kind === 'town' ? resolution.town : null;
}
