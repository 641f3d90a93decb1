import raw from './regions.json';
import type { Region, RegionCode } from './schemas';

/** The 12 regions, in the order of their official numbers. */
export const regions = raw as unknown as readonly Region[];

const regionByCode = new Map(regions.map((region) => [region.code, region]));

export function findRegion(code: string): Region | undefined {
  return regionByCode.get(code as RegionCode);
}

/** A region's name in the three languages. */
export function regionName(code: string): Region['name'] | undefined {
  return findRegion(code)?.name;
}
