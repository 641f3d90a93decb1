// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { IMPORT_KINDS } from '@/data/import';

// `npm run data:export` then `npm run data:import` of the unchanged CSV, on a copy of the data:
// nothing may change, so that a maintainer's round trip never fails the formatting check.

const ROOT = process.cwd();
const DATA = join(ROOT, 'src/data');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

/** A copy of the data files in a temporary folder: the tests never write into src/data. */
function copyOfData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'masari-round-trip-'));
  cpSync(DATA, dir, { recursive: true, filter: (path) => !path.endsWith('.ts') });
  return dir;
}

function script(name: string, dir: string, args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, 'scripts', name), ...args], {
    env: { ...process.env, MASARI_DATA_DIR: dir },
    encoding: 'utf8',
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

/** Every data file of a folder: its bytes and when it was last written. */
function snapshot(dir: string) {
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const path = join(dir, name);
        return [name, { bytes: readFileSync(path), written: statSync(path).mtimeMs }] as const;
      }),
  );
}

describe('data round trip: export, then import the unchanged CSV', () => {
  it.each(IMPORT_KINDS)('leaves every data file byte-identical and unwritten (%s)', (kind) => {
    const dir = copyOfData();
    const csv = join(mkdtempSync(join(tmpdir(), 'masari-csv-')), `${kind}.csv`);
    const before = snapshot(dir);
    expect(before.get(`${kind}.json`)).toBeDefined();

    script('data-export.ts', dir, [kind, csv]);
    const out = script('data-import.ts', dir, [kind, csv]);
    expect(out).toContain('nothing written');

    const after = snapshot(dir);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, { bytes, written }] of before) {
      const now = after.get(name);
      expect(now?.bytes.equals(bytes), `${name} changed`).toBe(true);
      expect(now?.written, `${name} was rewritten`).toBe(written);
    }
    // And the copy is the repository's data, byte for byte.
    expect(after.get(`${kind}.json`)?.bytes.equals(readFileSync(join(DATA, `${kind}.json`)))).toBe(
      true,
    );
  });
});

describe('data import writes as the formatter does', () => {
  it('writes a changed file exactly as Prettier formats it, and no other file', async () => {
    const dir = copyOfData();
    const before = snapshot(dir);
    script('data-import.ts', dir, ['programs', join(ROOT, 'tests/fixtures/programs.csv')]);

    const text = readFileSync(join(dir, 'programs.json'), 'utf8');
    expect(text).not.toBe(before.get('programs.json')?.bytes.toString('utf8'));
    const reference = join(DATA, 'programs.json');
    const options = await resolveConfig(reference);
    expect(await check(text, { ...options, filepath: reference })).toBe(true);

    for (const [name, { bytes }] of before) {
      if (name !== 'programs.json') expect(readFileSync(join(dir, name)).equals(bytes)).toBe(true);
    }
  });
});
