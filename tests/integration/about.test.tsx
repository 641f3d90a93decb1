import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, useSettingsStore } from '@/features/settings/settings-store';
import { createMemoryStorage } from '@/lib/storage/safe-storage';
import { renderApp } from '../utils/render-app';

describe('erasing saved data', () => {
  it('asks first, then removes everything Masari saved and only that', async () => {
    const storage = createMemoryStorage({
      'masari:settings': JSON.stringify({
        state: { language: 'en', textSize: 'larger' },
        version: SETTINGS_VERSION,
      }),
      'another-site': 'untouched',
    });
    const { user } = await renderApp(undefined, { route: '/about', storage });
    await screen.findByRole('heading', { level: 1, name: 'About Masari' });

    await user.click(screen.getByRole('button', { name: 'Erase my data' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Erase everything Masari saved on this device?',
    });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(dialog).not.toHaveAttribute('open');
    expect(storage.getItem('masari:settings')).not.toBeNull();

    await user.click(screen.getByRole('button', { name: 'Erase my data' }));
    await user.click(screen.getByRole('button', { name: 'Erase' }));
    expect(screen.getByRole('status')).toHaveTextContent('Done: nothing of yours is saved');
    expect(storage.getItem('masari:settings')).toBeNull();
    expect(storage.getItem('another-site')).toBe('untouched');
    expect(useSettingsStore.getState().textSize).toBe('standard');
  });
});

describe('the about page', () => {
  it('presents the method, the season facts with their source, and the O*NET credit in English', async () => {
    await renderApp(undefined, { route: '/about', lang: 'en' });
    await screen.findByRole('heading', { level: 1, name: 'About Masari' });
    expect(screen.getByRole('heading', { name: 'How Masari works' })).toBeInTheDocument();
    expect(screen.getByText(/Masari is for exploration, not selection/)).toBeInTheDocument();
    expect(screen.getByText('418,285')).toBeInTheDocument();
    expect(screen.getByText('382%')).toBeInTheDocument();
    expect(screen.getByText('more than 6')).toBeInTheDocument();
    expect(screen.getByText('400 to 950 dirhams a year')).toBeInTheDocument();
    expect(
      screen.getByText(/26 mobile training units.*Tahannaout, Taounate,? and Tata/),
    ).toBeInTheDocument();
    expect(screen.getByText(/This product uses the O\*NET Database/)).toBeInTheDocument();
    expect(
      screen.getByText(/has not approved, endorsed, or tested these modifications/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /O\*NET Database, release 29\.2/ })).toHaveAttribute(
      'href',
      'https://www.onetcenter.org/database.html',
    );
  });

  it('formats the figures for Arabic and keeps the required English statement', async () => {
    await renderApp(undefined, { route: '/about', lang: 'ar' });
    await screen.findByRole('heading', { level: 1, name: 'حول مساري' });
    expect(screen.getByText('418.285')).toBeInTheDocument();
    expect(screen.getByText('أكثر من 6')).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: /الموسم .*2025–2026.* بالأرقام/ }),
    ).toBeInTheDocument();
    const original = screen.getByRole('blockquote');
    expect(original).toHaveAttribute('lang', 'en');
    expect(original).toHaveTextContent(/^This product uses the O\*NET Database/);
    expect(screen.getByText(/يستعمل هذا المنتج قاعدة بيانات O\*NET/)).toBeInTheDocument();
  });
});
