import { describe, expect, it } from 'vitest';
import { isNearMorocco, MOROCCO_REACH_KM } from '@/data/places';
import { towns } from '@/data/towns';
import regionsMapRaw from '@/data/regions-map.json';
import type { RegionsMap } from '@/data/schemas';
import { distanceKm, type LatLon } from '@/domain/geo';

const map = regionsMapRaw as unknown as RegionsMap;

/** The rings of every region outline, in map units. */
const rings = map.regions.flatMap((region) =>
  region.d
    .split('M')
    .map((ring) => (ring.match(/-?\d+(\.\d+)?/g) ?? []).map(Number))
    .filter((numbers) => numbers.length >= 6)
    .map((numbers) =>
      Array.from(
        { length: numbers.length / 2 },
        (_, i) => [numbers[2 * i]!, numbers[2 * i + 1]!] as const,
      ),
    ),
);

/** Even-odd rule over every ring. */
function insideOutlines(x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The inverse of the map's equirectangular projection. */
function unproject(x: number, y: number): LatLon {
  const { lon0, lat0, scale, cosLat0 } = map.projection;
  return { lat: lat0 - y / scale, lon: x / (cosLat0 * scale) + lon0 };
}

describe('isNearMorocco', () => {
  it('holds for every point of the national territory, the southern provinces included', () => {
    const [, , width = 0, height = 0] = map.viewBox.split(' ').map(Number);
    let sampled = 0;
    let farthest = 0;
    // One point every 8 map units, about 11 km.
    for (let x = 0; x <= width; x += 8) {
      for (let y = 0; y <= height; y += 8) {
        if (!insideOutlines(x, y)) continue;
        const point = unproject(x, y);
        sampled += 1;
        farthest = Math.max(farthest, Math.min(...towns.map((town) => distanceKm(point, town))));
        expect(isNearMorocco(point), `${point.lat},${point.lon}`).toBe(true);
      }
    }
    expect(sampled).toBeGreaterThan(3000);
    expect(farthest).toBeLessThan(MOROCCO_REACH_KM);
    // Every town, from Tanger to Lagouira.
    expect(towns.every(isNearMorocco)).toBe(true);
  });

  it.each([
    ['Paris', 48.85, 2.35],
    ['Madrid', 40.42, -3.7],
    ['Algiers', 36.75, 3.06],
    ['Dakar', 14.69, -17.44],
    ['Bamako', 12.64, -8],
    ['Lisbon', 38.72, -9.14],
  ])('is false in %s', (_, lat, lon) => {
    expect(isNearMorocco({ lat, lon })).toBe(false);
  });
});
