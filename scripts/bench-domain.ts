// Domain timings for `npm run bench`: score and rank 1,000 profiles against the whole dataset.
// Reported, never asserted: shared machines are noisy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rankPrograms, rankSectors, type RankableProgram } from '../src/domain/matching';
import { RIASEC_TYPES } from '../src/domain/riasec';
import { scoreAnswers, type Rating, type ScoredItem } from '../src/domain/scoring';
import type * as CatalogueText from '../src/data/catalogue-text';
import type * as Csv from '../src/features/counselor/csv';
import type * as Merge from '../src/features/counselor/merge';
import type * as ParseLines from '../src/features/counselor/parse-lines';
import type * as SessionFile from '../src/features/counselor/session-file';
import type * as Summary from '../src/features/counselor/summary';

const data = join(import.meta.dirname, '../src/data');
const programs = JSON.parse(readFileSync(join(data, 'programs.json'), 'utf8')) as RankableProgram[];
const sectorIds = (
  JSON.parse(readFileSync(join(data, 'sectors.json'), 'utf8')) as { id: string }[]
).map((s) => s.id);
let items: ScoredItem[];
try {
  items = JSON.parse(readFileSync(join(data, 'items.json'), 'utf8')) as ScoredItem[];
} catch {
  items = RIASEC_TYPES.flatMap((type) =>
    Array.from({ length: 10 }, (_, i) => ({ id: `${type}${i}`, type })),
  );
}

// A fixed pseudo-random sequence, so every run scores the same 1,000 answer sets.
let seed = 20251;
const next = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const answerSets = Array.from({ length: 1000 }, () =>
  Object.fromEntries(items.map((item) => [item.id, (1 + Math.floor(next() * 5)) as Rating])),
);

function run(): number {
  const start = performance.now();
  for (const answers of answerSets) {
    const profile = scoreAnswers(items, answers);
    rankSectors(profile, sectorIds, programs);
    rankPrograms(profile, programs);
  }
  return performance.now() - start;
}

run(); // warm-up
const times = Array.from({ length: 7 }, run).sort((a, b) => a - b);
const [min = 0, , , median = 0, , , max = 0] = times;
console.log('\nDomain: score and rank 1,000 profiles');
console.log(
  `  ${items.length} items, ${programs.length} programs, ${sectorIds.length} sectors: ` +
    `median ${median.toFixed(1)} ms over 7 runs (min ${min.toFixed(1)}, max ${max.toFixed(1)}; target < 50 ms)`,
);

// Center finder: nearest centers and town search, per query.
{
  const { nearest } = await import('../src/domain/geo');
  const { searchTowns } = await import('../src/domain/town-search');
  type Place = { id: string; lat: number; lon: number };
  const centers = JSON.parse(readFileSync(join(data, 'centers.json'), 'utf8')) as Place[];
  const towns = JSON.parse(readFileSync(join(data, 'towns.json'), 'utf8')) as (Place & {
    name: { ar: string; fr: string; en: string };
    aliases: string[];
  })[];
  const origins = Array.from({ length: 1000 }, () => ({
    lat: 21 + next() * 14.5,
    lon: -17 + next() * 16,
  }));
  const queries = towns.flatMap((town) => [
    town.name.fr.slice(0, 3),
    town.name.ar.slice(0, 3),
    town.name.fr,
  ]);
  searchTowns(towns, 'warm-up');
  const timeEach = (count: number, run: (i: number) => void) => {
    const start = performance.now();
    for (let i = 0; i < count; i += 1) run(i);
    return ((performance.now() - start) / count) * 1000;
  };
  const nearestUs = timeEach(origins.length, (i) =>
    nearest(origins[i] ?? { lat: 0, lon: 0 }, centers, 5),
  );
  const searchUs = timeEach(queries.length, (i) => searchTowns(towns, queries[i] ?? '', 8));
  console.log('\nCenter finder (target < 1 ms per query)');
  console.log(
    `  nearest 5 of ${centers.length} centers: ${nearestUs.toFixed(1)} µs per query (1,000 positions)`,
  );
  console.log(
    `  town search over ${towns.length} towns: ${searchUs.toFixed(1)} µs per query (${queries.length} queries)`,
  );
}

