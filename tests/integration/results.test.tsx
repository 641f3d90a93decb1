import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderApp } from '../utils/render-app';
import { savedQuizJson } from '../utils/saved-quiz';

const firstSector = () =>
  within(screen.getByTestId('sector-ranking'))
    .getAllByRole('listitem')[0]!
    .getAttribute('data-sector-id');

describe('results from six scores', () => {
  it('ranks sectors and programs for ?riasec=, with the data hooks', async () => {
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85&lang=en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your results' }),
    ).toBeInTheDocument();
    expect(firstSector()).toBe('digital-ai');
    const programs = within(screen.getByTestId('program-ranking')).getAllByRole('listitem');
    expect(programs[0]).toHaveAttribute('data-program-id', 'intelligence-artificielle');
    const fits = programs.map((li) => Number(li.getAttribute('data-fit')));
    expect(fits).toEqual([...fits].sort((a, b) => b - a));
    expect(fits.every((fit) => fit >= 0 && fit <= 100)).toBe(true);
    // I 90 and C 85 are within the error of six typed scores: a tie, not an order; R, S and E
    // (20, 20, 20) are not ahead of A (15), so they are not in the code at all.
    expect(screen.getByTestId('profile-code')).toHaveTextContent(/^I\/C$/);
    expect(
      screen.getByText(
        'Your strongest interests, equally strong as far as your answers can tell: Investigative and Conventional.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('profile-notice')).not.toBeInTheDocument();
    expect(programs[0]).toHaveAttribute('data-band', 'strong');
    expect(
      programs.every((li) => ['strong', 'good', 'partial'].includes(li.dataset.band ?? '')),
    ).toBe(true);
  });

  it('says so when the scores in the link cannot be read', async () => {
    await renderApp(undefined, { route: '/results?riasec=70,20,abc,30&lang=fr' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les scores de ce lien sont illisibles.',
    );
    expect(screen.queryByTestId('program-ranking')).not.toBeInTheDocument();
  });

  it('says plainly that a flat profile gives no direction, and ranks nothing until asked', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=60,60,60,60,60,60&lang=ar',
    });
    const notice = await screen.findByTestId('profile-notice');
    expect(notice).toHaveAttribute('data-kind', 'undifferentiated');
    expect(within(notice).getByRole('heading')).toHaveTextContent('لا تشير إجاباتك إلى اتجاه واحد');
    expect(screen.queryByTestId('program-ranking')).not.toBeInTheDocument();
    expect(screen.queryByTestId('profile-code')).not.toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'عرض الترتيب رغم ذلك' }));
    const bands = within(await screen.findByTestId('program-ranking'))
      .getAllByRole('listitem')
      .map((li) => li.dataset.band);
    expect(new Set(bands)).toEqual(new Set(['partial']));
  });

  it('takes six scores typed from a paper questionnaire, with errors in the user’s language', async () => {
    const { user } = await renderApp(undefined, { route: '/results?lang=fr' });
    expect(
      await screen.findByRole('heading', { name: 'Pas encore de résultats' }),
    ).toBeInTheDocument();
    const field = (name: RegExp) => screen.getByRole('textbox', { name });
    await user.type(field(/^R — Réaliste/), '90');
    await user.type(field(/^I — Investigateur/), '30');
    await user.type(field(/^A — Artistique/), '101');
    await user.type(field(/^S — Social/), '15');
    await user.type(field(/^C — Conventionnel/), '85');
    await user.click(screen.getByRole('button', { name: 'Afficher les résultats' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('2 scores sont à corriger.');
    expect(screen.getAllByText('Saisissez un nombre entier de 0 à 100.')).toHaveLength(2);
    expect(field(/^A — Artistique/)).toHaveFocus();

    await user.clear(field(/^A — Artistique/));
    await user.type(field(/^A — Artistique/), '10');
    await user.type(field(/^E — Entreprenant/), '20');
    await user.click(screen.getByRole('button', { name: 'Afficher les résultats' }));
    expect(await screen.findByTestId('sector-ranking')).toBeInTheDocument();
    expect(window.location.hash).toBe('#/results?lang=fr&riasec=90%2C30%2C10%2C15%2C20%2C85');
    const top3 = within(screen.getByTestId('sector-ranking'))
      .getAllByRole('listitem')
      .slice(0, 3)
      .map((li) => li.getAttribute('data-sector-id'));
    expect(top3).toContain('mechanical-engineering');
  });
});

describe('results from answers', () => {
  it('asks to continue an unfinished questionnaire', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': savedQuizJson({ answers: { r01: 4 } }),
    });
    await renderApp(undefined, { route: '/results', storage, lang: 'en' });
    expect(
      await screen.findByRole('link', { name: 'Continue the questionnaire (1 of 30 answered)' }),
    ).toHaveAttribute('href', '#/quiz');
  });

  it('counts one answer without a plural in French', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': savedQuizJson({ answers: { r01: 4 } }),
    });
    await renderApp(undefined, { route: '/results', storage, lang: 'fr' });
    expect(
      await screen.findByRole('link', {
        name: 'Reprendre le questionnaire (réponses : 1 sur 30)',
      }),
    ).toHaveAttribute('href', '#/quiz');
  });

  it('limits programs to the levels open to the school level, with a switch to show all', async () => {
    const answers = Object.fromEntries(
      ['r', 'i', 'a', 's', 'e', 'c'].flatMap((type) =>
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [
          `${type}${String(n).padStart(2, '0')}`,
          type === 'r' ? 5 : 2,
        ]),
      ),
    );
    const storage = createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: {
          mode: 'full',
          answers,
          page: 9,
          step: 'done',
          schoolLevel: 'college-3',
          town: null,
        },
        version: 1,
      }),
    });
    const { user } = await renderApp(undefined, { route: '/results', storage, lang: 'en' });
    const list = await screen.findByTestId('program-ranking');
    const levels = () =>
      within(screen.getByTestId('program-ranking'))
        .getAllByRole('listitem')
        .map((li) => within(li).getByText(/^Level:/).textContent);
    // college-3 opens S, Q and BP only.
    expect(
      levels().every((text) =>
        /^Level: (Specialisation|Qualification|Vocational baccalaureate)$/.test(text ?? ''),
      ),
    ).toBe(true);
    expect(list).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show every level' }));
    // Five on screen; each "more" adds ten, and moves the focus to the first it added.
    expect(levels()).toHaveLength(5);
    for (const shown of [15, 25]) {
      await user.click(
        screen.getByRole('button', { name: /^Show 10 more programmes \(\d+ in all\)$/ }),
      );
      expect(levels()).toHaveLength(shown);
      const added = within(screen.getByTestId('program-ranking')).getAllByRole('listitem')[
        shown - 10
      ];
      expect(within(added!).getAllByRole('link')[0]).toHaveFocus();
    }
    expect(levels().some((text) => text === 'Level: Specialised Technician')).toBe(true);
  });
});

