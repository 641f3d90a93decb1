import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { DatasetFile, RawDataset } from '../../src/data/check';

/** The repository's data folder, whose Prettier settings every written data file follows. */
const REPOSITORY_DATA_DIR = join(import.meta.dirname, '../../src/data');

/** The dataset's folder; `MASARI_DATA_DIR` points the scripts elsewhere (tests use a copy). */
export const DATA_DIR = process.env.MASARI_DATA_DIR ?? REPOSITORY_DATA_DIR;

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

/**
 * A data file's text exactly as `prettier --write` leaves it in the repository: the repository's
 * Prettier settings for that file, wherever the file is written, so that a data import followed
 * by `npm run lint` changes nothing.
 */
export async function formatDataFile(file: DatasetFile, value: unknown): Promise<string> {
  const reference = join(REPOSITORY_DATA_DIR, `${file}.json`);
  const options = await resolveConfig(reference);
  return format(JSON.stringify(value, null, 2), { ...options, filepath: reference });
}

/**
 * Writes a data file, formatted as the repository formats it, in one step (a temporary file
 * renamed over it), so it is never half-written. A file whose text would not change is left
 * alone: `'unchanged'`.
 */
export async function writeDataFile(
  file: DatasetFile,
  value: unknown,
): Promise<'written' | 'unchanged'> {
  const path = dataPath(file);
  const text = await formatDataFile(file, value);
  let current: string | null = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    // No file yet: write it.
  }
  if (current === text) return 'unchanged';
  const temporary = `${path}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
  return 'written';
}
