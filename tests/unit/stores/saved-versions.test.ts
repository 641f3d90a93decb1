import { describe, expect, it } from 'vitest';
import { townOf } from '@/data/towns';
import { useCounselorStore } from '@/features/counselor/store';
import { useSettingsStore } from '@/features/settings/settings-store';
import { useQuizStore, useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import type { PersistedStoreName } from '@/lib/store/persisted';
import {
  dataOf,
  fixture,
  keyOf,
  notices,
  openStores,
  savedEverything,
  stateIn,
  STORE_NAMES,
} from '../../utils/saved-stores';

/** Every saved shape a past version wrote (`tests/fixtures/storage/README.md`), by store. */
const PAST_VERSIONS: [PersistedStoreName, string][] = [
  ['settings', 'settings-v1'],
  ['quiz', 'quiz-v1-town-typed'],
  ['quiz', 'quiz-v1-town-id'],
  ['counselor-turn', 'counselor-turn-v1'],
  ['counselor', 'counselor-v1'],
];

describe('data saved by every past version', () => {
  it.each(PAST_VERSIONS)('%s: %s loads with nothing lost and no notice', async (name, file) => {
    const saved = fixture(file);
    const backend = createMemoryStorage({ [keyOf(name)]: saved });
    await openStores(backend);
    expect(dataOf(name)).toEqual(stateIn(saved));
    expect(notices()).toEqual([]);
    // Nothing was written over it on the way in.
    expect(stateIn(backend.getItem(keyOf(name)))).toEqual(stateIn(saved));
  });

  it('keeps, field by field, what the user would miss', async () => {
    await openStores(
      createMemoryStorage({
        'masari:settings': fixture('settings-v1'),
        'masari:quiz': fixture('quiz-v1-town-typed'),
        'masari:counselor-turn': fixture('counselor-turn-v1'),
        'masari:counselor': fixture('counselor-v1'),
      }),
    );
    expect(useSettingsStore.getState()).toMatchObject({ language: 'fr', textSize: 'large' });
    const quiz = useQuizStore.getState();
    expect(quiz).toMatchObject({ mode: 'quick', page: 5, step: 'done', schoolLevel: 'bac-1' });
    expect(Object.keys(quiz.answers)).toHaveLength(30);
    expect(quiz.answers.r01).toBe(5);
    // A town saved as typed, before towns were saved by id, still designates its town.
    expect(quiz.town).toBe('Tanger');
    expect(townOf(quiz.town ?? '')?.id).toBe('tanger');
    expect(useTurnQuizStore.getState()).toMatchObject({ mode: 'quick', page: 1, step: 'items' });
    expect(useTurnQuizStore.getState().answers).toEqual({ r01: 3, i01: 4, a01: 5, s01: 2, e01: 1 });
    const { sessions, turn } = useCounselorStore.getState();
    expect(sessions.map((session) => session.name)).toEqual(['الثالثة إعدادي ب', 'Tronc commun 2']);
    expect(sessions[0]?.notes).toBe('Groupe du matin.\nPrévoir une seconde séance.');
    expect(sessions[0]?.participants.map((p) => [p.pseudonym, p.source, p.schoolLevel])).toEqual([
      ['Amina', 'quick', 'college-3'],
      ['يوسف', 'code', null],
      ['Sara B.', 'typed', 'bac'],
    ]);
    expect(sessions[1]?.participants[0]?.scores).toEqual({
      R: 20,
      I: 15,
      A: 90,
      S: 60,
      E: 30,
      C: 0,
    });
    expect(turn).toEqual({
      sessionId: 'k3Hq9TzW2mPx7LcA',
      pseudonym: 'Nadia',
      schoolLevel: 'college-3',
      mode: 'quick',
    });
  });

  it('reads what an embedded Masari saved under its own keys, in the same shapes', async () => {
    window.history.replaceState(null, '', '/?embed=1');
    try {
      const { resetEmbedMode } = await import('@/lib/embed/mode');
      resetEmbedMode();
      const backend = createMemoryStorage({
        'masari-embed:settings': fixture('settings-v1'),
        'masari-embed:quiz': fixture('quiz-v1-town-typed'),
      });
      await openStores(backend);
      expect(useSettingsStore.getState().language).toBe('fr');
      expect(useQuizStore.getState().town).toBe('Tanger');
      expect(notices()).toEqual([]);
    } finally {
      window.history.replaceState(null, '', '/');
      const { resetEmbedMode } = await import('@/lib/embed/mode');
      resetEmbedMode();
    }
  });
});

describe('data the app cannot read', () => {
  const unreadable: [string, (name: PersistedStoreName) => string][] = [
    [
      'a version from a newer app',
      (name) =>
        JSON.stringify({ ...JSON.parse(savedEverything().getItem(keyOf(name))!), version: 2 }),
    ],
    [
      'a shape no version wrote',
      () => JSON.stringify({ state: { lang: 'fr', size: 'big', items: [4, 2] }, version: 1 }),
    ],
    [
      'a version before the first',
      (name) => savedEverything().getItem(keyOf(name))!.replace('"version":1', '"version":0'),
    ],
  ];

  describe.each(unreadable)('%s', (_, make) => {
    it.each(STORE_NAMES)('resets %s only, and says which data it was', async (name) => {
      const backend = savedEverything({ [name]: make(name) });
      await openStores(backend);
      expect(notices()).toEqual([
        { id: `storage-reset:${name}`, kind: 'storage-reset', store: name },
      ]);
      for (const other of STORE_NAMES) {
        const saved = stateIn(savedEverything().getItem(keyOf(other)));
        if (other === name) {
          expect(dataOf(other)).not.toEqual(saved);
          expect(stateIn(backend.getItem(keyOf(other)))).toEqual(dataOf(other));
        } else {
          expect(dataOf(other)).toEqual(saved);
          expect(stateIn(backend.getItem(keyOf(other)))).toEqual(saved);
        }
      }
    });
  });
});
