// @vitest-environment node
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { SCHOOL_LEVEL_IDS } from '@/data/ids';
import { items } from '@/data/items';
import {
  COUNSELOR_VERSION,
  counselorDefaults,
  counselorSchema,
  useCounselorStore,
  type PersistedCounselor,
} from '@/features/counselor/store';
import {
  SETTINGS_VERSION,
  settingsDefaults,
  settingsSchema,
  TEXT_SIZES,
  useSettingsStore,
  type PersistedSettings,
} from '@/features/settings/settings-store';
import {
  QUIZ_MODES,
  QUIZ_VERSION,
  quizDefaults,
  quizSchema,
  useQuizStore,
  type PersistedQuiz,
} from '@/lib/quiz/quiz-store';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { STORAGE_PREFIX } from '@/lib/store/persisted';
import type { StateValidator } from '@/lib/store/validate';
import { pseudonym } from '../features/counselor/arbitraries';
import {
  anyJson,
  anyValue,
  applyEdits,
  edits,
  fewSessions,
  hostileText,
  trickyLeaf,
  withOneChange,
} from './inputs';
import {
  DATASET_SCHOOL_LEVELS,
  keyProblems,
  labelProblems,
  sessionListProblems,
} from './invariants';
import { FUZZ } from './runs';

// What the persisted stores read back from storage (src/lib/store/persisted.ts): JSON text, its
// version's migrations, then the store's check (`settingsSchema`, `quizSchema`,
// `counselorSchema`); anything that fails is replaced by the store's defaults.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = (options: readonly unknown[], value: unknown) => options.includes(value);

// ——— The stores' data, valid and checked ———

const settings: fc.Arbitrary<PersistedSettings> = fc.record({
  language: fc.constantFrom('ar' as const, 'fr' as const, 'en' as const, null),
  textSize: fc.constantFrom(...TEXT_SIZES),
});

function settingsProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['not an object'];
  const problems = keyProblems(value, ['language', 'textSize']);
  if (!oneOf(['ar', 'fr', 'en', null], value.language)) problems.push('language');
  if (!oneOf(['standard', 'large', 'larger'], value.textSize)) problems.push('text size');
  return problems;
}

const rating = fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const, 5 as const);
const quiz: fc.Arbitrary<PersistedQuiz> = fc.record({
  mode: fc.option(fc.constantFrom(...QUIZ_MODES), { nil: null }),
  answers: fc.dictionary(fc.constantFrom(...items.map((item) => item.id)), rating, {
    maxKeys: 12,
  }),
  page: fc.nat({ max: 12 }),
  step: fc.constantFrom('items' as const, 'context' as const, 'done' as const),
  schoolLevel: fc.option(fc.oneof(fc.constantFrom(...DATASET_SCHOOL_LEVELS), fc.string()), {
    nil: null,
  }),
  town: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 }), { nil: null }),
});

/** The questionnaire's saved progress: a form, ratings 1–5 by item id, a page, a step, context. */
function quizProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['not an object'];
  const problems = keyProblems(value, ['mode', 'answers', 'page', 'step', 'schoolLevel', 'town']);
  if (!oneOf(['quick', 'full', null], value.mode)) problems.push('mode');
  const { answers, page } = value;
  if (!isRecord(answers) || Object.getPrototypeOf(answers) !== Object.prototype)
    problems.push('answers: not a plain object');
  else
    for (const [id, given] of Object.entries(answers))
      if (!/^[riasec]\d{2}$/.test(id) || !oneOf([1, 2, 3, 4, 5], given))
        problems.push(`answer ${id}: ${String(given)}`);
  // A page is an index into the form's pages: a whole number from 0.
  if (!(typeof page === 'number' && Number.isInteger(page) && page >= 0))
    problems.push(`page ${String(page)}`);
  if (!oneOf(['items', 'context', 'done'], value.step)) problems.push('step');
  // Text as typed, which never holds half of a surrogate pair (a link to the centers could not
  // carry it).
  for (const key of ['schoolLevel', 'town'])
    if (!(value[key] === null || (typeof value[key] === 'string' && !/\p{Cs}/u.test(value[key]))))
      problems.push(key);
  return problems;
}

const counselor: fc.Arbitrary<PersistedCounselor> = fc.record({
  sessions: fewSessions,
  turn: fc.option(
    fc.record({
      sessionId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      pseudonym: fc.option(pseudonym, { nil: null }),
      schoolLevel: fc.option(fc.constantFrom(...SCHOOL_LEVEL_IDS), { nil: null }),
      mode: fc.option(fc.constantFrom(...QUIZ_MODES), { nil: null }),
    }),
    { nil: null },
  ),
});

