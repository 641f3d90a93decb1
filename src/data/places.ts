import centersRaw from './centers.json';
import type { Center, Town } from './schemas';
import townsRaw from './towns.json';

/** The orientation centers (indicative until an official list replaces them). */
export const centers = centersRaw as unknown as readonly Center[];

/** Towns a user may type, with common spellings; the 75 province seats among them. */
export const towns = townsRaw as unknown as readonly Town[];
