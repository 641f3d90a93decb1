import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogueModule from '@/data/catalogue';
import programsJson from '@/data/programs.json';
import type * as RenderApp from '../utils/render-app';

/*
 * The programs' and sectors' text comes one language at a time. The tests' setup loads all three
 * into the app's modules; these tests take fresh ones, so the app starts, as in a browser, with
 * none, and a change of language has to download the new one before the screen shows it.
 */
let renderApp: typeof RenderApp.renderApp;
let headerSetting: typeof RenderApp.headerSetting;
let catalogue: typeof CatalogueModule;

beforeEach(async () => {
  vi.resetModules();
  ({ renderApp, headerSetting } = await import('../utils/render-app'));
  catalogue = await import('@/data/catalogue');
});

const nameOf = (id: string) => programsJson.find((program) => program.id === id)!.name;

describe('the catalogue’s text follows the language', () => {
  it('shows the programs list in the new language after a switch', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?q=patron&lang=fr' });
    const patron = nameOf('patron-de-peche');
    expect(await screen.findByRole('link', { name: patron.fr })).toBeInTheDocument();
    // Only French was downloaded.
    expect(catalogue.findProgram('patron-de-peche')!.name).toEqual({ fr: patron.fr });

    await user.selectOptions(await headerSetting(user, 'Langue'), 'ar');

    expect(await screen.findByRole('link', { name: patron.ar })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: patron.fr })).not.toBeInTheDocument();
    expect(catalogue.findProgram('patron-de-peche')!.name).toEqual({
      fr: patron.fr,
      ar: patron.ar,
    });
  });

  it('shows the ranked programs of the results in the new language after a switch', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,20,10,30,40,60&lang=en',
    });
    const ranking = await screen.findByTestId('program-ranking');
    const first = within(ranking).getAllByRole('listitem')[0]!;
    const name = nameOf(first.getAttribute('data-program-id')!);
    expect(first).toHaveTextContent(name.en);
    expect(catalogue.programs.every((program) => Object.keys(program.name).join() === 'en')).toBe(
      true,
    );

    await user.selectOptions(await headerSetting(user, 'Language'), 'fr');

    await screen.findByRole('heading', { level: 1, name: /profil|résultats/i });
    const after = within(screen.getByTestId('program-ranking')).getAllByRole('listitem')[0]!;
    expect(after).toHaveTextContent(name.fr);
    expect(after).not.toHaveTextContent(name.en);
  });
});
