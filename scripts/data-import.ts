// `npm run data:import -- <programs|centers|sectors> FILE.csv [--dry-run]`
// Reads a UTF-8 CSV, validates every row, reports every bad row with its line and reason, and
// replaces src/data/<kind>.json only when every row, and the dataset with it, is valid. The file is
// written as Prettier formats it, and only when its text changes; no other data file is written.
import { readFileSync } from 'node:fs';
import { checkDataset, errorsOnly, formatProblem } from '../src/data/check';
import { parseCsv } from '../src/data/csv';
import { IMPORT_KINDS, importTable, type ImportKind } from '../src/data/import';
import type { OccupationsFile } from '../src/data/schemas';
import { dataPath, readDataset, writeDataFile } from './lib/dataset-files';

const idsOf = (value: unknown): Set<string> =>
  new Set(Array.isArray(value) ? value.map((entry: { id?: unknown }) => String(entry.id)) : []);

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const [kind, file] = args.filter((arg) => arg !== '--dry-run');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!kind || !file || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
  fail(`usage: npm run data:import -- <${IMPORT_KINDS.join('|')}> FILE.csv [--dry-run]`);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}

const { raw, unreadable } = readDataset();
if (unreadable.length > 0) fail(`the current dataset is unreadable:\n  ${unreadable.join('\n  ')}`);
const occupations = (raw.occupations as OccupationsFile | undefined)?.occupations ?? [];

const importKind = kind as ImportKind;
const result = importTable(importKind, parseCsv(text), {
  occupations,
  sectorIds: idsOf(importKind === 'sectors' ? [] : raw.sectors),
  cmcIds: idsOf(raw.cmcs),
  sourceIds: idsOf(raw.sources),
});
const problems = [...result.problems];

// Check the dataset as it would be: references to sectors, parents, CMCs, sources, occupations.
if (problems.length === 0) {
  const { problems: datasetProblems } = checkDataset({ ...raw, [importKind]: result.entries });
  for (const problem of errorsOnly(datasetProblems)) {
    const line =
      problem.file === importKind && problem.index !== undefined
        ? result.lines[problem.index]
        : undefined;
    problems.push({ line: line ?? 0, message: line ? problem.message : formatProblem(problem) });
  }
}

if (problems.length > 0) {
  problems.sort((a, b) => a.line - b.line);
  console.error(`${file}: ${problems.length} problem(s); ${dataPath(importKind)} is unchanged.`);
  for (const problem of problems) {
    console.error(
      problem.line > 0 ? `  line ${problem.line}: ${problem.message}` : `  ${problem.message}`,
    );
  }
  process.exit(1);
}

if (dryRun) {
  console.log(
    `${file}: ${result.entries.length} valid ${importKind}; nothing written (--dry-run).`,
  );
} else if ((await writeDataFile(importKind, result.entries)) === 'unchanged') {
  console.log(
    `${file}: ${result.entries.length} ${importKind}, the same as ${dataPath(importKind)}; nothing written.`,
  );
} else {
  console.log(
    `${file}: ${result.entries.length} ${importKind} written to ${dataPath(importKind)}.`,
  );
}