const order = (testId: string, attribute: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('listitem')
    .map((li) => li.getAttribute(attribute));

describe('share codes', () => {
  const completeAnswers = Object.fromEntries(
    ['r', 'i', 'a', 's', 'e', 'c'].flatMap((type, t) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [
        `${type}${String(n).padStart(2, '0')}`,
        Math.min(5, Math.max(1, [2, 5, 1, 3, 2, 4][t]! + ((n % 3) - 1))),
      ]),
    ),
  );
  const storage = () =>
    createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: {
          mode: 'full',
          answers: completeAnswers,
          page: 9,
          step: 'done',
          schoolLevel: 'bac',
          town: null,
        },
        version: 1,
      }),
    });

  it('the three ways into results give the same screen: answers, share code and six scores', async () => {
    const view = await renderApp(undefined, {
      route: '/results',
      storage: storage(),
      lang: 'en',
    });
    const code = (await screen.findByTestId('share-code')).textContent ?? '';
    await view.user.click(
      screen.getByRole('button', {
        name: 'Show your profile in detail',
        expanded: false,
      }),
    );
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}$/);
    const scores = within(screen.getByRole('table'))
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    const sectorsFromAnswers = order('sector-ranking', 'data-sector-id');
    const programsFromAnswers = order('program-ranking', 'data-program-id');
    view.unmount();

    // The code, opened in Arabic on a device without the answers.
    const utils = await renderApp(undefined, { route: `/results?code=${code}&lang=ar` });
    await screen.findByTestId('sector-ranking');
    expect(order('sector-ranking', 'data-sector-id')).toEqual(sectorsFromAnswers);
    expect(order('program-ranking', 'data-program-id')).toEqual(programsFromAnswers);
    expect(screen.getByTestId('share-code')).toHaveTextContent(code);
    expect(
      screen.getByText(
        /تُعرض فقط الشُّعَب التي يمكنك الالتحاق بها انطلاقًا من مستواك الدراسي: شهادة الباكالوريا \(محصَّل عليها\)\./,
      ),
    ).toBeInTheDocument();
    const riasec = scores.map((text) => text?.match(/(\d+)$/)?.[1]).join(',');

    utils.unmount();

    // The same six scores typed from paper, with the same school level: the same screen.
    const { unmount } = await renderApp(undefined, {
      route: `/results?riasec=${riasec}&level=bac&lang=fr`,
    });
    await screen.findByTestId('sector-ranking');
    expect(order('sector-ranking', 'data-sector-id')).toEqual(sectorsFromAnswers);
    expect(order('program-ranking', 'data-program-id')).toEqual(programsFromAnswers);
    expect(screen.getByTestId('share-code')).toHaveTextContent(code);
    unmount();
  });

  it('a mistyped code gets a clear message and a way to type it again', async () => {
    const { user } = await renderApp(undefined, { route: '/results?code=1368-1C9T-Z00NX&lang=fr' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce code est illisible. Un caractère est erroné ou deux sont inversés.',
    );
    const input = screen.getByRole('textbox', { name: 'Code de partage (13 caractères)' });
    expect(input).toHaveValue('1368-1C9T-Z00NX');
    await user.clear(input);
    await user.type(input, '1368 1c9t z00nc');
    await user.click(screen.getByRole('button', { name: 'Ouvrir' }));
    expect(await screen.findByTestId('share-code')).toHaveTextContent('1368-1C9T-Z00NC');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the results forms show what they produce', () => {
  it('a readable code typed in opens its results with the title focused and announced', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,30,20,25,45,60&lang=en',
    });
    const input = await screen.findByRole('textbox', { name: 'Share code (13 characters)' });
    await user.type(input, '1368-1C9T-Z00NC');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await waitFor(() =>
      expect(screen.getByTestId('share-code')).toHaveTextContent('1368-1C9T-Z00NC'),
    );
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus(),
    );
    expect(
      await screen.findByText('Results for the share code 1368-1C9T-Z00NC.'),
    ).toBeInTheDocument();
  });

  it('a mistyped code is refused next to its field, which keeps the focus and the results', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,30,20,25,45,60&lang=en',
    });
    const input = await screen.findByRole('textbox', { name: 'Share code (13 characters)' });
    await user.type(input, '1368-1C9T-Z00NX');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'This code cannot be read. A character is wrong or two are swapped. Check it and type it again.',
    );
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(alert.textContent ?? '');
    expect(window.location.hash).toBe('#/results?riasec=70,30,20,25,45,60&lang=en');
  });

  it('six scores typed in show their results with the title focused', async () => {
    const { user } = await renderApp(undefined, { route: '/results?lang=en' });
    await screen.findByRole('heading', { name: 'No results yet' });
    const values = ['90', '30', '10', '15', '20', '85'];
    for (const [index, letter] of ['R', 'I', 'A', 'S', 'E', 'C'].entries()) {
      const box = screen.getByRole('textbox', { name: new RegExp(`^${letter} — `) });
      await user.type(box, values[index] ?? '');
    }
    await user.click(screen.getByRole('button', { name: 'Show the results' }));
    expect(await screen.findByTestId('sector-ranking')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toHaveFocus(),
    );
  });
});

