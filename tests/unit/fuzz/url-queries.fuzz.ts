import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { programs, sectors } from '@/data/catalogue';
import { levels } from '@/data/levels';
import { regions } from '@/data/regions';
import {
  MAX_COMPARE,
  readProgramQuery,
  writeProgramQuery,
  type ProgramQuery,
} from '@/features/programs/program-query';
import { quizSearch, readQuizLocation, type QuizLocation } from '@/features/quiz/quiz-flow';
import { langFromHash, langFromSearch } from '@/lib/i18n/detect';
import { fuzzText, hostileText, shortHostileText } from './inputs';
import { keyProblems } from './invariants';
import { FUZZ } from './runs';

// The other parameters links carry: the programs screen's filters (`readProgramQuery`,
// src/features/programs/program-query.ts: `q`, `sector`, `level`, `region`, `compare`, `view`),
// the questionnaire's page (`readQuizLocation`, src/features/quiz/quiz-flow.ts) and the language
// of any route (`langFromSearch`, `langFromHash`, src/lib/i18n/detect.ts).

const SECTOR_IDS = sectors.map((sector) => sector.id);
const LEVEL_IDS = levels.levels.map((level) => level.id as string);
const REGION_CODES = regions.map((region) => region.code as string);
const PROGRAM_IDS = programs.map((program) => program.id);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A query string built from hostile values, known ids and near-valid ones, for these keys. */
const querySearch = (keys: Record<string, fc.Arbitrary<string>>) =>
  fc.oneof(
    fc
      .record(
        Object.fromEntries(
          Object.entries(keys).map(([key, valid]) => [
            key,
            fc.option(fuzzText(valid, { huge: false }), { nil: undefined }),
          ]),
        ),
        { requiredKeys: [] },
      )
      .map((values) => `?${new URLSearchParams(values as Record<string, string>).toString()}`),
    fuzzText(
      fc.constant('?q=cuisine&sector=digital-ai&level=T&region=09&compare=a,b&view=compare'),
    ),
    hostileText,
  );

const programSearch = querySearch({
  q: fc.string({ unit: 'grapheme', maxLength: 12 }),
  sector: fc.constantFrom(...SECTOR_IDS),
  level: fc.constantFrom(...LEVEL_IDS),
  region: fc.constantFrom(...REGION_CODES),
  compare: fc.array(fc.constantFrom(...PROGRAM_IDS), { maxLength: 5 }).map((ids) => ids.join(',')),
  view: fc.constantFrom('list', 'compare'),
  lang: fc.constantFrom('ar', 'fr', 'en'),
});

function programQueryProblems(query: ProgramQuery): string[] {
  const problems = keyProblems({ ...query }, ['q', 'sector', 'level', 'region', 'compare', 'view']);
  if (typeof query.q !== 'string') problems.push('q');
  if (query.sector !== null && !SECTOR_IDS.includes(query.sector)) problems.push('sector');
  if (query.level !== null && !LEVEL_IDS.includes(query.level)) problems.push('level');
  if (query.region !== null && !REGION_CODES.includes(query.region)) problems.push('region');
  const { compare } = query;
  if (compare.length > MAX_COMPARE || new Set(compare).size !== compare.length)
    problems.push('compare: too many or repeated');
  if (!compare.every((id) => PROGRAM_IDS.includes(id))) problems.push('compare: unknown program');
  if (query.view !== 'list' && query.view !== 'compare') problems.push('view');
  return problems;
}

const programQuery: fc.Arbitrary<ProgramQuery> = fc.record({
  // The search text as typed: any text at all, blank included.
  q: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 16 }), shortHostileText),
  sector: fc.option(fc.constantFrom(...SECTOR_IDS), { nil: null }),
  level: fc.option(fc.constantFrom(...(LEVEL_IDS as ProgramQuery['level'][])), { nil: null }),
  region: fc.option(fc.constantFrom(...(REGION_CODES as ProgramQuery['region'][])), { nil: null }),
  compare: fc.uniqueArray(fc.constantFrom(...PROGRAM_IDS), { maxLength: MAX_COMPARE }),
  view: fc.constantFrom('list' as const, 'compare' as const),
});

