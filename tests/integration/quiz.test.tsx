import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage, type KeyValueStorage } from '@/lib/storage/safe-storage';
import { renderApp, type RenderAppResult } from '../utils/render-app';

const LABELS = {
  ar: { high: 'يعجبني كثيرًا', low: 'لا يعجبني إطلاقًا', next: /التالي/, finish: /إنهاء/ },
  fr: {
    high: "J'aime beaucoup",
    low: "Je n'aime pas du tout",
    next: /Suivant/,
    finish: /Terminer/,
  },
} as const;

/** Investigative and Conventional items liked, the rest disliked: a clear I–C profile. */
const likes = (itemId: string) => itemId.startsWith('i') || itemId.startsWith('c');

async function answerPage({ user }: RenderAppResult, lang: 'ar' | 'fr') {
  await screen.findAllByRole('group');
  const items = screen.getAllByRole('listitem').filter((li) => li.getAttribute('data-item-id'));
  expect(items.length).toBeGreaterThanOrEqual(5);
  for (const item of items) {
    const label = likes(item.getAttribute('data-item-id') ?? '')
      ? LABELS[lang].high
      : LABELS[lang].low;
    await user.click(within(item).getByRole('radio', { name: label }));
  }
}

async function pageNumber(): Promise<string> {
  return (await screen.findByRole('heading', { level: 2, name: /·/ })).textContent ?? '';
}

describe('the quick questionnaire, start to results', () => {
  it('in Arabic: six pages, the optional context, then results that follow the answers', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=ar' });
    for (let page = 1; page <= 6; page += 1) {
      expect(await pageNumber()).toContain(`الصفحة ${page} من 6`);
      await answerPage(view, 'ar');
      await view.user.click(
        screen.getByRole('button', { name: page < 6 ? LABELS.ar.next : LABELS.ar.finish }),
      );
    }
    expect(
      await screen.findByRole('heading', { name: 'قليل من المعلومات الشخصية' }),
    ).toBeInTheDocument();
    await view.user.click(screen.getByRole('radio', { name: 'الحصول على الباكالوريا' }));
    await view.user.click(screen.getByRole('button', { name: 'عرض النتائج' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'النتائج' })).toBeInTheDocument();
    const sectors = within(screen.getByTestId('sector-ranking')).getAllByRole('listitem');
    expect(sectors[0]).toHaveAttribute('data-sector-id', 'digital-ai');
    expect(screen.getByTestId('profile-code')).toHaveTextContent(/^رمز الملمح: (IC|CI)/);
    expect(screen.getByText(/تُعرض فقط البرامج المتاحة للمستوى الدراسي/)).toBeInTheDocument();
    expect(useQuizStore.getState().schoolLevel).toBe('bac');
  });

  it('in French: refuses to move on with an unanswered item, and points at it', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr' });
    await pageNumber();
    await view.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "5 activités de cette page n'ont pas encore de réponse.",
    );
    expect(screen.getAllByText('Choisissez une réponse pour cette activité.')).toHaveLength(5);
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    expect(await pageNumber()).toContain('Page 1 sur 6');
  });
});

describe('nothing is lost', () => {
  it('a reload halfway resumes on the same page with every answer', async () => {
    const storage: KeyValueStorage = createMemoryStorage();
    const utils = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr', storage });
    for (let page = 1; page <= 3; page += 1) {
      await answerPage(utils, 'fr');
      await utils.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    }
    await answerPage(utils, 'fr'); // page 4 answered, not yet submitted
    utils.unmount();

    await renderApp(undefined, { route: '/quiz', storage });
    expect(await pageNumber()).toContain('Page 4 sur 6');
    const checked = screen
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked).toHaveLength(5);
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(20);
  });

  it('switching language halfway keeps the answers and the page', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr' });
    await answerPage(view, 'fr');
    await view.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    await answerPage(view, 'fr');
    await view.user.selectOptions(screen.getByLabelText('Langue'), 'ar');
    expect(await pageNumber()).toContain('الصفحة 2 من 6');
    const checked = screen
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked).toHaveLength(5);
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(10);
  });

  it('the home page offers to continue where the user stopped', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: {
          mode: 'full',
          answers: { r01: 4, i01: 2 },
          page: 0,
          step: 'items',
          schoolLevel: null,
          town: null,
        },
        version: 1,
      }),
    });
    await renderApp(undefined, { route: '/', storage, lang: 'en' });
    expect(
      await screen.findByText('You have answered 2 of 60 activities of the full questionnaire.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Continue where I stopped' })).toHaveAttribute(
      'href',
      '#/quiz',
    );
  });

  it('starting again asks first, then erases the answers', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=en' });
    await screen.findAllByRole('group');
    await view.user.click(screen.getAllByRole('radio', { name: 'Strongly like' })[0]!);
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(1);
    useQuizStore.getState().setAnswer('r01', 5);
    await view.user.click(screen.getByRole('button', { name: 'Start again' }));
    await view.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useQuizStore.getState().answers).toHaveProperty('r01', 5);
    await view.user.click(screen.getByRole('button', { name: 'Start again' }));
    await view.user.click(screen.getByRole('button', { name: 'Erase and start again' }));
    expect(useQuizStore.getState().answers).toEqual({});
    expect(
      await screen.findByRole('heading', { name: 'Which activities do you like?' }),
    ).toBeInTheDocument();
  });
});
