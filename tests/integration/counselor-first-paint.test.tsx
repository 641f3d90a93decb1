import { screen, waitFor } from '@testing-library/react';
import type { BackendModule } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { i18n, startI18n } from '@/lib/i18n/i18n';
import { renderApp } from '../utils/render-app';

// Counselor mode opens on the list of sessions, which names no sector or program: the catalogue's
// text (about 30 kB) must not hold up its first paint, and still comes in right after it.
describe('counselor mode’s first screen', () => {
  it('shows the sessions while the catalogue’s text is still on its way, then asks for it', async () => {
    await startI18n('fr');
    const backend = i18n.services.backendConnector.backend as BackendModule;
    const read = backend.read.bind(backend);
    let arrive: (() => void) | undefined;
    vi.spyOn(backend, 'read').mockImplementation((lng, ns, callback) => {
      if (ns === 'catalogue') arrive = () => read(lng, ns, callback);
      else read(lng, ns, callback);
    });
    await renderApp(undefined, { route: '/counselor', lang: 'fr' });
    expect(
      await screen.findByRole('heading', { level: 1, name: /séances de conseil/i }),
    ).toBeInTheDocument();
    await waitFor(() => expect(arrive).toBeDefined());
    expect(i18n.hasLoadedNamespace('catalogue', { lng: 'fr' })).toBe(false);
    arrive?.();
    await waitFor(() => expect(i18n.hasLoadedNamespace('catalogue', { lng: 'fr' })).toBe(true));
  });
});
