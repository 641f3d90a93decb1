/* eslint-disable testing-library/no-node-access -- The map is one image to assistive technologies,
   by design: what it draws inside (markers, numbers, labels) is reached through the DOM. */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { centers } from '@/data/places';
import { regions } from '@/data/regions';
import { towns } from '@/data/towns';
import { joinLines } from '@/features/centers/map-layout';
import { i18n } from '@/lib/i18n/i18n';
import { renderApp } from '../utils/render-app';

/** A label's text as the user reads it: its lines joined back. */
const read = (text: Element) =>
  joinLines([...text.querySelectorAll('tspan')].map((line) => line.textContent ?? ''));

describe('the map after a town search', () => {
  it.each([
    ['ar', 'tata'],
    ['fr', 'casablanca'],
  ] as const)(
    'in %s, after a search for %s, numbers and names the listed centers',
    async (lang, id) => {
      const town = towns.find((candidate) => candidate.id === id);
      if (!town) throw new Error(`no town ${id}`);
      const { user } = await renderApp(undefined, { route: '/centers', lang });
      const t = i18n.getFixedT(lang, 'centers');
      const input = await screen.findByRole('combobox', { name: t('town.label') });
      await user.type(input, `${town.name[lang]}{Enter}`);
      await screen.findByRole('heading', {
        name: t('nearest.headingTown', { place: town.name[lang] }),
      });

      // One image for assistive technologies, saying what it shows: the town and five centers.
      const map = await screen.findByRole('img', {
        name: t('map.titleTown', { place: town.name[lang] }),
      });
      expect(map.tagName.toLowerCase()).toBe('svg');
      expect(map).toHaveAccessibleDescription(t('map.description', { count: 5 }));
      // Nothing inside it is focusable or announced: the list says it all.
      expect(map.querySelectorAll('[tabindex], a, button, [role]')).toHaveLength(0);

      // Marker n is the list's item n, and bears the number its card bears.
      const items = within(screen.getByTestId('center-ranking')).getAllByRole('listitem');
      const markers = [...map.querySelectorAll('[data-center-id]')];
      expect(markers.map((marker) => marker.getAttribute('data-center-id'))).toEqual(
        items.map((item) => item.getAttribute('data-center-id')),
      );
      markers.forEach((marker, index) => {
        const number = marker.querySelector('text:not(.centers-map__label)')?.textContent;
        expect(number).toBe(String(index + 1));
        expect(items[index]?.querySelector('.center__number')?.textContent).toBe(number);
      });

      // Each center's name is its town's, from the dataset, in the user's language; a center in
      // the searched town goes by the town's name, written once.
      const named = markers.flatMap((marker) => {
        const label = marker.querySelector('.centers-map__label');
        const center = centers.find(({ id: cid }) => cid === marker.getAttribute('data-center-id'));
        return label ? [[read(label), center?.city[lang]]] : [];
      });
      expect(named.length).toBeGreaterThanOrEqual(4);
      for (const [shown, city] of named) expect(shown).toBe(city);
      const origin = within(map as unknown as HTMLElement).getByTestId('map-origin');
      expect(read(origin.querySelector('text') ?? origin)).toBe(town.name[lang]);

      // Regions go by their names in the dataset; the town's own is among them.
      const regionNames = [...screen.getByTestId('map-region-labels').querySelectorAll('text')].map(
        read,
      );
      const known = regions.map((region) => region.name[lang]);
      for (const name of regionNames) expect(known).toContain(name);
      expect(regionNames).toContain(regions.find(({ code }) => code === town.region)?.name[lang]);

      // Every text is marked with its language and direction, so that Arabic reads right to left
      // inside a drawing that is never mirrored.
      for (const text of map.querySelectorAll('text')) {
        expect(text).toHaveAttribute('lang', lang);
        expect(text).toHaveAttribute('direction', lang === 'ar' ? 'rtl' : 'ltr');
        expect(text).toHaveAttribute('unicode-bidi', 'embed');
      }
    },
  );

  it('names the user’s position when there is no town', async () => {
    await renderApp(undefined, { route: '/centers?near=31.63,-8.00', lang: 'fr' });
    const t = i18n.getFixedT('fr', 'centers');
    const map = await screen.findByRole('img', { name: t('map.titlePosition') });
    const origin = within(map as unknown as HTMLElement).getByTestId('map-origin');
    expect(read(origin.querySelector('text') ?? origin)).toBe(t('map.you'));
  });
});
