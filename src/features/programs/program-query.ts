import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { findProgram, findSector, programs } from '@/data/catalogue';
import type { LevelId, Program, RegionCode } from '@/data/schemas';
import { searchWithSuggestion } from '@/domain/search-index';
import { findLevel } from '@/data/levels';
import { findRegion } from '@/data/regions';
import { encodeUrlText } from '@/lib/url-text';
import { programRegions, programSearchIndex } from './program-data';

/** The most programs shown side by side: more columns no longer fit a phone or a handout. */
export const MAX_COMPARE = 3;

/**
 * The longest search text searched. A few words name any program; a page of text pasted into the
 * box or a link would keep the search busy for seconds on a phone, so it is not searched at all.
 */
export const MAX_SEARCH_LENGTH = 100;

/** Whether a search text is too long to be searched (`MAX_SEARCH_LENGTH`). */
export function isSearchTooLong(q: string): boolean {
  return q.length > MAX_SEARCH_LENGTH;
}

export type ProgramsView = 'list' | 'compare';

/**
 * What the programs screen shows, read from the address so that a counselor can share a filtered
 * list or a comparison, and a reload keeps it: `#/programs?q=cuisine&sector=tourism-hospitality
 * &level=T&region=09&compare=a,b&view=compare`.
 */
export interface ProgramQuery {
  /** The search text as typed (empty when none). */
  q: string;
  sector: string | null;
  level: LevelId | null;
  region: RegionCode | null;
  /** Program ids chosen for comparison, known and distinct, at most `MAX_COMPARE`. */
  compare: readonly string[];
  view: ProgramsView;
}

/** No search, no filter, nothing chosen: the whole list. */
export const EMPTY_QUERY: ProgramQuery = {
  q: '',
  sector: null,
  level: null,
  region: null,
  compare: [],
  view: 'list',
};

const OWN_KEYS = new Set(['q', 'sector', 'level', 'region', 'compare', 'view']);

/**
 * Reads the query from the address. Unknown sectors, levels, regions or programs are ignored
 * rather than reported: an old or mistyped link still opens a working list.
 */
export function readProgramQuery(search: string): ProgramQuery {
  const params = new URLSearchParams(search);
  const sector = params.get('sector');
  const level = params.get('level');
  const region = params.get('region');
  const compare = [
    ...new Set(
      (params.get('compare') ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => findProgram(id) !== undefined),
    ),
  ].slice(0, MAX_COMPARE);
  return {
    q: params.get('q') ?? '',
    sector: sector && findSector(sector) ? sector : null,
    level: level ? (findLevel(level)?.id ?? null) : null,
    region: region ? (findRegion(region)?.code ?? null) : null,
    compare,
    view: params.get('view') === 'compare' ? 'compare' : 'list',
  };
}

/**
 * Encodes a value for the address, leaving commas readable (`compare=a,b`). Half of a surrogate
 * pair on its own (text cut inside an emoji) is written U+FFFD, as `URLSearchParams` writes it.
 */
function encode(value: string): string {
  return encodeUrlText(value).replace(/%2C/gi, ',');
}

/**
 * The address query for `query`, keeping every parameter that is not the screen's own (`lang`
 * above all) first and in place, then the screen's in a fixed order, each only when set.
 */
export function writeProgramQuery(search: string, query: ProgramQuery): string {
  const entries: [string, string][] = [...new URLSearchParams(search).entries()].filter(
    ([key]) => !OWN_KEYS.has(key),
  );
  if (query.q.trim()) entries.push(['q', query.q]);
  if (query.sector) entries.push(['sector', query.sector]);
  if (query.level) entries.push(['level', query.level]);
  if (query.region) entries.push(['region', query.region]);
  if (query.compare.length > 0) entries.push(['compare', query.compare.join(',')]);
  if (query.view === 'compare') entries.push(['view', 'compare']);
  return entries.length > 0
    ? `?${entries.map(([key, value]) => `${encode(key)}=${encode(value)}`).join('&')}`
    : '';
}

/** The address query that keeps only the language, for links that leave the list. */
export function langOnly(search: string): string {
  const lang = new URLSearchParams(search).get('lang');
  return lang ? `?lang=${encode(lang)}` : '';
}

export interface UpdateOptions {
  /** Replace the history entry instead of adding one (typing, ticking a box). */
  replace?: boolean;
}

/** The screen's query and a function that changes part of it in the address. */
export function useProgramQuery(): [
  ProgramQuery,
  (change: Partial<ProgramQuery>, options?: UpdateOptions) => void,
] {
  const location = useLocation();
  const navigate = useNavigate();
  const { pathname, search } = location;
  const query = useMemo(() => readProgramQuery(search), [search]);
  const update = useCallback(
    (change: Partial<ProgramQuery>, { replace = false }: UpdateOptions = {}) => {
      const next = writeProgramQuery(search, { ...readProgramQuery(search), ...change });
      void navigate({ pathname, search: next }, { replace });
    },
    [navigate, pathname, search],
  );
  return [query, update];
}

/** What the list shows: the programs found, and a corrected search to offer, if any. */
export interface FilteredPrograms {
  programs: Program[];
  /** The search text with a misspelt word corrected, when the programs were found despite a typo. */
  suggestion: string | null;
}

/** The programs matching the search text and filters, most relevant first. */
export function filterPrograms(
  query: Pick<ProgramQuery, 'q' | 'sector' | 'level' | 'region'>,
): FilteredPrograms {
  // A search too long to be searched is left out, and said so beside the search box.
  const { ids, suggestion } =
    query.q.trim() === '' || isSearchTooLong(query.q)
      ? { ids: null, suggestion: null }
      : searchWithSuggestion(programSearchIndex(), query.q);
  const found = (ids ? ids.map((id) => findProgram(id)) : programs)
    .filter((program): program is Program => program !== undefined)
    .filter(
      (program) =>
        (query.sector === null || program.sector === query.sector) &&
        (query.level === null || program.level === query.level) &&
        (query.region === null || programRegions(program).has(query.region)),
    );
  return { programs: found, suggestion };
}
