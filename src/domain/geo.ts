import { normalizeNumberList } from './digits';

/** Kilometres, kept apart from other numbers by the type system. */
export type Km = number & { readonly __unit: 'km' };

/** A point on Earth in decimal degrees (WGS 84). */
export interface LatLon {
  lat: number;
  lon: number;
}

/** Mean radius of the Earth (IUGG), in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance by the haversine formula. Symmetric, zero between a point and itself,
 * never negative; accurate to about 0.5 % on a spherical Earth, plenty for "nearest center".
 */
export function distanceKm(a: LatLon, b: LatLon): Km {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return (2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))) as Km;
}

export interface Ranked<T> {
  item: T;
  distanceKm: Km;
}

/**
 * The `count` points nearest to `origin`, nearest first; equal distances are ordered by id, so the
 * result is a total order and equals a brute-force sort of all points (property-tested).
 */
export function nearest<T extends LatLon & { id: string }>(
  origin: LatLon,
  points: readonly T[],
  count: number,
): Ranked<T>[] {
  return points
    .map((item) => ({ item, distanceKm: distanceKm(origin, item) }))
    .sort(
      (a, b) =>
        a.distanceKm - b.distanceKm || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    )
    .slice(0, Math.max(0, count));
}

/**
 * True when some point lies within `maxKm` of `origin` (great-circle distance); false for an empty
 * list. Monotonic: what is within a radius is within every larger one.
 */
export function isWithinKm(origin: LatLon, points: readonly LatLon[], maxKm: number): boolean {
  return points.some((point) => distanceKm(origin, point) <= maxKm);
}

/**
 * Reads `LAT,LON` in decimal degrees (the `near=` link parameter), spaces allowed, in Western,
 * Arabic-Indic or Eastern Arabic-Indic digits, with `.` or the Arabic decimal separator ٫, and `,`,
 * ، or ٬ between the two numbers (`normalizeNumberList`). Returns null for anything that is not
 * two finite numbers within −90…90 and −180…180; never throws.
 */
export function parseLatLon(text: string): LatLon | null {
  const parts = normalizeNumberList(text)
    .split(',')
    .map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => !/^[+-]?\d{1,3}(\.\d+)?$/.test(part))) return null;
  const [lat, lon] = parts.map(Number) as [number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}
