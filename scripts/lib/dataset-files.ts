import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile, RawDataset } from '../../src/data/check';

/** The dataset's folder; `MASARI_DATA_DIR` points the scripts elsewhere (tests use a copy). */
export const DATA_DIR = process.env.MASARI_DATA_DIR ?? join(import.meta.dirname, '../../src/data');

export const DATASET_FILES: readonly DatasetFile[] = [
  'sectors',
  'programs',
  'levels',
  'occupations',
  'cmcs',
  'centers',
  'season',
  'sources',
  'regions',
  'items',
  'towns',
  'regions-map',
];

export function dataPath(file: DatasetFile): string {
  return join(DATA_DIR, `${file}.json`);
}

/** Reads every file of the dataset; a file that is missing or not JSON is reported, not thrown. */
export function readDataset(): { raw: RawDataset; unreadable: string[] } {
  const raw = {} as RawDataset;
  const unreadable: string[] = [];
  for (const file of DATASET_FILES) {
    try {
      raw[file] = JSON.parse(readFileSync(dataPath(file), 'utf8'));
    } catch (error) {
      unreadable.push(`${file}.json: ${error instanceof Error ? error.message : String(error)}`);
      raw[file] = undefined;
    }
  }
  return { raw, unreadable };
}

/** Writes a data file in one step (a temporary file renamed over it), so it is never half-written. */
export function writeDataFile(file: DatasetFile, value: unknown): void {
  const path = dataPath(file);
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
  renameSync(temporary, path);
}