/** The counselor's sessions, and the shared-device turn: whose turn, their level and form. */
function counselorProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['not an object'];
  const problems = [
    ...keyProblems(value, ['sessions', 'turn']),
    ...sessionListProblems(value.sessions),
  ];
  const { turn } = value;
  if (turn === null) return problems;
  if (!isRecord(turn)) return [...problems, 'turn: not an object'];
  problems.push(...keyProblems(turn, ['sessionId', 'pseudonym', 'schoolLevel', 'mode']));
  if (typeof turn.sessionId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(turn.sessionId))
    problems.push('turn: session id');
  // The participant's pseudonym, once given, is one as a participant of the session holds it.
  if (turn.pseudonym !== null)
    problems.push(...labelProblems(turn.pseudonym, 60, 'turn: pseudonym'));
  if (turn.schoolLevel !== null && !DATASET_SCHOOL_LEVELS.includes(turn.schoolLevel as string))
    problems.push('turn: school level');
  if (!oneOf(['quick', 'full', null], turn.mode)) problems.push('turn: mode');
  return problems;
}

// ——— The stores, as the app creates them ———

interface Case<P extends object> {
  name: string;
  version: number;
  valid: fc.Arbitrary<P>;
  schema: StateValidator<P>;
  problems: (value: unknown) => string[];
  defaults: P & object;
  store: {
    getState(): object;
    setState(state: object): void;
    persist: { rehydrate(): Promise<void> | void };
  };
}

// The shared device's questionnaire (`counselor-turn`) is the same store as `quiz` under another
// key: its reading is fuzzed through `quiz`.
const CASES = [
  {
    name: 'settings',
    version: SETTINGS_VERSION,
    valid: settings,
    schema: settingsSchema,
    problems: settingsProblems,
    defaults: settingsDefaults,
    store: useSettingsStore,
  } satisfies Case<PersistedSettings>,
  {
    name: 'quiz',
    version: QUIZ_VERSION,
    valid: quiz,
    schema: quizSchema,
    problems: quizProblems,
    defaults: quizDefaults,
    store: useQuizStore,
  } satisfies Case<PersistedQuiz>,
  {
    name: 'counselor',
    version: COUNSELOR_VERSION,
    valid: counselor,
    schema: counselorSchema as StateValidator<PersistedCounselor>,
    problems: counselorProblems,
    defaults: counselorDefaults,
    store: useCounselorStore,
  } satisfies Case<PersistedCounselor>,
] as const;

/** The persisted part of a store's state: its defaults' keys. */
function persistedPart(state: object, defaults: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(defaults).map((key) => [key, (state as Record<string, unknown>)[key]]),
  );
}

/** What a store holds before a reload, which no valid state holds. */
const NOT_READ = Symbol('not read back');

/** The store reads `raw` back from a fresh storage, as on a reload. */
async function reload(store: Case<object>['store'], name: string, raw: string | null) {
  const backend = createMemoryStorage(raw === null ? {} : { [STORAGE_PREFIX + name]: raw });
  safeStorage.setBackend(() => backend);
  await store.persist.rehydrate();
}

const values = (valid: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 3, arbitrary: withOneChange(valid) },
    { weight: 1, arbitrary: withOneChange(valid, anyValue) },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: valid },
  );

/** Text in storage: hostile text, JSON of near-valid states at any version, damaged saves. */
const storedTexts = (valid: fc.Arbitrary<unknown>, version: number) =>
  fc.oneof(
    { weight: 1, arbitrary: hostileText },
    { weight: 1, arbitrary: anyJson.map((value) => JSON.stringify(value) ?? '') },
    {
      weight: 4,
      arbitrary: fc
        .record({
          state: withOneChange(valid),
          version: fc.oneof(
            { weight: 4, arbitrary: fc.constant(version) },
            { weight: 1, arbitrary: fc.oneof(trickyLeaf, fc.integer({ min: -2, max: 3 })) },
          ),
        })
        .map((saved) => JSON.stringify(saved) ?? ''),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(valid, edits)
        .map(([state, changes]) => applyEdits(JSON.stringify({ state, version }), changes)),
    },
  );

describe.each(CASES)('the $name store’s saved state under fuzzing', (c: Case<object>) => {
  test.prop([values(c.valid)], FUZZ)(
    'total and sound: its check refuses any value, or gives a valid state',
    (value) => {
      const result = c.schema.safeParse(value);
      if (result.success) expect(c.problems(result.data)).toEqual([]);
    },
  );

  test.prop([storedTexts(c.valid, c.version)], FUZZ)(
    'total and sound: whatever storage holds, a reload never throws and leaves a valid state',
    async (raw) => {
      // Left in the store if the reload silently failed half-way (the persist middleware swallows
      // what a reload throws): the check below then finds it.
      c.store.setState(Object.fromEntries(Object.keys(c.defaults).map((key) => [key, NOT_READ])));
      await reload(c.store, c.name, raw);
      expect(c.problems(persistedPart(c.store.getState(), c.defaults))).toEqual([]);
    },
  );

  test.prop([c.valid], FUZZ)(
    'round trip: every valid state, saved as JSON, is read back as it was',
    async (state) => {
      const checked = c.schema.safeParse(JSON.parse(JSON.stringify(state)));
      await reload(c.store, c.name, null);
      c.store.setState(state);
      const saved = safeStorage.getItem(STORAGE_PREFIX + c.name);
      c.store.setState(c.defaults);
      await reload(c.store, c.name, saved);
      expect([checked, persistedPart(c.store.getState(), c.defaults)]).toEqual([
        { success: true, data: state },
        state,
      ]);
    },
  );
});
