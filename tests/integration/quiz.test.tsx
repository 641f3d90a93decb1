import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { formItems } from '@/data/items';
import { pagesFor } from '@/features/quiz/quiz-items';
import { i18n } from '@/lib/i18n/i18n';
import type { Lang } from '@/lib/i18n/languages';
import { useQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage, type KeyValueStorage } from '@/lib/storage/safe-storage';
import { renderApp, type RenderAppResult, headerSetting } from '../utils/render-app';
import { savedQuizJson } from '../utils/saved-quiz';

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

/** Resolves once i18next has switched to `lang`, that is once its namespaces are all in. */
function languageChanged(lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    const listener = (changedTo: string) => {
      if (changedTo !== lang) return;
      i18n.off('languageChanged', listener);
      resolve();
    };
    i18n.on('languageChanged', listener);
  });
}

/**
 * The page heading once it names `expected` (a page turn is a navigation, which React renders
 * as a transition), or the current page heading when `expected` is omitted.
 */
async function pageNumber(expected?: string): Promise<string> {
  const name = expected ? new RegExp(`· ${expected}`) : /·/;
  return (await screen.findByRole('heading', { level: 2, name })).textContent ?? '';
}

const FLOW = {
  ar: {
    page: (n: number) => `الصفحة ${n} من 6`,
    context: 'قليل من المعلومات عنك',
    school: 'شهادة الباكالوريا (محصَّل عليها)',
    submit: 'عرض النتائج',
    results: 'النتائج',
    code: /^I\/C$/,
    eligible: /تُعرض فقط الشُّعَب التي يمكنك الالتحاق بها انطلاقًا من مستواك الدراسي/,
  },
  fr: {
    page: (n: number) => `Page ${n} sur 6`,
    context: 'Un peu sur vous',
    school: 'Baccalauréat obtenu',
    submit: 'Voir mes résultats',
    results: 'Vos résultats',
    code: /^I\/C$/,
    eligible: /Seules les formations accessibles depuis votre niveau scolaire/,
  },
} as const;

describe('the quick questionnaire, start to results', () => {
  it.each(['ar', 'fr'] as const)(
    'in %s: six pages, the optional context, then results that follow the answers',
    async (lang) => {
      const text = FLOW[lang];
      const view = await renderApp(undefined, { route: `/quiz?mode=quick&lang=${lang}` });
      for (let page = 1; page <= 6; page += 1) {
        await pageNumber(text.page(page));
        await answerPage(view, lang);
        await view.user.click(
          screen.getByRole('button', { name: page < 6 ? LABELS[lang].next : LABELS[lang].finish }),
        );
      }
      const context = await screen.findByRole('heading', { name: text.context });
      await waitFor(() => expect(context).toHaveFocus());
      await view.user.click(screen.getByRole('radio', { name: text.school }));
      await view.user.click(screen.getByRole('button', { name: text.submit }));

      expect(
        await screen.findByRole('heading', { level: 1, name: text.results }),
      ).toBeInTheDocument();
      const sectors = within(screen.getByTestId('sector-ranking')).getAllByRole('listitem');
      expect(sectors[0]).toHaveAttribute('data-sector-id', 'digital-ai');
      expect(screen.getByTestId('profile-code')).toHaveTextContent(text.code);
      expect(screen.getByText(text.eligible)).toBeInTheDocument();
      expect(useQuizStore.getState().schoolLevel).toBe('bac');
    },
  );

  it('in French: refuses to move on with an unanswered item, and points at it', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr' });
    await pageNumber();
    await view.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "5 activités de cette page n'ont pas encore de réponse.",
    );
    expect(screen.getAllByText('Choisissez une réponse pour cette activité.')).toHaveLength(5);
    expect(screen.getAllByRole('radio')[0]).toHaveFocus();
    await pageNumber('Page 1 sur 6');
  });
});

describe('nothing is lost', () => {
  it('a reload halfway resumes on the same page with every answer', async () => {
    const storage: KeyValueStorage = createMemoryStorage();
    const utils = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr', storage });
    for (let page = 1; page <= 3; page += 1) {
      await pageNumber(`Page ${page} sur 6`);
      await answerPage(utils, 'fr');
      await utils.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    }
    await pageNumber('Page 4 sur 6');
    await answerPage(utils, 'fr'); // page 4 answered, not yet submitted
    utils.unmount();

    await renderApp(undefined, { route: '/quiz', storage });
    await pageNumber('Page 4 sur 6');
    const checked = screen
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked).toHaveLength(5);
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(20);
  });

  it('switching language halfway keeps the answers and the page', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr' });
    await pageNumber('Page 1 sur 6');
    await answerPage(view, 'fr');
    await view.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    await pageNumber('Page 2 sur 6');
    await answerPage(view, 'fr');
    // What the app waits for before it re-renders in Arabic: every namespace in use, downloaded in
    // the new language (i18next then announces the change). Awaited as such, not as a delay.
    const switched = languageChanged('ar');
    await view.user.selectOptions(await headerSetting(view.user, 'Langue'), 'ar');
    await switched;
    expect(i18n.hasLoadedNamespace('quiz', { lng: 'ar' })).toBe(true);
    expect(i18n.hasLoadedNamespace('items', { lng: 'ar' })).toBe(true);
    await pageNumber('الصفحة 2 من 6');
    const checked = screen
      .getAllByRole('radio')
      .filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked).toHaveLength(5);
    expect(Object.keys(useQuizStore.getState().answers)).toHaveLength(10);
  });

  it('the home page offers to continue where the user stopped', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': savedQuizJson({ mode: 'full', answers: { r01: 4, i01: 2 } }),
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
    const start = await screen.findByRole('heading', { name: 'Which activities do you like?' });
    await waitFor(() => expect(start).toHaveFocus());
  });
});