describe('the programs screen’s query under fuzzing', () => {
  test.prop([programSearch], FUZZ)(
    'total and sound: any query string gives known filters only, at most three distinct programs',
    (search) => {
      expect(programQueryProblems(readProgramQuery(search))).toEqual([]);
    },
  );

  test.prop([programQuery, fc.constantFrom('', '?lang=ar', '?embed=1&lang=fr')], FUZZ)(
    'round trip: every query, written beside other parameters, reads back and keeps them',
    (query, other) => {
      const search = writeProgramQuery(other, query);
      const params = new URLSearchParams(search);
      // A blank search is no search; an address carries text only as Unicode scalar values, so a
      // half of a surrogate pair on its own comes back as U+FFFD, as the platform reads it.
      const q = query.q.trim() === '' ? '' : query.q.replace(LONE_SURROGATE, '\uFFFD');
      expect([readProgramQuery(search), params.get('lang'), params.get('embed')]).toEqual([
        { ...query, q },
        new URLSearchParams(other).get('lang'),
        new URLSearchParams(other).get('embed'),
      ]);
    },
  );
});

const quizLocation: fc.Arbitrary<QuizLocation> = fc.oneof(
  fc.constant(null),
  fc.constant({ step: 'context' as const }),
  fc.nat({ max: 98 }).map((page) => ({ page })),
);

describe('the questionnaire’s page under fuzzing', () => {
  const search = querySearch({
    page: fc.nat({ max: 120 }).map(String),
    step: fc.constantFrom('context', 'items', 'done'),
    lang: fc.constantFrom('ar', 'fr', 'en'),
  });

  test.prop([search], FUZZ)(
    'total and sound: any query string names no page, the context step, or a page from 0',
    (query) => {
      const location = readQuizLocation(new URLSearchParams(query));
      const valid =
        location === null ||
        (Object.keys(location).join() === 'step' &&
          'step' in location &&
          location.step === 'context') ||
        (Object.keys(location).join() === 'page' &&
          'page' in location &&
          Number.isInteger(location.page) &&
          location.page >= 0);
      expect(valid).toBe(true);
    },
  );

  test.prop([quizLocation, fc.constantFrom('', '?lang=ar', '?page=4&lang=fr')], FUZZ)(
    'round trip: every location, written beside the language, reads back',
    (location, current) => {
      const search = quizSearch(location, current);
      const params = new URLSearchParams(search);
      expect([readQuizLocation(params), params.get('lang')]).toEqual([
        location,
        new URLSearchParams(current).get('lang'),
      ]);
    },
  );
});

describe('the lang= parameter under fuzzing', () => {
  const search = querySearch({ lang: fc.constantFrom('ar', 'fr', 'en'), code: fc.constant('x') });

  test.prop([search, fc.constantFrom('#/results', '#/', '')], FUZZ)(
    'total and sound: any query string, alone or in a route, gives one of the languages or none',
    (query, route) => {
      const langs = [langFromSearch(query), langFromHash(`${route}${query}`)];
      expect(langs.every((lang) => lang === null || ['ar', 'fr', 'en'].includes(lang))).toBe(true);
    },
  );

  test.prop(
    [fc.constantFrom('ar' as const, 'fr' as const, 'en' as const), fc.string({ maxLength: 8 })],
    FUZZ,
  )(
    'round trip: every language, in a route’s query among other parameters, reads back',
    (lang, other) => {
      const query = `?${new URLSearchParams({ other, lang }).toString()}`;
      expect([langFromSearch(query), langFromHash(`#/results${query}`)]).toEqual([lang, lang]);
    },
  );
});
