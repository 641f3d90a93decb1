import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FormRunner } from '@/features/quiz/form-runner';
import { pagesFor } from '@/features/quiz/quiz-items';
import { QuizStoreProvider } from '@/lib/quiz/quiz-context';
import { useQuizStore, useTurnQuizStore } from '@/lib/quiz/quiz-store';
import { renderApp, type RenderAppResult } from '../utils/render-app';

const TEXT = {
  en: {
    high: 'Strongly like',
    low: 'Strongly dislike',
    next: /Next/,
    finish: /Finish/,
    page: (n: number) => `Quick questionnaire · Page ${n} of 6`,
  },
  ar: {
    high: 'يعجبني كثيرًا',
    low: 'لا يعجبني إطلاقًا',
    next: /التالي/,
    finish: /إنهاء/,
    page: (n: number) => `الاستبيان السريع · الصفحة ${n} من 6`,
  },
} as const;

type Lang = keyof typeof TEXT;

/** A participant's turn on a shared device: the runner on the turn's store. */
async function renderTurn(lang: Lang) {
  const onDone = vi.fn();
  const view = await renderApp(
    <QuizStoreProvider store={useTurnQuizStore}>
      <FormRunner onDone={onDone} />
    </QuizStoreProvider>,
    { lang, route: '/counselor' },
  );
  return { ...view, onDone };
}

async function pageHeading(lang: Lang, page: number) {
  return screen.findByRole('heading', { level: 2, name: TEXT[lang].page(page) });
}

/** Answers every item of the page shown: Investigative and Conventional liked, the rest not. */
async function answerPage({ user }: RenderAppResult, lang: Lang) {
  const items = screen.getAllByRole('listitem').filter((li) => li.dataset.itemId);
  expect(items).toHaveLength(5);
  for (const item of items) {
    const liked = /^[ic]/.test(item.dataset.itemId ?? '');
    await user.click(
      within(item).getByRole('radio', { name: liked ? TEXT[lang].high : TEXT[lang].low }),
    );
  }
}

describe('the questionnaire of a turn', () => {
  it.each(['en', 'ar'] as const)(
    'in %s: runs the quick form page by page on the turn store, in one history entry',
    async (lang) => {
      useTurnQuizStore.getState().start('quick');
      const view = await renderTurn(lang);
      const hash = window.location.hash;
      const entries = window.history.length;

      for (let page = 1; page <= 6; page += 1) {
        const heading = await pageHeading(lang, page);
        if (page > 1) await waitFor(() => expect(heading).toHaveFocus());
        expect(window.location.hash).toBe(hash);
        expect(window.history.length).toBe(entries);
        await answerPage(view, lang);
        expect(view.onDone).not.toHaveBeenCalled();
        await view.user.click(
          screen.getByRole('button', { name: page < 6 ? TEXT[lang].next : TEXT[lang].finish }),
        );
      }

      await waitFor(() => expect(view.onDone).toHaveBeenCalledTimes(1));
      expect(window.location.hash).toBe(hash);
      expect(window.history.length).toBe(entries);
      const quickIds = pagesFor('quick')
        .flat()
        .map((item) => item.id);
      expect(Object.keys(useTurnQuizStore.getState().answers).sort()).toEqual([...quickIds].sort());
      expect(useQuizStore.getState().answers).toEqual({});
      expect(useQuizStore.getState().mode).toBeNull();
      expect(view.storage.getItem('masari:counselor-turn')).toContain(quickIds[0]);
      expect(view.storage.getItem('masari:quiz') ?? '').not.toContain(quickIds[0]);
    },
  );

  it('does not move on from a page with an unanswered item, and says so', async () => {
    useTurnQuizStore.getState().start('quick');
    const view = await renderTurn('en');
    await pageHeading('en', 1);
    const first = screen.getAllByRole('listitem').find((li) => li.dataset.itemId)!;
    await view.user.click(within(first).getByRole('radio', { name: TEXT.en.high }));
    await view.user.click(screen.getByRole('button', { name: TEXT.en.next }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      '4 activities on this page have no answer yet.',
    );
    expect(screen.getByRole('heading', { level: 2, name: TEXT.en.page(1) })).toBeInTheDocument();
    expect(useTurnQuizStore.getState().page).toBe(0);
    expect(view.onDone).not.toHaveBeenCalled();
  });

  it('shows the page kept in the store, and goes back to the previous one', async () => {
    useTurnQuizStore.getState().start('quick');
    const view = await renderTurn('en');
    await pageHeading('en', 1);
    await answerPage(view, 'en');
    await view.user.click(screen.getByRole('button', { name: TEXT.en.next }));
    await pageHeading('en', 2);
    expect(useTurnQuizStore.getState().page).toBe(1);

    await view.user.click(screen.getByRole('button', { name: /Back/ }));
    const heading = await pageHeading('en', 1);
    await waitFor(() => expect(heading).toHaveFocus());
    // The answers given are shown again.
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(5);
  });

  it('shows nothing before its form is started', async () => {
    const view = await renderTurn('en');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'en'));
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(view.onDone).not.toHaveBeenCalled();
  });
});
