import type { OccupationsFile } from './schemas';
import raw from './occupations.json';

/** The O*NET occupations the programs' profiles are built from, with the licence's attribution. */
export const occupations = raw as unknown as OccupationsFile;
