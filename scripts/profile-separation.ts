// `npx tsx scripts/profile-separation.ts [programs.json]`: how well the program profiles separate
// (docs/scoring.md, "Program profiles"). Reads src/data/programs.json unless another file is named,
// e.g. an older version: `git show HEAD~1:src/data/programs.json > /tmp/before.json`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RIASEC_TYPES } from '../src/domain/riasec';
import {
  atLeast,
  leadingTypes,
  leaveOneOut,
  meanPairwiseFit,
  type ProfiledProgram,
} from './lib/profile-separation';
import { SECTOR_OCCUPATIONS } from './lib/sector-occupations';

const data = join(import.meta.dirname, '../src/data');
const file = process.argv[2] ?? join(data, 'programs.json');
const programs = JSON.parse(readFileSync(file, 'utf8')) as ProfiledProgram[];
const sectorIds = (
  JSON.parse(readFileSync(join(data, 'sectors.json'), 'utf8')) as { id: string }[]
).map((sector) => sector.id);

const leads = leadingTypes(programs);
const loo = leaveOneOut(programs, sectorIds, SECTOR_OCCUPATIONS);
const percent = (share: number) => `${(share * 100).toFixed(0)} %`;
console.log(`\nProgram profiles (${programs.length} programs, ${file})`);
console.log(`  leading type: ${RIASEC_TYPES.map((t) => `${t} ${leads[t]}`).join(', ')}`);
console.log(`  R ≥ 98: ${atLeast(programs, 'R', 98)}`);
console.log(`  mean fit between two programs: ${meanPairwiseFit(programs).toFixed(1)}`);
console.log(
  `  leave-one-out: own sector in the first three for ${loo.cases.filter((c) => c.rank <= 3).length}` +
    ` of ${loo.cases.length} occupations (${percent(loo.inFirstThree)}), first for ${percent(loo.first)}` +
    ` (left out: ${loo.skipped.used} used by a program, ${loo.skipped.noPrograms} in a sector without programs)`,
);
for (const c of loo.cases.filter((c) => c.rank > 3)) {
  console.log(`    ${c.code} ${c.title} (${c.sector}): ${c.rank}th; first ${c.first.join(', ')}`);
}
