import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { programs } from '@/data/catalogue';
import * as geo from '@/domain/geo';
import * as riasecLists from '@/domain/riasec';
import * as searchIndex from '@/domain/search-index';
import * as shareCode from '@/domain/share-code';
import * as townSearch from '@/domain/town-search';
import type { Session } from '@/features/counselor/session';
import { useQuizStore } from '@/lib/quiz/quiz-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderApp } from '../utils/render-app';
import { savedQuizJson } from '../utils/saved-quiz';

/**
 * Every value a link can carry that Masari cannot use gets a message in an alert, in the user's
 * language, with a way on that works from the keyboard; an address that names no page gets the
 * not-found page. (`lang` is the exception: by contract, an unknown one falls back silently.)
 */

// Watched, not changed: to show that a value too long to be one is refused before it is read.
vi.mock('@/domain/search-index', async (importOriginal) => {
  const original = await importOriginal<typeof searchIndex>();
  return { ...original, searchWithSuggestion: vi.fn(original.searchWithSuggestion) };
});
vi.mock('@/domain/share-code', async (importOriginal) => {
  const original = await importOriginal<typeof shareCode>();
  return { ...original, decodeShareCode: vi.fn(original.decodeShareCode) };
});
vi.mock('@/domain/riasec', async (importOriginal) => {
  const original = await importOriginal<typeof riasecLists>();
  return { ...original, parseRiasecList: vi.fn(original.parseRiasecList) };
});
vi.mock('@/domain/geo', async (importOriginal) => {
  const original = await importOriginal<typeof geo>();
  return { ...original, parseLatLon: vi.fn(original.parseLatLon) };
});
vi.mock('@/domain/town-search', async (importOriginal) => {
  const original = await importOriginal<typeof townSearch>();
  return { ...original, resolveTown: vi.fn(original.resolveTown) };
});

afterEach(() => {
  vi.clearAllMocks();
});

/** A text far longer than any value the app reads: a page of text pasted into a link. */
const HUGE = 'x'.repeat(6000);

const CODE_A = shareCode.formatShareCode(
  shareCode.encodeShareCode({
    scores: { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 },
    schoolLevel: null,
  }),
);
const CODE_B = shareCode.formatShareCode(
  shareCode.encodeShareCode({
    scores: { R: 10, I: 80, A: 20, S: 30, E: 40, C: 50 },
    schoolLevel: null,
  }),
);

/** The one alert on the page, once the screen's code and strings are in. */
async function theAlert(): Promise<HTMLElement> {
  const alert = await screen.findByRole('alert');
  expect(screen.getAllByRole('alert')).toHaveLength(1);
  return alert;
}

/** Presses a button from the keyboard, as a keyboard user would once they reach it. */
async function pressWithKeyboard(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  button: HTMLElement,
) {
  button.focus();
  await user.keyboard('{Enter}');
}