// Counselor session: 300 participants pasted, merged, exported (CSV and session file), read back.
// These modules read the catalogue, which the build splits per language (virtual modules of
// scripts/vite/catalogue-split.ts): they are loaded through Vite, with the app's own config.
{
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: join(import.meta.dirname, '../vite.config.ts'),
    appType: 'custom',
    logLevel: 'error',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  const load = (path: string) => vite.ssrLoadModule(join(import.meta.dirname, '..', path));
  type Counselor = typeof ParseLines &
    typeof Merge &
    typeof Csv &
    typeof SessionFile &
    typeof Summary &
    typeof CatalogueText;
  const modules = await Promise.all(
    [
      'src/features/counselor/parse-lines.ts',
      'src/features/counselor/merge.ts',
      'src/features/counselor/csv.ts',
      'src/features/counselor/session-file.ts',
      'src/features/counselor/summary.ts',
      'src/data/catalogue-text.ts',
    ].map(load),
  );
  const {
    parseLines,
    mergeParticipants,
    sessionToCsv,
    exportSessionFile,
    importSessionFile,
    summarizeParticipant,
    loadCatalogueText,
  } = Object.assign({}, ...modules) as Counselor;
  // The CSV names sectors and programs in the export's language.
  await loadCatalogueText('en');
  const { encodeShareCode, formatShareCode } = await import('../src/domain/share-code');
  const score = () => Math.floor(next() * 101);
  const pasted = Array.from({ length: 300 }, (_, i) => {
    const scores = { R: score(), I: score(), A: score(), S: score(), E: score(), C: score() };
    const code = encodeShareCode({ scores, schoolLevel: 1 + Math.floor(next() * 9) });
    return `طالب ${i + 1}\t${formatShareCode(code)}`;
  }).join('\n');
  const empty = { id: 'bench', name: 'Bench', date: '2026-03-02', notes: '', participants: [] };
  const median = (run: () => void) => {
    const times = Array.from({ length: 7 }, () => {
      const start = performance.now();
      run();
      return performance.now() - start;
    }).sort((a, b) => a - b);
    return (times[3] ?? 0).toFixed(1);
  };
  const merge = () => {
    let id = 0;
    const candidates = parseLines(pasted).participants.map((p) => ({
      ...p,
      pseudonym: p.pseudonym ?? '',
    }));
    return mergeParticipants(empty, candidates, {
      makeId: () => `p${(id += 1)}`,
      now: '2026-03-02T09:00:00.000Z',
    }).session;
  };
  const session = merge();
  const file = exportSessionFile([session]);
  const bytes = (text: string) => new TextEncoder().encode(text).length;
  console.log('\nCounselor session, 300 participants (medians of 7 runs)');
  console.log(
    `  paste and merge: ${median(merge)} ms; CSV export: ${median(() => sessionToCsv(session))} ms`,
  );
  console.log(
    `  session file export: ${median(() => exportSessionFile([session]))} ms, import: ${median(() => importSessionFile(file))} ms`,
  );
  console.log(
    `  group view's summaries (ranking every participant): ${median(() => session.participants.map((p) => summarizeParticipant(p)))} ms`,
  );
  const stored = JSON.stringify({ state: { sessions: [session], turn: null }, version: 1 });
  console.log(
    `  as the counselor store saves it: ${(stored.length / 1000).toFixed(1)} thousand UTF-16 characters in localStorage`,
  );
  console.log(
    `  session file ${(bytes(file) / 1000).toFixed(1)} kB; compact JSON as stored ${(bytes(JSON.stringify(session)) / 1000).toFixed(1)} kB; CSV ${(bytes(sessionToCsv(session)) / 1000).toFixed(1)} kB`,
  );
  await vite.close();
}
