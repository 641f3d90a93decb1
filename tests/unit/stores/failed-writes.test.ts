import { describe, expect, it } from 'vitest';
import type { Session } from '@/features/counselor/session';
import { counselorDefaults, useCounselorStore } from '@/features/counselor/store';
import { useSettingsStore } from '@/features/settings/settings-store';
import { quizDefaults, useQuizStore, useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { eraseAllSavedData } from '@/lib/store/persisted';
import {
  dataOf,
  fillingStorage,
  fixture,
  keyOf,
  notices,
  openStores,
  savedEverything,
  stateIn,
  STORE_NAMES,
} from '../../utils/saved-stores';

/** Every key's saved value, parsed: each must be whole JSON, as one `setItem` wrote it. */
function parsedValues(storage: { keys(): string[]; getItem(key: string): string | null }) {
  return Object.fromEntries(
    storage.keys().map((key) => [key, JSON.parse(storage.getItem(key)!) as unknown]),
  );
}

/** A new page on what `backend` holds now. */
async function reopen(backend: ReturnType<typeof createMemoryStorage>) {
  await openStores(
    createMemoryStorage(
      Object.fromEntries(backend.keys().map((key) => [key, backend.getItem(key)!])),
    ),
  );
}

function newSession(id: string): Session {
  return {
    id,
    name: `Imported ${id}`,
    date: '2026-11-20',
    notes: '',
    participants: [
      {
        id: `${id}-p`,
        pseudonym: 'Rania',
        scores: { R: 30, I: 40, A: 50, S: 60, E: 70, C: 80 },
        source: 'code',
        schoolLevel: null,
        addedAt: '2026-11-20T10:00:00.000Z',
      },
    ],
  };
}

describe('a storage that fills up during a visit', () => {
  it('keeps the questionnaire going in memory and leaves the answers saved before it readable', async () => {
    const inner = createMemoryStorage();
    const backend = fillingStorage(inner);
    await openStores(backend);
    const quiz = useQuizStore.getState();
    quiz.start('quick');
    quiz.setAnswer('r01', 4);
    quiz.setAnswer('i01', 2);
    backend.fail();
    useQuizStore.getState().setAnswer('a01', 5);
    useQuizStore.getState().goToPage(1);

    expect(safeStorage.cause()).toBe('full');
    expect(useQuizStore.getState().answers).toEqual({ r01: 4, i01: 2, a01: 5 });
    expect(useQuizStore.getState().page).toBe(1);
    expect(stateIn(inner.getItem(keyOf('quiz')))).toMatchObject({
      answers: { r01: 4, i01: 2 },
      page: 0,
    });

    await reopen(inner);
    expect(useQuizStore.getState().answers).toEqual({ r01: 4, i01: 2 });
    expect(notices()).toEqual([]);
  });

  it('adds a file’s sessions in one write: all of them or, when it fails, none', async () => {
    const inner = savedEverything();
    const backend = fillingStorage(inner);
    await openStores(backend);
    const before = inner.getItem(keyOf('counselor'));
    backend.fail();
    const outcome = useCounselorStore
      .getState()
      .importSessions([
        newSession('imported-1'),
        newSession('imported-2'),
        newSession('imported-3'),
      ]);

    expect(outcome.sessionsAdded).toBe(3);
    expect(useCounselorStore.getState().sessions).toHaveLength(5);
    expect(inner.getItem(keyOf('counselor'))).toBe(before);
    expect(() => parsedValues(inner)).not.toThrow();

    await reopen(inner);
    expect(useCounselorStore.getState().sessions.map((session) => session.id)).toEqual([
      'k3Hq9TzW2mPx7LcA',
      'a7Ff2Gg4Hh6Jj8Kk',
    ]);
    expect(notices()).toEqual([]);
  });

  it('does not erase a turn’s answers on the device when its result could not be saved', async () => {
    const inner = savedEverything();
    const backend = fillingStorage(inner);
    await openStores(backend);
    // The sessions no longer fit; the turn's emptied answers, much smaller, still would.
    backend.fail((key) => key === keyOf('counselor'));
    // "Next participant": the result joins the session, then the turn's answers are emptied.
    useCounselorStore.getState().addParticipants('k3Hq9TzW2mPx7LcA', [
      {
        pseudonym: 'Nadia',
        scores: { R: 10, I: 20, A: 30, S: 40, E: 50, C: 60 },
        source: 'quick',
        schoolLevel: 'college-3',
      },
    ]);
    useTurnQuizStore.getState().restart();
    useCounselorStore.getState().clearTurn();

    await reopen(inner);
    expect(useTurnQuizStore.getState().answers).toEqual({ r01: 3, i01: 4, a01: 5, s01: 2, e01: 1 });
    expect(useCounselorStore.getState().turn?.pseudonym).toBe('Nadia');
  });

  it('still erases everything saved when asked to, after a write failed', async () => {
    const inner = savedEverything();
    const backend = fillingStorage(inner);
    await openStores(backend);
    backend.fail();
    useSettingsStore.getState().setTextSize('larger');
    eraseAllSavedData();
    expect(inner.keys()).toEqual([]);
  });

  it('still erases everything saved when the erasing itself fills the storage', async () => {
    const inner = savedEverything();
    const backend = fillingStorage(inner);
    await openStores(backend);
    // Each store is put back to its defaults, written before the keys are removed: the first fails.
    backend.fail();
    eraseAllSavedData();
    expect(inner.keys()).toEqual([]);
    expect(dataOf('counselor')).toEqual(counselorDefaults);
    expect(dataOf('quiz')).toEqual(quizDefaults);
  });
});

describe('a storage already full when the page opens', () => {
  it('shows what was saved, writes nothing over it, and says nothing will be kept', async () => {
    const inner = savedEverything();
    const backend = fillingStorage(inner);
    backend.fail();
    await openStores(backend);

    expect(useSettingsStore.getState().language).toBe('fr');
    expect(useQuizStore.getState().town).toBe('agadir');
    expect(useCounselorStore.getState().sessions).toHaveLength(2);
    expect(notices()).toEqual([]);
    expect(safeStorage.mode()).toBe('memory');

    useQuizStore.getState().setAnswer('r01', 1);
    expect(useQuizStore.getState().answers.r01).toBe(1);
    expect(stateIn(inner.getItem(keyOf('quiz')))).toEqual(stateIn(fixture('quiz-v1-town-id')));
  });
});

describe('every write', () => {
  it('is one whole value per store, readable after any number of them', async () => {
    const inner = createMemoryStorage();
    await openStores(inner);
    useSettingsStore.getState().setLanguage('ar');
    useQuizStore.getState().start('full');
    useQuizStore.getState().setAnswer('r01', 3);
    const id = useCounselorStore.getState().createSession({ name: 'Séance', date: '2026-11-30' });
    useCounselorStore.getState().startTurn(id);
    useTurnQuizStore.getState().start('quick');
    expect(Object.keys(parsedValues(inner)).sort()).toEqual(STORE_NAMES.map(keyOf).sort());
    await reopen(inner);
    expect(notices()).toEqual([]);
    expect(useCounselorStore.getState().turn?.sessionId).toBe(id);
  });
});
