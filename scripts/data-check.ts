// `npm run data:check`: fails when the dataset has a problem (see src/data/check.ts for the rules).
import { checkDataset, errorsOnly, formatProblem } from '../src/data/check';
import { readDataset } from './lib/dataset-files';

const { raw, unreadable } = readDataset();
if (unreadable.length > 0) {
  console.error('data check failed: unreadable file(s):');
  unreadable.forEach((line) => console.error(`  - ${line}`));
  process.exit(1);
}

const { problems, dataset } = checkDataset(raw);
const errors = errorsOnly(problems);
problems.filter((p) => p.warning).forEach((p) => console.warn(`  ${formatProblem(p)}`));
if (errors.length > 0) {
  console.error(`data check failed (${errors.length} problem(s)):`);
  errors.forEach((p) => console.error(`  - ${formatProblem(p)}`));
  process.exit(1);
}

const bySector = new Map<string, number>();
for (const program of dataset.programs)
  bySector.set(program.sector, (bySector.get(program.sector) ?? 0) + 1);
const indicative = dataset.programs.filter((p) => p.status === 'indicative').length;
console.log(
  `data check passed: ${dataset.sectors.length} sectors, ${dataset.programs.length} programs ` +
    `(${indicative} indicative), ${dataset.occupations.occupations.length} occupations, ` +
    `${dataset.cmcs.length} CMCs, ${dataset.centers.length} centers.`,
);
console.log(
  `  programs per sector: ${dataset.sectors.map((s) => `${s.id} ${bySector.get(s.id) ?? 0}`).join(', ')}`,
);
