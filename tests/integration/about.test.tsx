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
