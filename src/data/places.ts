import { isWithinKm, type LatLon } from '@/domain/geo';
import centersRaw from './centers.json';
import type { Center } from './schemas';
import { towns } from './towns';

/** The orientation centers (indicative until an official list replaces them). */
export const centers = centersRaw as unknown as readonly Center[];

/**
 * How far from the nearest town of the dataset a position still counts as in Morocco or close to
 * it. Every point inside the 12 region outlines lies within about 230 km of a town (the farthest
 * is in the desert east of Smara, towards the Algerian and Mauritanian borders), so 250 km covers
 * the whole national territory with a margin, while Paris, Madrid or Algiers, 500 km and more
 * away, are outside (tests/unit/data/places.test.ts checks both).
 */
export const MOROCCO_REACH_KM = 250;

/**
 * True when a position lies in Morocco or close to it (`MOROCCO_REACH_KM` of a town): only then
 * does ranking Moroccan orientation centers by distance from it make sense.
 */
export function isNearMorocco(position: LatLon): boolean {
  return isWithinKm(position, towns, MOROCCO_REACH_KM);
}