describe('read-aloud', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'speechSynthesis');
    Reflect.deleteProperty(window, 'SpeechSynthesisUtterance');
  });

  function fakeSpeech(voices: { lang: string; name: string }[]) {
    const spoken: { text: string; lang: string }[] = [];
    const speech = {
      getVoices: () => voices,
      speak: (utterance: { text: string; lang: string }) => spoken.push(utterance),
      cancel: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      configurable: true,
      value: class {
        lang = '';
        voice: unknown = null;
        rate = 1;
        constructor(public text: string) {}
      },
    });
    return spoken;
  }

  it('reads an item in the active language when the device has a voice for it', async () => {
    const spoken = fakeSpeech([
      { lang: 'ar-SA', name: 'Arabic' },
      { lang: 'fr-FR', name: 'French' },
    ]);
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=ar' });
    const buttons = await screen.findAllByRole('button', { name: /^قراءة بصوت عالٍ: / });
    expect(buttons).toHaveLength(5);
    await view.user.click(buttons[0]!);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]?.lang).toBe('ar-SA');
    expect(buttons[0]).toHaveAccessibleName(`قراءة بصوت عالٍ: ${spoken[0]?.text}`);
  });

  it('is hidden where the device has no voice for the language', async () => {
    fakeSpeech([{ lang: 'en-US', name: 'English' }]);
    await renderApp(undefined, { route: '/quiz?mode=quick&lang=ar' });
    await screen.findAllByRole('group');
    expect(screen.queryByRole('button', { name: /قراءة بصوت عالٍ/ })).not.toBeInTheDocument();
  });
});

describe('the optional context', () => {
  it('suggests towns, and the results point to the centers nearest to the chosen one', async () => {
    const answers = Object.fromEntries(
      ['r', 'i', 'a', 's', 'e', 'c'].flatMap((type) =>
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [
          `${type}${String(n).padStart(2, '0')}`,
          type === 's' ? 5 : 2,
        ]),
      ),
    );
    const storage = createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: { mode: 'full', answers, page: 9, step: 'context', schoolLevel: null, town: null },
        version: 1,
      }),
    });
    const { user } = await renderApp(undefined, { route: '/quiz', storage, lang: 'fr' });
    const input = await screen.findByRole('combobox', { name: 'Votre ville (facultatif)' });
    await user.type(input, 'ksar el');
    await user.click(within(screen.getByRole('listbox')).getAllByRole('option')[0]!);
    expect(input).toHaveValue('Ksar El Kébir');
    await user.click(screen.getByRole('button', { name: 'Voir mes résultats' }));
    const link = await screen.findByRole('link', {
      name: "Trouver les centres d'orientation les plus proches de Ksar El Kébir",
    });
    expect(link).toHaveAttribute('href', '#/centers?town=ksar-el-kebir');
  });
});

describe('coming back after finishing', () => {
  it('offers the results or a second look at the answers', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: {
          mode: 'quick',
          answers: { r01: 4 },
          page: 5,
          step: 'done',
          schoolLevel: null,
          town: null,
        },
        version: 1,
      }),
    });
    const { user } = await renderApp(undefined, { route: '/quiz?mode=quick', storage, lang: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'You have finished the questionnaire' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See my results' })).toHaveAttribute(
      'href',
      '#/results',
    );
    await user.click(screen.getByRole('button', { name: 'Review my answers' }));
    await pageNumber('Page 1 of 6');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: /Page 1 of 6/ })).toHaveFocus(),
    );
  });
});

/** Saved progress with every item of `answered` answered (an I–C profile), in `mode` at `step`. */
function savedQuiz(
  answered: 'quick' | 'full' | 'none',
  mode: 'quick' | 'full',
  step: 'items' | 'done',
  page = 0,
) {
  const ids = answered === 'none' ? [] : formItems(answered).map((item) => item.id);
  return createMemoryStorage({
    'masari:quiz': savedQuizJson({
      mode,
      answers: Object.fromEntries(ids.map((id) => [id, likes(id) ? 5 : 1])),
      page,
      step,
    }),
  });
}

