import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../utils/render-app';

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
      'رُفض الوصول إلى الموقع. يمكن إدخال المدينة بدلًا من ذلك.',
    );

    const input = screen.getByRole('combobox', { name: 'المدينة' });
    await user.type(input, 'طاطا');
    const options = within(screen.getByRole('listbox', { name: 'المدينة' })).getAllByRole('option');
    expect(options[0]).toHaveTextContent('طاطا');
    await user.keyboard('{ArrowDown}{Enter}');

    expect(
      await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى طاطا' }),
    ).toBeInTheDocument();
    const items = ranking();
    expect(items).toHaveLength(5);
    const distances = items.map((item) => Number(item.getAttribute('data-distance-km')));
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(items[0]).toHaveTextContent(/على بعد \d+ كم/);
    expect(window.location.hash).toContain('town=Tata');
    expect(screen.getByTestId('mobile-units')).toHaveClass('centers__highlight');
  });

  it('uses the position when the user allows it', async () => {
    fakeGeolocation({ lat: 33.99, lon: -6.85 });
    const { user } = await renderApp(undefined, { route: '/centers', lang: 'fr' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Utiliser ma position' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Les cinq centres les plus proches de votre position',
      }),
    ).toBeInTheDocument();
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
    expect(within(first).getByRole('link', { name: /on myway\.ac\.ma$/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/www\.myway\.ac\.ma\/etablissements\?search=/),
    );
    expect(within(first).getByRole('link', { name: 'Directions in a maps app' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^geo:/),
    );
    expect(
      await screen.findByRole('group', {
        name: "Map of Morocco's 12 regions with the orientation centers",
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /away$/ })).toHaveLength(5);
  });
});
