import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, headerSetting } from '../utils/render-app';

const ranking = () => within(screen.getByTestId('center-ranking')).getAllByRole('listitem');

function fakeGeolocation(result: { lat: number; lon: number } | { code: 1 | 2 | 3 }) {
  Object.defineProperty(navigator, 'geolocation', {
    configurable: true,
    value: {
      getCurrentPosition: (ok: PositionCallback, fail: PositionErrorCallback) => {
        if ('lat' in result) {
          ok({ coords: { latitude: result.lat, longitude: result.lon } } as GeolocationPosition);
        } else {
          fail({
            code: result.code,
            PERMISSION_DENIED: 1,
            POSITION_UNAVAILABLE: 2,
            TIMEOUT: 3,
          } as GeolocationPositionError);
        }
      },
    },
  });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'geolocation');
});

describe('the center finder', () => {
  it('a user in Tata who refuses location types “طاطا” and gets the nearest centers, in Arabic', async () => {
    fakeGeolocation({ code: 1 });
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'ar' });
    await screen.findByRole('heading', { level: 1, name: 'مراكز التوجيه' });
    await user.click(screen.getByRole('button', { name: 'استعمال موقعي' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'رُفض الوصول إلى الموقع. يمكنك إدخال مدينتك بدلًا من ذلك.',
    );

    const input = screen.getByRole('combobox', { name: 'مدينتك' });
    await user.type(input, 'طاطا');
    const options = within(screen.getByRole('listbox', { name: 'مدينتك' })).getAllByRole('option');
    expect(options[0]).toHaveTextContent('طاطا');
    await user.keyboard('{ArrowDown}{Enter}');

    const heading = await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى طاطا' });
    // The new list is where reading and tabbing go on.
    await waitFor(() => expect(heading).toHaveFocus());
    const items = ranking();
    expect(items).toHaveLength(5);
    const distances = items.map((item) => Number(item.getAttribute('data-distance-km')));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items[0]).toHaveTextContent(/على بعد \d+ كم/);
    expect(window.location.hash).toContain('town=tata');
    expect(screen.getByTestId('mobile-units')).toHaveClass('centers__highlight');
  });

  it('uses the position when the user allows it', async () => {
    fakeGeolocation({ lat: 33.99, lon: -6.85 });
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'fr' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    const heading = await screen.findByRole('heading', {
      name: 'Les cinq centres les plus proches de votre position',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(window.location.hash).toContain('near=33.9900%2C-6.8500');
    expect(ranking()[0]).toHaveAttribute('data-center-id', 'center-rabat');
  });

  it('reads ?near= and ?town= links, in any script', async () => {
    const { unmount } = await renderApp(undefined, {
      route: '/centers?near=31.63,-8.00',
      lang: 'en',
    });
    await screen.findByTestId('center-ranking');
    expect(ranking()[0]).toHaveAttribute('data-center-id', 'center-marrakech');
    unmount();
    await renderApp(undefined, {
      route: `/centers?town=${encodeURIComponent('القصر الكبير')}`,
      lang: 'fr',
    });
    expect(
      await screen.findByRole('heading', {
        name: 'Les cinq centres les plus proches de Ksar El Kébir',
      }),
    ).toBeInTheDocument();
  });

  it('says so for a position or a town it cannot read, instead of a blank list', async () => {
    const { unmount } = await renderApp(undefined, { route: '/centers?near=abc', lang: 'en' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The position in this link cannot be read.',
    );
    expect(screen.queryByTestId('center-ranking')).not.toBeInTheDocument();
    unmount();
    await renderApp(undefined, { route: '/centers?town=Atlantis', lang: 'fr' });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Masari ne connaît pas la ville « Atlantis ».',
    );
  });

  it('marks every center as indicative and links to the official establishment search', async () => {
    await renderApp(undefined, { route: '/centers?town=Tanger', lang: 'en' });
    await screen.findByTestId('center-ranking');
    const first = ranking()[0]!;
    expect(within(first).getByText('Indicative')).toBeInTheDocument();
    expect(
      within(first).getByRole('link', { name: /on myway\.ac\.ma\s\(opens in a new tab\)$/ }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.myway\.ac\.ma\/etablissements\?search=/),
    );
    expect(within(first).getByRole('link', { name: 'Directions in a maps app' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^geo:/),
    );
    // The map is one image, named after the town; its markers are not announced a second time.
    expect(await screen.findByRole('img', { name: /Tangier$/ })).toBeInTheDocument();
    expect(screen.queryAllByRole('button', { name: /away$/ })).toHaveLength(0);
  });
});

describe('the town field resolves what it suggests', () => {
  it.each(['Hoceima', 'Lhoceima', 'El Hoceima'])(
    'Enter on “%s” shows the centers nearest to Al Hoceïma',
    async (typed) => {
      const { user } = await renderApp(undefined, { route: '/centers', lang: 'fr' });
      const input = await screen.findByRole('combobox', { name: 'Votre ville' });
      await user.type(input, `${typed}{Enter}`);
      expect(
        await screen.findByRole('heading', {
          name: 'Les cinq centres les plus proches de Al Hoceïma',
        }),
      ).toBeInTheDocument();
      expect(ranking()).toHaveLength(5);
      expect(input).toHaveValue('Al Hoceïma');
      expect(window.location.hash).toContain('town=al-hoceima');
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it('the search button resolves an unambiguous prefix too', async () => {
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'en' });
    await user.type(await screen.findByRole('combobox', { name: 'Your town' }), 'Tang');
    await user.click(screen.getByRole('button', { name: 'Find the nearest centres' }));
    const heading = await screen.findByRole('heading', {
      name: 'The five centres nearest to Tangier',
    });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('lists the choices for “الدار”, which begins several towns, instead of refusing it', async () => {
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'ar' });
    const input = await screen.findByRole('combobox', { name: 'مدينتك' });
    await user.type(input, 'الدار{Enter}');
    const question = await screen.findByText(
      'تطابق عدة مدن «الدار»: يُرجى اختيار المدينة المقصودة.',
    );
    expect(question).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByTestId('center-ranking')).not.toBeInTheDocument();
    const choices = within(screen.getByRole('region', { name: /تطابق عدة مدن/ }))
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(choices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^الدار البيضاء \(/),
        expect.stringMatching(/^دار بوعزة \(/),
      ]),
    );
    await user.click(screen.getByRole('button', { name: /^دار بوعزة/ }));
    expect(
      await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى دار بوعزة' }),
    ).toBeInTheDocument();
    expect(input).toHaveValue('دار بوعزة');
    expect(window.location.hash).toContain('town=dar-bouazza');
  });

  it('a link with an ambiguous name lists the choices; only an unknown town is an error', async () => {
    const { unmount } = await renderApp(undefined, { route: '/centers?town=Sidi', lang: 'en' });
    expect(
      await screen.findByText('Several towns match “Sidi”: choose yours.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Sidi Ifni/ })).toBeInTheDocument();
    expect(
      screen.getByText('Other towns match too: type more of the name to narrow the list.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    await renderApp(undefined, { route: '/centers?town=Hoceima', lang: 'en' });
    expect(
      await screen.findByRole('heading', { name: 'The five centres nearest to Al Hoceima' }),
    ).toBeInTheDocument();
  });

  it('shows the chosen town in the language the user switches to', async () => {
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'ar' });
    const input = await screen.findByRole('combobox', { name: 'مدينتك' });
    await user.type(input, 'طنجة{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى طنجة' }),
    ).toBeInTheDocument();
    await user.selectOptions(await headerSetting(user, 'اللغة'), 'fr');
    expect(
      await screen.findByRole('heading', { name: 'Les cinq centres les plus proches de Tanger' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Votre ville' })).toHaveValue('Tanger');
    expect(screen.queryByText(/طنجة/)).not.toBeInTheDocument();
  });
});

describe('positions outside Morocco', () => {
  it.each([
    ['en', 'This position is outside Morocco'],
    ['fr', 'Cette position se trouve hors du Maroc'],
    ['ar', 'يقع هذا الموقع خارج المغرب'],
  ] as const)(
    'in %s, a link to Paris gets an alert, the town search, and no ranking',
    async (lang, text) => {
      const field = { en: 'Your town', fr: 'Votre ville', ar: 'مدينتك' }[lang];
      const wayOn = { en: 'Type a town', fr: 'Saisir une ville', ar: 'إدخال اسم مدينة' }[lang];
      const { user } = await renderApp(undefined, { route: '/centers?near=48.85,2.35', lang });
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(new RegExp(`^${text}`));
      expect(screen.queryByTestId('center-ranking')).not.toBeInTheDocument();
      await user.click(within(alert).getByRole('button', { name: wayOn }));
      expect(screen.getByRole('combobox', { name: field })).toHaveFocus();
      expect(screen.getByTestId('mobile-units')).not.toHaveClass('centers__highlight');
    },
  );

  it('the position button in Paris ranks nothing either', async () => {
    fakeGeolocation({ lat: 48.85, lon: 2.35 });
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'fr' });
    await user.click(await screen.findByRole('button', { name: 'Utiliser ma position' }));
    expect(await screen.findByText(/^Cette position se trouve hors du Maroc/)).toBeInTheDocument();
    expect(screen.queryByTestId('center-ranking')).not.toBeInTheDocument();
    expect(screen.queryByText(/1[.,\s]?58\d km/)).not.toBeInTheDocument();
  });

  it('reads a position written with Arabic-Indic digits and separators', async () => {
    await renderApp(undefined, {
      route: `/centers?near=${encodeURIComponent('٣١٫٦٣، -٨٫٠٠')}`,
      lang: 'ar',
    });
    await screen.findByTestId('center-ranking');
    expect(ranking()[0]).toHaveAttribute('data-center-id', 'center-marrakech');
  });
});
