// `npm run data:export -- <programs|centers|sectors> FILE.csv`
// Writes the current data as a CSV to edit in a spreadsheet and bring back with data:import.
import { writeFileSync } from 'node:fs';
import { checkDataset, errorsOnly, formatProblem } from '../src/data/check';
import { exportKind } from '../src/data/export';
import { IMPORT_KINDS, type ImportKind } from '../src/data/import';
import { readDataset } from './lib/dataset-files';

const [kind, file] = process.argv.slice(2);
if (!kind || !file || !(IMPORT_KINDS as readonly string[]).includes(kind)) {
  console.error(`usage: npm run data:export -- <${IMPORT_KINDS.join('|')}> FILE.csv`);
  process.exit(1);
}

const { raw } = readDataset();
const { problems, dataset } = checkDataset(raw);
const errors = errorsOnly(problems);
if (errors.length > 0) {
  console.error('the current dataset has problems; fix them first (npm run data:check):');
  errors.slice(0, 20).forEach((p) => console.error(`  - ${formatProblem(p)}`));
  process.exit(1);
}

const { csv, count } = exportKind(kind as ImportKind, dataset);
writeFileSync(file, csv, 'utf8');
console.log(`${count} ${kind} written to ${file}.`);
