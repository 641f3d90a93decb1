import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, useSettingsStore } from '@/features/settings/settings-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderApp, headerSetting } from '../utils/render-app';

const saved = (language: string | null, textSize = 'standard') =>
  createMemoryStorage({
    'masari:settings': JSON.stringify({ state: { language, textSize }, version: SETTINGS_VERSION }),
  });

describe('choosing the language', () => {
  it('uses Arabic, right to left, when nothing else names a language', async () => {
    await renderApp(undefined, { route: '/', browserLangs: ['de-DE'] });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('اكتشاف');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('follows the browser when nothing is saved', async () => {
    await renderApp(undefined, { route: '/', browserLangs: ['fr-MA', 'ar'] });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Trouvez');
  });

  it('prefers the saved choice to the browser', async () => {
    await renderApp(undefined, { route: '/', browserLangs: ['fr-FR'], storage: saved('en') });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Find the training');
  });

  it('prefers the link’s lang to the saved choice, and remembers it', async () => {
    await renderApp(undefined, { route: '/about?lang=fr', storage: saved('en') });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'À propos de Masari',
    );
    await waitFor(() => expect(useSettingsStore.getState().language).toBe('fr'));
  });

  it('ignores an unknown lang in the link, silently', async () => {
    await renderApp(undefined, { route: '/about?lang=xx', storage: saved('en') });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('About Masari');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('switching language', () => {
  it('changes text and direction but keeps the route and the other settings', async () => {
    const { user, storage } = await renderApp(undefined, { route: '/about', lang: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'About Masari' });
    await user.selectOptions(await headerSetting(user, 'Text size'), 'large');
    expect(document.documentElement.dataset.textSize).toBe('large');

    await user.selectOptions(await headerSetting(user, 'Language'), 'ar');

    expect(await screen.findByRole('heading', { level: 1, name: 'حول مساري' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(window.location.hash).toBe('#/about');
    expect(screen.getByLabelText('حجم النص')).toHaveValue('large');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(JSON.parse(storage.getItem('masari:settings') ?? '{}')).toMatchObject({
      state: { language: 'ar', textSize: 'large' },
    });
  });

  it('updates the lang of the address, so that a reload keeps the new language', async () => {
    const { user } = await renderApp(undefined, { route: '/programs?lang=fr' });
    await screen.findByRole('heading', { level: 1, name: 'Formations' });
    await user.selectOptions(await headerSetting(user, 'Langue'), 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Training programmes' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/programs?lang=en');
  });

  it('lists each language by its own name, marked with its language', async () => {
    const { user } = await renderApp(undefined, { route: '/', lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    await headerSetting(user, 'Language');
    const options = screen.getAllByRole('option', { name: /العربية|Français|English/ });
    expect(options.map((option) => option.getAttribute('lang'))).toEqual(['ar', 'fr', 'en']);
  });

  it('formats plurals with the Arabic forms', async () => {
    await renderApp(undefined, { route: '/', lang: 'ar' });
    expect(await screen.findByText('حوالي 5 دقائق')).toBeInTheDocument();
    expect(screen.getByText('حوالي 10 دقائق')).toBeInTheDocument();
  });
});
