import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSettingsStore } from '@/features/settings/settings-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { blockedStorage, renderApp, headerSetting } from '../utils/render-app';

describe('when the browser blocks storage', () => {
  it('still shows the app, says that nothing will be kept, and keeps settings for the visit', async () => {
    const { user } = await renderApp(undefined, {
      route: '/',
      storage: blockedStorage,
      lang: 'fr',
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Trouvez');
    expect(await screen.findByRole('status')).toHaveTextContent(
      "Ce navigateur ne permet pas à Masari d'enregistrer.",
    );
    await user.selectOptions(await headerSetting(user, 'Taille du texte'), 'larger');
    expect(useSettingsStore.getState().textSize).toBe('larger');
    expect(document.documentElement.dataset.textSize).toBe('larger');
  });
});

describe('when saved data is corrupt', () => {
  it('starts from defaults with a notice that can be dismissed, and never shows it again', async () => {
    const storage = createMemoryStorage({ 'masari:settings': '{not json' });
    const { user, unmount } = await renderApp(undefined, { route: '/', storage, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Some saved settings could not be read and were reset.',
    );
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    unmount();
    await renderApp(undefined, { route: '/', storage, lang: 'en' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  });
});
