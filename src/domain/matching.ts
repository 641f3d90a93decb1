import { RIASEC_TYPES, type RiasecProfile, type RiasecType } from './riasec';

/** A fit between two profiles, 0–100: 100 same shape, 50 unrelated, 0 opposite shape. */
export type Fit = number;

function mean(profile: RiasecProfile): number {
  return RIASEC_TYPES.reduce((sum, t) => sum + profile[t], 0) / RIASEC_TYPES.length;
}

/**
 * Shape similarity: Pearson's correlation between the two six-score profiles, mapped from −1…1
 * to 0–100 and rounded. It compares which types are relatively high or low, not the absolute
 * levels, so a user who rates everything low still gets matches that follow the shape.
 * A profile with no shape (all scores equal) gives 50: no information. Symmetric.
 */
export function shapeFit(a: RiasecProfile, b: RiasecProfile): Fit {
  return Math.round(exactFit(a, b));
}

/** `shapeFit` before rounding, used to order rankings without needless ties. */
function exactFit(a: RiasecProfile, b: RiasecProfile): number {
  const ma = mean(a);
  const mb = mean(b);
  let cross = 0;
  let va = 0;
  let vb = 0;
  for (const t of RIASEC_TYPES) {
    const da = a[t] - ma;
    const db = b[t] - mb;
    cross += da * db;
    va += da * da;
    vb += db * db;
  }
  if (va === 0 || vb === 0) return 50;
  const r = Math.max(-1, Math.min(1, cross / Math.sqrt(va * vb)));
  return ((r + 1) / 2) * 100;
}

/**
 * The types that drive a match: those that both profiles rate above their own average, ordered by
 * their contribution to the similarity (largest first). Empty when nothing is shared.
 */
export function explainMatch(user: RiasecProfile, program: RiasecProfile): RiasecType[] {
  return sharedTypes(centre(user).centred, centre(program).centred);
}

/** What the ranking needs of a program. */
export interface RankableProgram {
  id: string;
  sector: string;
  level: string;
  riasec: RiasecProfile;
  /** The program an option belongs to, if any: an option with its parent's profile counts once. */
  parent?: string | null;
}

export interface RankedProgram {
  id: string;
  fit: Fit;
}

export interface RankOptions {
  /** Only programs at these levels (those open to the user's school level); all when omitted. */
  eligibleLevels?: readonly string[];
}

/** A program's profile centred on its mean, with its norm: computed once per list of programs. */
interface Prepared {
  program: RankableProgram;
  centred: number[];
  norm: number;
}

interface PreparedList {
  entries: Prepared[];
  /** Index of each option's parent when the option has the parent's very profile, else -1. */
  sameAsParent: Int32Array;
  /** Position of each program's id in id order: ties are broken on integers, not strings. */
  idRanks: Int32Array;
  /** The inverse: the entry at each id rank. */
  byIdRank: Int32Array;
  /** A power of two above the number of programs, to pack an id rank under a fit in one number. */
  rankSpace: number;
}

// Rankings run for every result screen and, in a counselor's session, for a whole class: the
// programs' centred profiles are computed once per list (the dataset is immutable) and reused.
const preparedCache = new WeakMap<readonly RankableProgram[], PreparedList>();

function centre(profile: RiasecProfile): { centred: number[]; norm: number } {
  const m = mean(profile);
  const centred = RIASEC_TYPES.map((t) => profile[t] - m);
  return { centred, norm: Math.sqrt(centred.reduce((sum, d) => sum + d * d, 0)) };
}

