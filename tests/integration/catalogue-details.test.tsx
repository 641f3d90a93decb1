import { screen, waitFor, within } from '@testing-library/react';
import type { BackendModule } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import programsJson from '@/data/programs.json';
import { i18n, startI18n } from '@/lib/i18n/i18n';
import { renderApp } from '../utils/render-app';

// The catalogue's details (the programs' descriptions and skills, the sectors' facts: about
// 20 kB in one language) are only on a program's own page: the results and the list of programs
// paint without them, and a program's page waits for them.

/** Holds back the details' download until the returned function is called. */
async function holdDetails(lang: 'fr' | 'ar'): Promise<{ release(): void; asked(): boolean }> {
  await startI18n(lang);
  const backend = i18n.services.backendConnector.backend as BackendModule;
  const read = backend.read.bind(backend);
  let arrive: (() => void) | undefined;
  vi.spyOn(backend, 'read').mockImplementation((lng, ns, callback) => {
    if (ns === 'catalogue-details') arrive = () => read(lng, ns, callback);
    else read(lng, ns, callback);
  });
  return { release: () => arrive?.(), asked: () => arrive !== undefined };
}

const digital = programsJson.find((program) => program.id === 'developpement-digital')!;

describe('the catalogue’s details', () => {
  it('do not hold up the results', async () => {
    const details = await holdDetails('fr');
    await renderApp(undefined, { route: '/results?riasec=20,30,10,20,60,70', lang: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: /résultats/i }, { timeout: 15_000 }),
    ).toBeInTheDocument();
    // The ranked programs, each a link to its page, by name.
    await waitFor(() =>
      expect(
        within(screen.getByRole('main'))
          .getAllByRole('link')
          .filter((link) => link.getAttribute('href')?.startsWith('#/programs/')).length,
      ).toBeGreaterThan(3),
    );
    expect(details.asked()).toBe(false);
    expect(i18n.hasLoadedNamespace('catalogue-details', { lng: 'fr' })).toBe(false);
  });

  it('come with a program’s page, opened from the list', async () => {
    const details = await holdDetails('fr');
    const { user } = await renderApp(undefined, { route: '/programs?q=digital', lang: 'fr' });
    const list = await screen.findByRole('heading', { level: 1, name: 'Formations' });
    expect(list).toBeInTheDocument();
    expect(details.asked()).toBe(false);
    await user.click((await screen.findAllByRole('link', { name: digital.name.fr }))[0]!);
    await waitFor(() => expect(details.asked()).toBe(true));
    // The page waits for its description rather than showing an empty paragraph.
    expect(screen.queryByText(digital.description.fr)).not.toBeInTheDocument();
    details.release();
    await screen.findByRole('heading', { level: 1, name: digital.name.fr });
    expect(within(screen.getByRole('main')).getByText(digital.description.fr)).toBeInTheDocument();
  });
});
