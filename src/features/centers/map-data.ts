import regionsMapRaw from '@/data/regions-map.json';
import type { RegionsMap } from '@/data/schemas';
import type { LatLon } from '@/domain/geo';
import { parseRings, type Box, type Point } from './map-layout';

const map = regionsMapRaw as unknown as RegionsMap;
const [, , width = 1000, height = 1000] = map.viewBox.split(' ').map(Number);

/** The whole country, in map units: the view when nothing is searched. */
export const country: Box = { x: 0, y: 0, width, height };

/** Projects a point with the map's own equirectangular projection. */
export function project({ lat, lon }: LatLon): Point {
  const { lon0, lat0, scale, cosLat0 } = map.projection;
  return { x: (lon - lon0) * cosLat0 * scale, y: (lat0 - lat) * scale };
}

/** The region outlines: their path, as polygons, and their label point for the whole country. */
export const outlines = map.regions.map((region) => ({
  code: region.code,
  d: region.d,
  rings: parseRings(region.d),
  labelPoint: { x: region.labelX, y: region.labelY },
}));
