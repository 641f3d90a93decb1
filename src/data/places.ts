import centersRaw from './centers.json';
import regionsRaw from './regions.json';
import type { Center, Region, Town } from './schemas';
import townsRaw from './towns.json';

/** The orientation centers (indicative until an official list replaces them). */
export const centers = centersRaw as unknown as readonly Center[];

/** Towns a user may type, with common spellings; the 75 province seats among them. */
export const towns = townsRaw as unknown as readonly Town[];

/** The 12 regions by official code. */
export const regions = regionsRaw as unknown as readonly Region[];

export function regionName(code: string): Region['name'] | undefined {
  return regions.find((region) => region.code === code)?.name;
}