describe('an address that names no page', () => {
  it.each(['/nope', '/programs/a/b', '//', '/%E0%A4%A'])(
    '#%s shows the not-found page, with a title and ways on',
    async (route) => {
      await renderApp(undefined, { route, lang: 'en' });
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
      ).toBeInTheDocument();
      const alert = await theAlert();
      expect(alert).toHaveTextContent('This address does not lead to a page of Masari.');
      expect(within(alert).getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
        'href',
        '#/',
      );
      expect(within(alert).getByRole('link', { name: 'Start the questionnaire' })).toHaveAttribute(
        'href',
        '#/quiz',
      );
      await waitFor(() => expect(document.title).toBe('Page not found — Masari'));
    },
  );

  it('says so in Arabic, and its way to the questionnaire opens it', async () => {
    const { user } = await renderApp(undefined, { route: '/nope', lang: 'ar' });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('لا يؤدي هذا العنوان إلى أي صفحة في مساري.');
    await pressWithKeyboard(user, within(alert).getByRole('link', { name: 'بدء الاستبيان' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'الاستبيان' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('lang: an unknown value falls back silently', () => {
  it.each([
    ['lang=%3Cscript%3E', 'fr'],
    ['lang=AR', 'fr'],
    ['lang=ar&lang=fr', 'ar'],
  ] as const)('?%s opens in %s, with no message', async (query, lang) => {
    await renderApp(undefined, { route: `/about?${query}`, browserLangs: ['fr'] });
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.lang).toBe(lang);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('mode: a form that does not exist', () => {
  it('says so, and a form chosen in the message opens', async () => {
    const { user } = await renderApp(undefined, { route: '/quiz?mode=long', lang: 'en' });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'This link asks for a questionnaire that does not exist. Choose the quick or the full questionnaire.',
    );
    expect(within(alert).getByRole('link', { name: 'Quick questionnaire' })).toBeInTheDocument();
    await pressWithKeyboard(user, within(alert).getByRole('link', { name: 'Full questionnaire' }));
    await waitFor(() => expect(useQuizStore.getState().mode).toBe('full'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so in French beside a questionnaire in progress, after the address names its page', async () => {
    await renderApp(undefined, {
      route: '/quiz?mode=rapide&lang=fr',
      storage: createMemoryStorage({ 'masari:quiz': savedQuizJson({ mode: 'quick' }) }),
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent("Ce lien demande un questionnaire qui n'existe pas.");
    await waitFor(() => expect(window.location.hash).toBe('#/quiz?page=1&lang=fr'));
    expect(screen.getByRole('alert')).toBe(alert);
  });
});

describe('results: scores, codes and levels in the link', () => {
  it.each([
    ['out of range', '70,20,10,30,40,101'],
    ['too few', '70,20,10'],
    ['not numbers', '70,20,abc,30,40,60'],
    ['huge', `70,20,10,30,40,${'6'.repeat(6000)}`],
  ])('riasec= %s: an alert, and the way on leads to the six scores', async (_, riasec) => {
    const { user } = await renderApp(undefined, { route: `/results?riasec=${riasec}&lang=en` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('The scores in this link cannot be read.');
    expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();
    // Read only when it could be six scores: a longer text is refused unread.
    if (riasec.length > 64) expect(riasecLists.parseRiasecList).not.toHaveBeenCalled();
    else expect(riasecLists.parseRiasecList).toHaveBeenCalledWith(riasec);
    await pressWithKeyboard(
      user,
      within(alert).getByRole('button', { name: 'Type the six scores' }),
    );
    expect(screen.getByRole('textbox', { name: /^R — / })).toHaveFocus();
  });

  it('a 6,000-character code= is refused without being given back to the field', async () => {
    const { user } = await renderApp(undefined, { route: `/results?code=${HUGE}&lang=en` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'This code cannot be read. A code has 13 characters (dashes and spaces do not count).',
    );
    expect(alert.textContent!.length).toBeLessThan(300);
    expect(shareCode.decodeShareCode).not.toHaveBeenCalledWith(HUGE);
    const field = screen.getByRole('textbox', { name: 'Share code (13 characters)' });
    expect(field).toHaveValue('');
    await pressWithKeyboard(user, within(alert).getByRole('button', { name: 'Type the code' }));
    expect(field).toHaveFocus();
  });

  it('a mistyped code= is given back to the field, which the way on leads to, in Arabic', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?code=1368-1C9T-Z00NX&lang=ar',
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('تعذّرت قراءة هذا الرمز.');
    await user.click(within(alert).getByRole('button', { name: 'إدخال الرمز' }));
    const field = screen.getByRole('textbox', { name: 'رمز المشاركة (13 حرفًا)' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('1368-1C9T-Z00NX');
  });

  it('two different code= values: neither is opened', async () => {
    const { user } = await renderApp(undefined, {
      route: `/results?code=${CODE_A}&code=${CODE_B}&lang=en`,
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'This link holds several different share codes, so Masari cannot tell which results to open.',
    );
    expect(screen.queryByTestId('share-code')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Type the code' }));
    expect(screen.getByRole('textbox', { name: 'Share code (13 characters)' })).toHaveFocus();
  });

  it('the same code= twice is one code', async () => {
    await renderApp(undefined, { route: `/results?code=${CODE_A}&code=${CODE_A}&lang=en` });
    expect(await screen.findByTestId('share-code')).toHaveTextContent(CODE_A);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('two different riasec= values: neither is shown', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,20,10,30,40,60&riasec=10,80,20,30,40,50&lang=fr',
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('Ce lien contient plusieurs séries de scores différentes');
    expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Saisir les six scores' }));
    expect(screen.getByRole('textbox', { name: /^R — / })).toHaveFocus();
  });

  it('a code= and riasec= that differ: the code is shown, and the scores are one step away', async () => {
    const { user } = await renderApp(undefined, {
      route: `/results?code=${CODE_A}&riasec=10,80,20,30,40,50&lang=en`,
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'This link holds both a share code and six scores that do not match it: the results of the code are shown.',
    );
    expect(screen.getByTestId('share-code')).toHaveTextContent(CODE_A);
    await user.click(within(alert).getByRole('button', { name: 'Type the six scores' }));
    expect(screen.getByRole('textbox', { name: /^R — / })).toHaveFocus();
  });

  it('a code= and riasec= that agree need no message', async () => {
    await renderApp(undefined, {
      route: `/results?code=${CODE_A}&riasec=70,20,10,30,40,60&lang=en`,
    });
    expect(await screen.findByTestId('share-code')).toHaveTextContent(CODE_A);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['unknown', 'level=lycee', 'Masari does not know the school level in this link'],
    ['given twice', 'level=bac&level=college-3', 'This link gives several different school levels'],
  ])(
    'level= %s: every level is shown, and the way on leads to the level',
    async (_, level, text) => {
      const { user } = await renderApp(undefined, {
        route: `/results?riasec=90,40,20,20,20,70&${level}&lang=en`,
      });
      const alert = await theAlert();
      expect(alert).toHaveTextContent(text);
      expect(screen.getByTestId('sector-ranking')).toBeInTheDocument();
      expect(screen.queryByText(/you can enter from your school level/)).not.toBeInTheDocument();
      await user.click(within(alert).getByRole('button', { name: 'Choose the school level' }));
      expect(screen.getByRole('combobox', { name: 'School level (optional)' })).toHaveFocus();
    },
  );

  it('a 6,000-character paste into the code field is cut to the field’s size and refused', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,20,10,30,40,60&lang=en',
    });
    const field = await screen.findByRole('textbox', { name: 'Share code (13 characters)' });
    await user.click(field);
    await user.paste(HUGE);
    expect((field as HTMLInputElement).value.length).toBeLessThanOrEqual(24);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await theAlert()).toHaveTextContent('This code cannot be read.');
    expect(field).toHaveFocus();
    expect(window.location.hash).toBe('#/results?riasec=70,20,10,30,40,60&lang=en');
  });
});

describe('centers: positions and towns in the link', () => {
  it.each([
    ['malformed', 'abc'],
    ['out of range', '91,0'],
    ['huge', `${'1'.repeat(6000)},1`],
  ])('near= %s: an alert, and the way on leads to the town search', async (_, near) => {
    const { user } = await renderApp(undefined, { route: `/centers?near=${near}&lang=en` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('The position in this link cannot be read.');
    expect(screen.queryByTestId('center-ranking')).not.toBeInTheDocument();
    // Read only when it could be a position: a longer text is refused unread.
    if (near.length > 64) expect(geo.parseLatLon).not.toHaveBeenCalled();
    else expect(geo.parseLatLon).toHaveBeenCalledWith(near);
    await pressWithKeyboard(user, within(alert).getByRole('button', { name: 'Type a town' }));
    expect(screen.getByRole('combobox', { name: 'Your town' })).toHaveFocus();
  });

  it('an unknown town= is quoted back, and the way on leads to the town search', async () => {
    const { user } = await renderApp(undefined, { route: '/centers?town=Atlantis&lang=en' });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('Masari does not know the town “Atlantis”.');
    await user.click(within(alert).getByRole('button', { name: 'Type a town' }));
    const field = screen.getByRole('combobox', { name: 'Your town' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Atlantis');
  });

  it('a 6,000-character town= is refused unread, in Arabic, and not quoted back', async () => {
    const { user } = await renderApp(undefined, { route: `/centers?town=${HUGE}&lang=ar` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'اسم المدينة الوارد في هذا الرابط أطول بكثير من أن يكون اسم مدينة.',
    );
    expect(alert).not.toHaveTextContent('xxxxxxxxxx');
    expect(townSearch.resolveTown).not.toHaveBeenCalledWith(expect.anything(), HUGE);
    const field = screen.getByRole('combobox', { name: 'مدينتك' });
    expect(field).toHaveValue('');
    await user.click(within(alert).getByRole('button', { name: 'إدخال اسم مدينة' }));
    expect(field).toHaveFocus();
  });
});

describe('centers: the position button', () => {
  /** A browser whose geolocation calls `answer` with the page's callbacks. */
  function geolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void) {
    Object.defineProperty(navigator, 'geolocation', {
      configurable: true,
      value: { getCurrentPosition: answer },
    });
  }
  const failWith = (code: 1 | 2 | 3) =>
    geolocation((_, fail) =>
      fail({
        code,
        PERMISSION_DENIED: 1,
        POSITION_UNAVAILABLE: 2,
        TIMEOUT: 3,
      } as GeolocationPositionError),
    );

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'geolocation');
    Reflect.deleteProperty(window, 'isSecureContext');
    vi.useRealTimers();
  });

  it.each([
    ['refused', () => failWith(1), 'Location access was refused.'],
    ['not found', () => failWith(2), 'Your position could not be found.'],
    ['too slow', () => failWith(3), 'Finding your position took too long.'],
    [
      'on a page without https',
      () => {
        failWith(1);
        Object.defineProperty(window, 'isSecureContext', { configurable: true, value: false });
      },
      'This page is not opened over a secure connection (https)',
    ],
    ['without the API', () => undefined, 'This browser cannot give your position.'],
    [
      'throwing',
      () =>
        geolocation(() => {
          throw new Error('blocked');
        }),
      'Your position could not be found.',
    ],
  ])('%s: an alert, and the way on leads to the town search', async (_, arrange, text) => {
    arrange();
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Use my position' }));
    const alert = await theAlert();
    expect(alert).toHaveTextContent(text);
    expect(alert).toHaveTextContent('Type your town instead.');
    await pressWithKeyboard(user, within(alert).getByRole('button', { name: 'Type a town' }));
    expect(screen.getByRole('combobox', { name: 'Your town' })).toHaveFocus();
  });

  it('a browser that never answers ends the search with a message', async () => {
    geolocation(() => undefined);
    await renderApp(undefined, { route: '/centers', lang: 'en' });
    const button = await screen.findByRole('button', { name: 'Use my position' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    act(() => button.click());
    expect(screen.getByText('Finding your position…')).toBeInTheDocument();
    expect(button).toBeDisabled();
    act(() => vi.advanceTimersByTime(30_000));
    expect(screen.getByRole('alert')).toHaveTextContent('Finding your position took too long.');
    expect(button).toBeEnabled();
  });
});

describe('programs: ids in the address', () => {
  it.each([
    ['unknown', 'no-such-program', 'no-such-program'],
    ['badly encoded', '%E0%A4%A', '%E0%A4%A'],
    ['markup', '%3Cscript%3E', '<script>'],
  ])('an id %s reaches the program-not-found page and its way on', async (_, id, shown) => {
    const { user } = await renderApp(undefined, { route: `/programs/${id}?lang=en` });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Programme not found' }),
    ).toBeInTheDocument();
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      `No programme in Masari has the identifier “\u2068${shown}\u2069”.`,
    );
    await pressWithKeyboard(
      user,
      within(alert).getByRole('link', { name: 'See all the programmes' }),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Training programmes' }),
    ).toBeInTheDocument();
  });

  it('a 6,000-character id is quoted shortened', async () => {
    await renderApp(undefined, { route: `/programs/${HUGE}?lang=fr` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(`« \u2068${'x'.repeat(60)}…\u2069 »`);
    expect(alert.textContent!.length).toBeLessThan(300);
  });
});

describe('programs: the search in the address', () => {
  /** Six hundred different words: seconds of searching on a phone, if it were searched. */
  const WORDS = Array.from({ length: 600 }, (_, i) => `word${i}x`).join(' ');

  it('a search of 6,000 characters is not run; the way on clears it', async () => {
    const { user } = await renderApp(undefined, {
      route: `/programs?q=${encodeURIComponent(WORDS)}&lang=en`,
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent(
      'This search is too long: 100 characters at most. It was not searched, so the list below ignores it.',
    );
    expect(searchIndex.searchWithSuggestion).not.toHaveBeenCalledWith(expect.anything(), WORDS);
    expect(screen.getByText(`${programs.length} programmes found`)).toBeInTheDocument();
    await pressWithKeyboard(user, within(alert).getByRole('button', { name: 'Clear the search' }));
    const box = screen.getByRole('searchbox', { name: 'Search by programme name or job' });
    expect(box).toHaveValue('');
    expect(box).toHaveFocus();
    expect(window.location.hash).toBe('#/programs?lang=en');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a paste of 6,000 characters into the search box is cut to 100', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=fr' });
    const box = await screen.findByRole('searchbox', {
      name: 'Rechercher par nom de formation ou par métier',
    });
    await user.click(box);
    await user.paste(WORDS);
    expect((box as HTMLInputElement).value).toHaveLength(100);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('about: section', () => {
  it('an unknown section= opens the page at its top, silently', async () => {
    await renderApp(undefined, { route: '/about?section=nope&lang=en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'About Masari' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Privacy' })).not.toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('counselor: sessions and participants in the link', () => {
  const session: Session = {
    id: 'session-1',
    name: 'Tronc commun A',
    date: '2026-11-30',
    notes: '',
    participants: [],
  };
  const storage = () =>
    createMemoryStorage({
      'masari:counselor': JSON.stringify({
        state: { sessions: [session], turn: null },
        version: 1,
      }),
    });

  it.each([
    ['unknown', 'nope'],
    ['huge', HUGE],
  ])('a session id %s: an alert with the way back to the sessions', async (_, id) => {
    const { user } = await renderApp(undefined, { route: `/counselor?session=${id}&lang=en` });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('This session is not on this device');
    await pressWithKeyboard(user, within(alert).getByRole('link', { name: 'All sessions' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Sessions on this device' }),
    ).toBeInTheDocument();
  });

  it('an unknown participant id: an alert with the way back to the session', async () => {
    const { user } = await renderApp(undefined, {
      route: '/counselor?session=session-1&participant=nope&lang=en',
      storage: storage(),
    });
    const alert = await theAlert();
    expect(alert).toHaveTextContent('This participant is no longer in the session.');
    await user.click(
      within(alert).getByRole('link', { name: 'Back to the session “Tronc commun A”' }),
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tronc commun A' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
