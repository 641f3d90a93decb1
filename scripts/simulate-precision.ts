// `npx tsx scripts/simulate-precision.ts [--write] [--persons N]`: how precise the six scores are,
// per source (quick form, full form, typed scores), under the response model of docs/scoring.md
// ("How precise the scores are"), with the real program profiles and sectors. Prints the tables of
// docs/scoring.md and the `PRECISION` figures; `--write` puts those figures into
// src/domain/precision.ts. Deterministic: the same data give the same output. Part of
// `npm run bench`; `tests/unit/data/precision.test.ts` checks precision.ts against a short run.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import {
  PRECISION_RUN,
  REVIEW_MODEL,
  SENSITIVITY_RUN,
  SOURCES,
  simulatePrecision,
  toPrecision,
  type SimulationInput,
  type SimulationResult,
} from './lib/precision-simulation';

const root = join(import.meta.dirname, '..');
const data = join(root, 'src/data');
const args = process.argv.slice(2);
const write = args.includes('--write');
const personsArg = args.indexOf('--persons');
const persons = personsArg >= 0 ? Number(args[personsArg + 1]) : PRECISION_RUN.persons;
if (!Number.isInteger(persons) || persons < 100) {
  console.error('usage: npx tsx scripts/simulate-precision.ts [--write] [--persons N ≥ 100]');
  process.exit(1);
}

const programs = JSON.parse(
  readFileSync(join(data, 'programs.json'), 'utf8'),
) as SimulationInput['programs'];
const sectorIds = (
  JSON.parse(readFileSync(join(data, 'sectors.json'), 'utf8')) as { id: string }[]
).map((sector) => sector.id);

const fixed = (value: number, digits: number) => value.toFixed(digits);
const percent = (share: number) => `${Math.round(share * 100)} %`;

function table(results: readonly SimulationResult[], withModel: boolean): string[] {
  const head = [
    ...(withModel ? ['inter-item r'] : []),
    'source',
    'α',
    'retest r',
    'score SE',
    'difference SE',
    'reliable gap',
    'fit SE',
    'fit tolerance',
    'same first sector',
    'same first three programs',
  ];
  const rows = results.flatMap((result) =>
    SOURCES.map((source) => {
      const f = result.sources[source];
      return [
        ...(withModel ? [fixed(result.model.interItemR, 2)] : []),
        source,
        fixed(f.alpha, 2),
        fixed(f.retestR, 2),
        fixed(f.scoreSE, 1),
        fixed(f.differenceSE, 1),
        String(f.reliableGap),
        fixed(f.fitSE, 1),
        String(f.fitTolerance),
        percent(f.sameFirstSector),
        percent(f.sameFirstThreePrograms),
      ];
    }),
  );
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

const started = performance.now();
const main = simulatePrecision({
  model: REVIEW_MODEL,
  persons,
  seed: PRECISION_RUN.seed,
  programs,
  sectorIds,
});
const { calibration, typeCorrelations } = main;
console.log('\nPrecision of the scores (scripts/simulate-precision.ts; model in docs/scoring.md)');
console.log(
  `  ${persons.toLocaleString('en')} simulated people, seed ${PRECISION_RUN.seed}, ` +
    `${programs.length} programs; model: inter-item r ${fixed(calibration.interItemR, 2)}, ` +
    `item SD ${fixed(calibration.itemSD, 2)} (loading ${fixed(calibration.loading, 3)}, ` +
    `threshold step ${fixed(calibration.thresholdStep, 3)}); latent hexagon ` +
    `${REVIEW_MODEL.hexagon.join('/')}, observed between full-form scores ` +
    `${typeCorrelations.map((r) => fixed(r, 2)).join('/')}`,
);
for (const line of table([main], false)) console.log(`  ${line}`);
for (const source of SOURCES) {
  const f = main.sources[source];
  console.log(
    `  ${source}: when the first type leads the second by ≥ ${f.reliableGap} ` +
      `(${percent(f.clearShare)} of people), same first sector ${percent(f.clearSameFirstSector)}, ` +
      `same first three programs ${percent(f.clearSameFirstThreePrograms)}; ` +
      `fit tolerance over every ranked profile ${f.fitToleranceAll}`,
  );
}

const sensitivity = SENSITIVITY_RUN.interItemR.map((interItemR) =>
  simulatePrecision({
    model: { ...REVIEW_MODEL, interItemR },
    persons: Math.min(persons, SENSITIVITY_RUN.persons),
    seed: PRECISION_RUN.seed,
    programs,
    sectorIds,
  }),
);
console.log(
  `\nSensitivity to the inter-item correlation (${Math.min(persons, SENSITIVITY_RUN.persons).toLocaleString('en')} people each)`,
);
for (const line of table([sensitivity[0] ?? main, main, sensitivity[1] ?? main], true)) {
  console.log(`  ${line}`);
}

const figures = toPrecision(main);
const literal = `export const PRECISION: Readonly<Record<ScoreSource, Precision>> = ${JSON.stringify(figures)};`;
console.log(`\nsrc/domain/precision.ts:\n  ${literal}`);
console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);

if (write) {
  const path = join(root, 'src/domain/precision.ts');
  const text = readFileSync(path, 'utf8');
  const pattern = /export const PRECISION: [^=]+= \{[\s\S]*?\n\};\n/;
  if (!pattern.test(text)) {
    console.error(`${path}: no PRECISION object to replace`);
    process.exit(1);
  }
  const updated = text.replace(pattern, `${literal}\n`);
  const options = await resolveConfig(path);
  writeFileSync(path, await format(updated, { ...options, filepath: path }), 'utf8');
  console.log(`  written to ${path}`);
}