function prepare(programs: readonly RankableProgram[]): PreparedList {
  let prepared = preparedCache.get(programs);
  if (!prepared) {
    const idOrder = programs
      .map((program, index) => ({ id: program.id, index }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const idRanks = new Int32Array(programs.length);
    const byIdRank = new Int32Array(programs.length);
    idOrder.forEach((entry, rank) => {
      idRanks[entry.index] = rank;
      byIdRank[rank] = entry.index;
    });
    const indexOf = new Map(programs.map((program, index) => [program.id, index]));
    const sameAsParent = new Int32Array(programs.length).fill(-1);
    programs.forEach((program, index) => {
      const parentIndex = program.parent ? indexOf.get(program.parent) : undefined;
      const parent = parentIndex === undefined ? undefined : programs[parentIndex];
      if (parent && RIASEC_TYPES.every((t) => parent.riasec[t] === program.riasec[t])) {
        sameAsParent[index] = parentIndex ?? -1;
      }
    });
    prepared = {
      entries: programs.map((program) => ({ program, ...centre(program.riasec) })),
      sameAsParent,
      idRanks,
      byIdRank,
      rankSpace: 2 ** Math.ceil(Math.log2(programs.length + 1)),
    };
    preparedCache.set(programs, prepared);
  }
  return prepared;
}

/** Exact fits of a user profile to every prepared program (same formula as `shapeFit`). */
function exactFits(profile: RiasecProfile, prepared: readonly Prepared[]): Float64Array {
  const user = centre(profile);
  const fits = new Float64Array(prepared.length);
  prepared.forEach((entry, i) => {
    if (user.norm === 0 || entry.norm === 0) {
      fits[i] = 50;
      return;
    }
    let cross = 0;
    for (let t = 0; t < 6; t += 1) cross += (user.centred[t] ?? 0) * (entry.centred[t] ?? 0);
    const r = Math.max(-1, Math.min(1, cross / (user.norm * entry.norm)));
    fits[i] = ((r + 1) / 2) * 100;
  });
  return fits;
}

/** Best fit first; equal fits by id, so that the order is total and reproducible. */
function compare(aFit: number, aId: string, bFit: number, bId: string): number {
  return bFit - aFit || (aId < bId ? -1 : aId > bId ? 1 : 0);
}

/** True when program `a` ranks before program `b`: better fit, or equal fit and smaller id. */
function before(fits: Float64Array, idRanks: Int32Array, a: number, b: number): boolean {
  const fa = fits[a] ?? 0;
  const fb = fits[b] ?? 0;
  return fa > fb || (fa === fb && (idRanks[a] ?? 0) < (idRanks[b] ?? 0));
}

/** Fits are compared to a millionth of a point; closer fits count as equal and go by id. */
const FIT_STEPS = 1e6;

/**
 * Indices of the prepared programs, best fit first, then by id. Each program's fit and id rank are
 * packed into one number so that a plain numeric sort orders them: several times faster than a
 * sort with a comparator, which matters when a counselor ranks a whole class.
 */
function orderByFit(
  { entries, idRanks, byIdRank, rankSpace }: PreparedList,
  fits: Float64Array,
): number[] {
  const keys = new Float64Array(entries.length);
  for (let i = 0; i < keys.length; i += 1) {
    const fit = Math.round((fits[i] ?? 0) * FIT_STEPS);
    keys[i] = (100 * FIT_STEPS - fit) * rankSpace + (idRanks[i] ?? 0);
  }
  keys.sort();
  return Array.from(keys, (key) => byIdRank[key % rankSpace] ?? 0);
}

/**
 * Programs ranked by shape fit to the user's profile, best first; equal fits are ordered by id,
 * so the ranking is a total order and identical inputs give identical rankings. What drives a
 * match is `explainMatch`, asked for the programs a screen shows.
 */
export function rankPrograms(
  profile: RiasecProfile,
  programs: readonly RankableProgram[],
  { eligibleLevels }: RankOptions = {},
): RankedProgram[] {
  const list = prepare(programs);
  const { entries } = list;
  const fits = exactFits(profile, entries);
  const ranked: RankedProgram[] = [];
  for (const i of orderByFit(list, fits)) {
    const entry = entries[i];
    if (!entry || (eligibleLevels && !eligibleLevels.includes(entry.program.level))) continue;
    ranked.push({ id: entry.program.id, fit: Math.round(fits[i] ?? 0) });
  }
  return ranked;
}

/** `explainMatch` on centred profiles: the types above both means, by contribution. */
function sharedTypes(user: readonly number[], program: readonly number[]): RiasecType[] {
  return RIASEC_TYPES.map((type, t) => ({ type, u: user[t] ?? 0, p: program[t] ?? 0, t }))
    .filter(({ u, p }) => u > 0 && p > 0)
    .sort((a, b) => b.u * b.p - a.u * a.p || a.t - b.t)
    .map(({ type }) => type);
}

export interface RankedSector {
  id: string;
  fit: Fit;
  /** The sector's best-fitting programs, best first (at most three): what makes its fit. */
  topPrograms: string[];
  /** How many of the sector's programs are open (all of them without a school level). */
  openPrograms: number;
}

/** How many of a sector's best programs make its fit. */
export const SECTOR_TOP_N = 3;

/**
 * Sectors ranked by the mean fit of their three best-fitting programs (all of them when fewer), so
 * that a sector with varied programs is judged by what it offers the user, not by an average
 * program nobody follows. With `eligibleLevels`, only the programs open at those levels count, so
 * a sector is ranked on what the user can enter. An option with its parent's very profile counts
 * once (with its parent). Sectors with no program (open) are left out: the screen lists them apart.
 * Total order: fit, then id.
 */
export function rankSectors(
  profile: RiasecProfile,
  sectorIds: readonly string[],
  programs: readonly RankableProgram[],
  { eligibleLevels }: RankOptions = {},
): RankedSector[] {
  const { entries, idRanks, sameAsParent } = prepare(programs);
  const fits = exactFits(profile, entries);
  const open = (i: number) => {
    const entry = entries[i];
    return (
      Boolean(entry) && (!eligibleLevels || eligibleLevels.includes(entry?.program.level ?? ''))
    );
  };
  // One pass keeps each sector's best three by insertion: no sort of the whole list.
  const best = new Map<string, number[]>();
  const counts = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (!open(i)) return;
    const sector = entry.program.sector;
    counts.set(sector, (counts.get(sector) ?? 0) + 1);
    const parent = sameAsParent[i] ?? -1;
    if (parent >= 0 && open(parent)) return;
    const top = best.get(sector) ?? [];
    if (top.length === 0) best.set(sector, top);
    let at = top.length;
    while (at > 0 && before(fits, idRanks, i, top[at - 1] ?? 0)) at -= 1;
    if (at < SECTOR_TOP_N) {
      top.splice(at, 0, i);
      if (top.length > SECTOR_TOP_N) top.pop();
    }
  });
  const ranked: (RankedSector & { exact: number })[] = [];
  for (const id of sectorIds) {
    const top = best.get(id);
    if (!top) continue;
    const exact = top.reduce((sum, i) => sum + (fits[i] ?? 0), 0) / top.length;
    ranked.push({
      id,
      exact,
      fit: Math.round(exact),
      topPrograms: top.map((i) => entries[i]?.program.id ?? ''),
      openPrograms: counts.get(id) ?? 0,
    });
  }
  return ranked
    .sort((a, b) => compare(a.exact, a.id, b.exact, b.id))
    .map(({ exact: _exact, ...sector }) => sector);
}
