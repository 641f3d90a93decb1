import { describe, expect, it } from 'vitest';
import { counselorDefaults } from '@/features/counselor/store';
import { settingsDefaults } from '@/features/settings/settings-store';
import { quizDefaults } from '@/lib/quiz/quiz-store';
import { useNoticesStore } from '@/lib/store/notices';
import { persistedStores, type PersistedStoreName } from '@/lib/store/persisted';
import {
  CURRENT_FIXTURES,
  dataOf,
  fixture,
  keyOf,
  notices,
  openStores,
  savedEverything,
  stateIn,
  STORE_NAMES,
} from '../../utils/saved-stores';

const DEFAULTS: Record<PersistedStoreName, unknown> = {
  settings: settingsDefaults,
  quiz: quizDefaults,
  'counselor-turn': quizDefaults,
  counselor: counselorDefaults,
};

/** A saved value whose `state` has had one field spoiled, as a bug or another program might. */
function spoiled(name: PersistedStoreName): string {
  const saved = JSON.parse(fixture(CURRENT_FIXTURES[name])) as {
    state: Record<string, unknown>;
    version: number;
  };
  const state = saved.state;
  if (name === 'settings') state.textSize = 'huge';
  else if (name === 'counselor') {
    const [first] = state.sessions as { participants: { scores: { R: number } }[] }[];
    first!.participants[0]!.scores.R = 101;
  } else state.answers = { ...(state.answers as object), r01: 9 };
  return JSON.stringify(saved);
}

/** The saved value cut short after `fraction` of its characters, as a crash mid-write leaves it. */
const truncated = (fraction: number) => (name: PersistedStoreName) => {
  const saved = fixture(CURRENT_FIXTURES[name]);
  return saved.slice(0, Math.max(1, Math.floor(saved.length * fraction)));
};

const CORRUPTIONS: [string, (name: PersistedStoreName) => string][] = [
  ['text that is not JSON', () => 'masari:{oops'],
  ['JSON of another shape (an array)', () => '[1,2,3]'],
  ['JSON of another shape (a bare string)', () => '"fr"'],
  ['JSON with no state', () => JSON.stringify({ version: 1 })],
  ['a state with one field spoiled', spoiled],
  ['JSON cut short near its start', truncated(0.1)],
  ['JSON cut short in its middle', truncated(0.5)],
  ['JSON one character short', (name) => fixture(CURRENT_FIXTURES[name]).slice(0, -1)],
];

describe.each(CORRUPTIONS)('a store saved as %s', (_, corrupt) => {
  it.each(STORE_NAMES)(
    'resets %s only, with a notice that names it, and keeps every other store',
    async (name) => {
      const backend = savedEverything({ [name]: corrupt(name) });
      await openStores(backend);

      expect(notices()).toEqual([
        { id: `storage-reset:${name}`, kind: 'storage-reset', store: name },
      ]);
      expect(dataOf(name)).toMatchObject(DEFAULTS[name] as object);
      // The defaults replace the unreadable text at once, so the next visit reads them silently.
      expect(JSON.parse(backend.getItem(keyOf(name))!)).toEqual({
        state: DEFAULTS[name],
        version: 1,
      });
      for (const other of STORE_NAMES.filter((other) => other !== name)) {
        const saved = stateIn(fixture(CURRENT_FIXTURES[other]));
        expect(dataOf(other)).toEqual(saved);
        expect(stateIn(backend.getItem(keyOf(other)))).toEqual(saved);
      }

      useNoticesStore.getState().clear();
      await Promise.all(persistedStores().map((store) => store.rehydrate()));
      expect(notices()).toEqual([]);
    },
  );
});

describe('several stores unreadable at once', () => {
  it('gives one notice per store reset, and keeps the store that was readable', async () => {
    await openStores(
      savedEverything({
        settings: '{"state":',
        quiz: '{}',
        counselor: truncated(0.7)('counselor'),
      }),
    );
    expect(
      notices()
        .map((notice) => notice.id)
        .sort(),
    ).toEqual(['storage-reset:counselor', 'storage-reset:quiz', 'storage-reset:settings']);
    expect(dataOf('counselor-turn')).toEqual(stateIn(fixture('counselor-turn-v1')));
  });
});