describe('pages and history', () => {
  it('each page is a history entry: the browser’s Back shows the previous page', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=fr' });
    for (let page = 1; page <= 2; page += 1) {
      await pageNumber(`Page ${page} sur 6`);
      await answerPage(view, 'fr');
      await view.user.click(screen.getByRole('button', { name: LABELS.fr.next }));
    }
    await pageNumber('Page 3 sur 6');
    expect(window.location.hash).toBe('#/quiz?page=3&lang=fr');

    window.history.back();
    await pageNumber('Page 2 sur 6');
    window.history.back();
    await pageNumber('Page 1 sur 6');
    expect(useQuizStore.getState().page).toBe(0);
    window.history.forward();
    await pageNumber('Page 2 sur 6');
  });

  it('the page heading takes focus on each page turn, and the in-app Back goes back', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=en' });
    await pageNumber('Page 1 of 6');
    for (const radio of screen.getAllByRole('radio', { name: 'Like' }))
      await view.user.click(radio);
    await view.user.click(screen.getByRole('button', { name: /Next/ }));
    await pageNumber('Page 2 of 6');
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: /Page 2 of 6/ })).toHaveFocus(),
    );
    await view.user.click(screen.getByRole('button', { name: /Back/ }));
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 2, name: /Page 1 of 6/ })).toHaveFocus(),
    );
  });

  it('an address past the first unanswered page opens that page', async () => {
    await renderApp(undefined, {
      route: '/quiz?page=5',
      storage: savedQuiz('none', 'quick', 'items'),
      lang: 'en',
    });
    await pageNumber('Page 1 of 6');
    await waitFor(() => expect(window.location.hash).toBe('#/quiz?page=1'));
  });

  it('says when every activity is answered instead of "about 0 minutes left"', async () => {
    await renderApp(undefined, {
      route: '/quiz?page=6',
      storage: savedQuiz('quick', 'quick', 'items', 5),
      lang: 'en',
    });
    await pageNumber('Page 6 of 6');
    expect(screen.getByRole('progressbar')).toHaveAttribute(
      'aria-valuetext',
      '30 of 30 answered · every activity answered',
    );
  });
});

describe('quick and full forms', () => {
  it('a finished quick form keeps its results while the full form is in progress', async () => {
    const storage = savedQuiz('quick', 'quick', 'done');
    const { user } = await renderApp(undefined, { route: '/quiz', storage, lang: 'en' });
    await screen.findByRole('heading', { name: 'You have finished the questionnaire' });
    await user.click(screen.getByRole('button', { name: 'Continue with the full questionnaire' }));
    // The full form opens at its first page with an item left, not on answers already given.
    const { answers } = useQuizStore.getState();
    const firstOpen = pagesFor('full').findIndex((page) => page.some((item) => !answers[item.id]));
    expect(firstOpen).toBeGreaterThan(0);
    expect(await pageNumber(`Page ${firstOpen + 1} of 10`)).toContain('Full questionnaire');
    expect(useQuizStore.getState().mode).toBe('full');

    window.location.hash = '#/results';
    expect(await screen.findByText('From your answers to the quick questionnaire.')).toBeVisible();
    expect(
      screen.getByText(
        'You have started the full questionnaire (30 of 60 activities answered). Until it is finished, these results are those of the quick questionnaire.',
      ),
    ).toBeVisible();
    expect(screen.getByTestId('sector-ranking')).toBeInTheDocument();
  });

  it('going back to a finished quick form opens its finished screen, not page 1', async () => {
    await renderApp(undefined, {
      route: '/quiz?mode=quick',
      storage: savedQuiz('quick', 'full', 'items', 0),
      lang: 'en',
    });
    expect(
      await screen.findByRole('heading', { name: 'You have finished the questionnaire' }),
    ).toBeInTheDocument();
    expect(useQuizStore.getState()).toMatchObject({ mode: 'quick', step: 'done' });
  });

  it('a finished full form gives the full results, whichever form was opened last', async () => {
    await renderApp(undefined, {
      route: '/results',
      storage: savedQuiz('full', 'quick', 'done'),
      lang: 'en',
    });
    expect(await screen.findByText('From your answers to the full questionnaire.')).toBeVisible();
    expect(screen.queryByText(/You have started the full questionnaire/)).not.toBeInTheDocument();
  });
});

describe('answer keys on an Arabic keyboard layout', () => {
  it('“٤” (and the Eastern “۲”) choose answers 4 and 2, as 4 and 2 do', async () => {
    const view = await renderApp(undefined, { route: '/quiz?mode=quick&lang=ar' });
    await screen.findAllByRole('group');
    const items = screen.getAllByRole('listitem').filter((li) => li.getAttribute('data-item-id'));
    const [first, second] = items.map((li) => li.getAttribute('data-item-id')!);
    await view.user.click(within(items[0]!).getByRole('radio', { name: LABELS.ar.low }));
    await view.user.keyboard('٤');
    expect(useQuizStore.getState().answers[first!]).toBe(4);
    expect(within(items[0]!).getAllByRole('radio')[3]).toBeChecked();
    expect(within(items[0]!).getAllByRole('radio')[3]).toHaveFocus();

    await view.user.click(within(items[1]!).getByRole('radio', { name: LABELS.ar.high }));
    await view.user.keyboard('۲');
    expect(useQuizStore.getState().answers[second!]).toBe(2);
  });
});
