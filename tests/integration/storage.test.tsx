import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useCounselorStore } from '@/features/counselor/store';
import { useSettingsStore } from '@/features/settings/settings-store';
import { useQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import type { PersistedStoreName } from '@/lib/store/persisted';
import {
  CURRENT_FIXTURES,
  fillingStorage,
  fixture,
  keyOf,
  savedEverything,
  stateIn,
  STORE_NAMES,
} from '../utils/saved-stores';
import { blockedStorage, renderApp, headerSetting } from '../utils/render-app';

/** Answers the questionnaire's item `itemId` with the French label `rating`. */
async function answer(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  itemId: string,
  rating: string,
) {
  await screen.findAllByRole('group');
  const item = screen
    .getAllByRole('listitem')
    .find((li) => li.getAttribute('data-item-id') === itemId);
  if (!item) throw new Error(`No item ${itemId} on screen`);
  await user.click(within(item).getByRole('radio', { name: rating }));
}

describe('when the browser blocks storage', () => {
  it('still shows the app, says that nothing will be kept, and keeps settings for the visit', async () => {
    const { user } = await renderApp(undefined, {
      route: '/',
      storage: blockedStorage,
      lang: 'fr',
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Trouvez');
    expect(await screen.findByRole('status')).toHaveTextContent(
      "Ce navigateur ne permet pas à Masari d'enregistrer.",
    );
    await user.selectOptions(await headerSetting(user, 'Taille du texte'), 'larger');
    expect(useSettingsStore.getState().textSize).toBe('larger');
    expect(document.documentElement.dataset.textSize).toBe('larger');
  });

  it('runs the questionnaire in memory, with the warning', async () => {
    const { user } = await renderApp(undefined, {
      route: '/quiz?mode=quick&lang=fr',
      storage: blockedStorage,
    });
    await answer(user, 'r01', "J'aime beaucoup");
    await answer(user, 'i01', "Je n'aime pas du tout");
    expect(useQuizStore.getState().answers).toEqual({ r01: 5, i01: 1 });
    expect(await screen.findByRole('status')).toHaveTextContent(
      "Ce navigateur ne permet pas à Masari d'enregistrer.",
    );
  });
});

describe('when the storage fills up during the questionnaire', () => {
  it('keeps the answers for the visit, says so, and leaves those saved before readable', async () => {
    const inner = createMemoryStorage();
    const backend = fillingStorage(inner);
    const { user, unmount } = await renderApp(undefined, {
      route: '/quiz?mode=quick&lang=fr',
      storage: backend,
    });
    await answer(user, 'r01', "J'aime beaucoup");
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    backend.fail();
    await answer(user, 'i01', "Je n'aime pas du tout");
    expect(useQuizStore.getState().answers).toEqual({ r01: 5, i01: 1 });
    expect(await screen.findByRole('status')).toHaveTextContent(
      "L'espace que ce navigateur accorde à Masari est plein. Ce qui a été enregistré jusqu'ici est conservé",
    );
    expect(stateIn(inner.getItem(keyOf('quiz')))).toMatchObject({ answers: { r01: 5 } });

    // The next visit, with room again, finds the answer saved before the storage filled up.
    unmount();
    const saved = createMemoryStorage({ [keyOf('quiz')]: inner.getItem(keyOf('quiz'))! });
    await renderApp(undefined, { route: '/quiz?lang=fr', storage: saved });
    await screen.findAllByRole('group');
    expect(useQuizStore.getState().answers).toEqual({ r01: 5 });
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

const RESET_TEXT: Record<PersistedStoreName, string> = {
  settings:
    'The display settings saved on this device (language and text size) could not be read and were reset to their defaults.',
  quiz: 'The questionnaire answers saved on this device could not be read and were reset: the questionnaire starts again from the beginning.',
  'counselor-turn':
    'The answers of the turn in progress on this shared device could not be read and were reset: the questionnaire of this turn starts again from the beginning.',
  counselor:
    'The counsellor sessions saved on this device could not be read and were reset. A session file exported earlier brings them back.',
};

describe('when saved data is corrupt', () => {
  it('starts from defaults with a notice that can be dismissed, and never shows it again', async () => {
    const storage = createMemoryStorage({ 'masari:settings': '{not json' });
    const { user, unmount } = await renderApp(undefined, { route: '/', storage, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(RESET_TEXT.settings);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    unmount();
    await renderApp(undefined, { route: '/', storage, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });

  it.each(STORE_NAMES)(
    'says which data was reset when %s is cut short, and keeps the rest',
    async (name) => {
      const saved = fixture(CURRENT_FIXTURES[name]);
      const storage = savedEverything({ [name]: saved.slice(0, saved.length / 2) });
      await renderApp(undefined, { route: '/', storage, lang: 'en' });
      const status = await screen.findByRole('status');
      expect(status).toHaveTextContent(RESET_TEXT[name]);
      expect(screen.getAllByRole('status')).toHaveLength(1);
      if (name !== 'settings') expect(useSettingsStore.getState().language).toBe('fr');
      if (name !== 'quiz') expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(18);
      if (name !== 'counselor') expect(useCounselorStore.getState().sessions).toHaveLength(2);
    },
  );

  it('says it in the user’s language', async () => {
    const storage = savedEverything({ counselor: '{"state":{"sessions":[{"id":' });
    await renderApp(undefined, { route: '/', storage, lang: 'ar' });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'تعذّرت قراءة جلسات التوجيه المحفوظة على هذا الجهاز، فحُذفت.',
    );
  });
});