describe('digits typed on an Arabic keyboard', () => {
  it('a share code with Arabic-Indic digits and long dashes opens the results', async () => {
    const { user } = await renderApp(undefined, { route: '/results', lang: 'ar' });
    const input = await screen.findByRole('textbox', { name: /رمز/ });
    await user.type(input, '١٣٦٨–1C9T—Z٠٠NC');
    await user.click(screen.getByRole('button', { name: 'فتح' }));
    expect(await screen.findByTestId('share-code')).toHaveTextContent('1368-1C9T-Z00NC');
    expect(screen.getByTestId('sector-ranking')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('a link with an Arabic-Indic code opens the same results as the Western one', async () => {
    const { unmount } = await renderApp(undefined, {
      route: '/results?code=1368-1C9T-Z00NC&lang=en',
    });
    await screen.findByTestId('sector-ranking');
    const sectors = order('sector-ranking', 'data-sector-id');
    unmount();
    await renderApp(undefined, {
      route: `/results?code=${encodeURIComponent('۱۳۶۸—۱C۹T—Z۰۰NC')}&lang=en`,
    });
    await screen.findByTestId('sector-ranking');
    expect(order('sector-ranking', 'data-sector-id')).toEqual(sectors);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('six paper scores in Arabic-Indic digits show the results', async () => {
    const { user } = await renderApp(undefined, { route: '/results?lang=fr' });
    await screen.findByRole('heading', { name: 'Pas encore de résultats' });
    const scores: [RegExp, string][] = [
      [/^R — Réaliste/, '٩٠'],
      [/^I — Investigateur/, '٣٠'],
      [/^A — Artistique/, '١٠'],
      [/^S — Social/, '۱۵'],
      [/^E — Entreprenant/, '۲۰'],
      [/^C — Conventionnel/, '٨٥'],
    ];
    for (const [name, value] of scores) {
      await user.type(screen.getByRole('textbox', { name }), value);
    }
    await user.click(screen.getByRole('button', { name: 'Afficher les résultats' }));
    expect(await screen.findByTestId('sector-ranking')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/results?lang=fr&riasec=90%2C30%2C10%2C15%2C20%2C85');
  });

  it('a riasec= link in Arabic-Indic digits with Arabic commas shows the results', async () => {
    await renderApp(undefined, {
      route: `/results?riasec=${encodeURIComponent('٢٠،٩٠،١٥،٢٠،٢٠،٨٥')}&lang=ar`,
    });
    await screen.findByTestId('sector-ranking');
    expect(firstSector()).toBe('digital-ai');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the town given in the questionnaire', () => {
  const answers = Object.fromEntries(
    ['r', 'i', 'a', 's', 'e', 'c'].flatMap((type) =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [
        `${type}${String(n).padStart(2, '0')}`,
        type === 'a' ? 5 : 2,
      ]),
    ),
  );
  const saved = (town: string) =>
    createMemoryStorage({
      'masari:quiz': JSON.stringify({
        state: { mode: 'full', answers, page: 9, step: 'done', schoolLevel: null, town },
        version: 1,
      }),
    });

  it.each([
    ['saved by id', 'tanger'],
    ['saved as typed in Arabic by an older version', 'طنجة'],
  ])('is named in the active language when %s', async (_, town) => {
    await renderApp(undefined, { route: '/results', storage: saved(town), lang: 'fr' });
    expect(
      await screen.findByRole('link', {
        name: "Trouver les centres d'orientation les plus proches de Tanger",
      }),
    ).toHaveAttribute('href', '#/centers?town=tanger');
  });
});

describe('results a young person can trust', () => {
  const bands = (testId: string) =>
    within(screen.getByTestId(testId))
      .getAllByRole('listitem')
      .map((li) => li.dataset.band);

  it.each([
    ['fr', '10,10,10,12,10,10', 'low', "Peu de ces activités vous attirent pour l'instant"],
    ['fr', '50,50,50,55,50,50', 'undifferentiated', "Vos réponses n'indiquent pas une direction"],
    ['ar', '10,10,10,12,10,10', 'low', 'قليل من هذه الأنشطة يجذبك حاليًا'],
    ['ar', '90,10,10,85,10,10', 'inconsistent', 'أقوى ميولك تتجه في اتجاهين متعاكسين'],
  ])(
    'in %s, %s opens on a plain notice and shows no strong band',
    async (lang, riasec, kind, heading) => {
      const { user } = await renderApp(undefined, {
        route: `/results?riasec=${riasec}&lang=${lang}`,
      });
      const notice = await screen.findByTestId('profile-notice');
      expect(notice).toHaveAttribute('data-kind', kind);
      expect(within(notice).getByRole('heading', { level: 2 })).toHaveTextContent(heading);
      // Ways on: the full questionnaire, an orientation center, the explorer.
      expect(within(notice).getAllByRole('link')).toHaveLength(3);
      expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();
      await user.click(within(notice).getByRole('button', { expanded: false }));
      await screen.findByTestId('sector-ranking');
      expect(bands('sector-ranking')).not.toContain('strong');
      expect(bands('program-ranking')).not.toContain('strong');
    },
  );

  it('90,10,10,10,10,10 shows the code “R”, and a portrait of R alone', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=90,10,10,10,10,10&lang=en',
    });
    expect(await screen.findByTestId('profile-code')).toHaveTextContent(/^R$/);
    // One sentence on screen; the portrait in words one button away.
    expect(screen.getByText('Your strongest interest: Realistic.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your profile in words' })).toBeNull();
    await user.click(
      screen.getByRole('button', { expanded: false, name: /^Show your profile in detail$/ }),
    );
    const portrait = screen.getByRole('region', { name: 'Your profile in words' });
    expect(within(portrait).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByTestId('profile-notice')).not.toBeInTheDocument();
  });

  it('a clear profile’s first sectors stand apart in words', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=20,90,15,20,20,85&lang=en',
    });
    await screen.findByTestId('sector-ranking');
    // The first five on screen, the rest one button away.
    expect(bands('sector-ranking')).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: /^Show all \d+ sectors$/ }));
    const sectorBands = bands('sector-ranking');
    expect(sectorBands.length).toBeGreaterThan(5);
    expect(sectorBands[0]).toBe('strong');
    expect(sectorBands.filter((band) => band === 'strong').length).toBeLessThan(
      sectorBands.length / 2,
    );
    expect(sectorBands).toContain('partial');
  });

  it('a pupil in 3e année collège sees first the sectors with programs open to them', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=90,40,20,20,20,70&level=college-3&lang=fr',
    });
    await screen.findByTestId('sector-ranking');
    await user.click(screen.getByRole('button', { name: /^Afficher les \d+ secteurs$/ }));
    const sectors = within(screen.getByTestId('sector-ranking')).getAllByRole('listitem');
    expect(sectors.length).toBeGreaterThan(0);
    for (const sector of sectors) {
      const open = sector.textContent?.match(/(\d+) formations? accessibles? depuis votre niveau/);
      expect(Number(open?.[1] ?? 0)).toBeGreaterThan(0);
    }
    // Sectors whose programs all need the baccalauréat are listed apart, not ranked.
    const ranked = sectors.map((li) => li.dataset.sectorId);
    expect(ranked).not.toContain('digital-ai');
    expect(
      screen.getByRole('heading', {
        name: 'Non classés : aucune formation accessible depuis votre niveau dans les données de Masari',
      }),
    ).toBeInTheDocument();
    // Listed apart by name: the one list item outside the ranking that names the sector.
    const apartItems = screen
      .getAllByRole('listitem')
      .filter((li) => li.dataset.sectorId === 'digital-ai');
    expect(apartItems).toHaveLength(1);
    expect(apartItems[0]).toHaveTextContent('Digital et intelligence artificielle');
  });
});

describe('who runs each program', () => {
  it('a program outside OFPPT says who runs it and where admissions happen, not myway.ac.ma', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=90,40,20,20,20,70&lang=en',
    });
    const ranking = await screen.findByTestId('program-ranking');
    const itemOf = (id: string) =>
      within(ranking)
        .queryAllByRole('listitem')
        .find((li) => li.dataset.programId === id) ?? null;
    for (let more = 0; more < 10 && !itemOf('patron-de-peche'); more += 1) {
      await user.click(screen.getByRole('button', { name: /^Show \d+ more programmes? / }));
    }
    const fishing = itemOf('patron-de-peche');
    expect(fishing).not.toBeNull();
    // Where to apply is in its details, one button away.
    await user.click(within(fishing!).getByRole('button', { name: /^Show details/ }));
    expect(fishing).toHaveTextContent('Run by the Department of Maritime Fisheries');
    expect(fishing).toHaveTextContent(
      'Admissions: with the institutes of the Department of Maritime Fisheries, not through myway.ac.ma',
    );
    expect(within(fishing!).queryByRole('link', { name: /official portal/i })).toBeNull();
    const ofppt = within(ranking)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Run by OFPPT'));
    expect(ofppt).toBeDefined();
  });
});
