import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, useSettingsStore } from '@/features/settings/settings-store';
import { i18n } from '@/lib/i18n/i18n';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderApp, headerSetting } from '../utils/render-app';

/**
 * A returning user: settings saved by an earlier visit in another language. The languages of this
 * file's cases are chosen so that the saved language's translations are not loaded yet when the
 * link opens, as in a new tab, where a slow download of the old choice could otherwise win.
 */
const saved = (language: string, textSize = 'standard') =>
  createMemoryStorage({
    'masari:settings': JSON.stringify({ state: { language, textSize }, version: SETTINGS_VERSION }),
  });

/**
 * Waits until no language change is in flight (i18next marks one until its translations have
 * loaded), however slow the download: a stale change to the saved language would land by then.
 */
const settle = () =>
  waitFor(() =>
    expect((i18n as unknown as { isLanguageChangingTo?: string }).isLanguageChangingTo).toBe(
      undefined,
    ),
  );

describe('a link opened by a returning user', () => {
  it('opens in the link’s language, not the saved one, and saves it', async () => {
    const { user } = await renderApp(undefined, {
      route: '/results?riasec=70,30,20,25,45,60&lang=ar',
      storage: saved('fr', 'large'),
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'النتائج' })).toBeInTheDocument();
    await settle();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('النتائج');
    expect(i18n.language).toBe('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement.dataset.textSize).toBe('large');
    expect(await headerSetting(user, 'اللغة')).toHaveValue('ar');
    expect(useSettingsStore.getState().language).toBe('ar');
  });

  it('keeps the language of a second link in the same profile', async () => {
    const { user } = await renderApp(undefined, {
      route: '/centers?lang=en',
      storage: saved('ar'),
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Career guidance centres' }),
    ).toBeInTheDocument();
    await settle();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(await headerSetting(user, 'Language')).toHaveValue('en');
  });

  it('follows a lang= link inside the open page', async () => {
    const { user } = await renderApp(undefined, { route: '/about?lang=en', storage: saved('en') });
    await screen.findByRole('heading', { level: 1, name: 'About Masari' });
    window.location.hash = '#/programs?lang=fr';
    // A screen not loaded yet in this test file: its code and data may take a while on a busy machine.
    expect(await screen.findByRole('heading', { level: 1, name: 'Formations' })).toBeVisible();
    await settle();
    expect(document.documentElement).toHaveAttribute('lang', 'fr');
    await user.selectOptions(await headerSetting(user, 'Langue'), 'ar');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ar'));
    await settle();
    expect(useSettingsStore.getState().language).toBe('ar');
    expect(i18n.language).toBe('ar');
  });
});
