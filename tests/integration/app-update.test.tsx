import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setUpdateHandler } from '@/lib/pwa/update';
import { useNoticesStore } from '@/lib/store/notices';
import { renderApp } from '../utils/render-app';

afterEach(() => {
  setUpdateHandler(null);
  vi.unstubAllGlobals();
});

describe('the notices of the installed app', () => {
  it('offers a waiting version, and “update now” applies it', async () => {
    const apply = vi.fn(() => Promise.resolve());
    setUpdateHandler(apply);
    const { user } = await renderApp(undefined, { route: '/', lang: 'fr' });
    await screen.findByRole('heading', { level: 1 });
    act(() => useNoticesStore.getState().add({ id: 'update-ready', kind: 'update-ready' }));
    await screen.findByText(/Une nouvelle version de Masari est prête/);
    // Announced politely, in a status region.
    const statuses = screen.getAllByRole('status').map((region) => region.textContent ?? '');
    expect(statuses.some((text) => text.includes('Une nouvelle version'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Mettre à jour' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('drops a stale offer when no version waits any more', async () => {
    const { user } = await renderApp(undefined, { route: '/', lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    act(() => useNoticesStore.getState().add({ id: 'update-ready', kind: 'update-ready' }));
    await user.click(await screen.findByRole('button', { name: 'Update now' }));
    expect(screen.queryByText(/A new version of Masari is ready/)).toBeNull();
  });

  it('says once that the app now works offline, in Arabic', async () => {
    await renderApp(undefined, { route: '/', lang: 'ar' });
    await screen.findByRole('heading', { level: 1 });
    // The worker may report it again (another tab, a later visit): the page says it once.
    act(() => useNoticesStore.getState().add({ id: 'offline-ready', kind: 'offline-ready' }));
    act(() => useNoticesStore.getState().add({ id: 'offline-ready', kind: 'offline-ready' }));
    expect(await screen.findAllByText(/يعمل الآن دون اتصال بالإنترنت/)).toHaveLength(1);
  });

  it('keeps room at the end of the page while it floats there, and gives it back once dismissed', async () => {
    // The floating bar's height as the browser lays it out, and its size observers.
    let height = 72;
    const resized: (() => void)[] = [];
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: () => void) {
          resized.push(callback);
        }
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const h = this.classList.contains('notices--floating') ? height : 0;
      return { height: h, width: 320, top: 0, left: 0, bottom: h, right: 320 } as DOMRect;
    });
    const room = () => document.documentElement.style.getPropertyValue('--notices-room');

    const { user } = await renderApp(undefined, { route: '/', lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    expect(room()).toBe('');
    act(() => useNoticesStore.getState().add({ id: 'offline-ready', kind: 'offline-ready' }));
    await screen.findByText(/Masari is now saved on this device/);
    expect(room()).toBe('72px');
    // Taller (a larger text size, a narrower window): the room follows.
    height = 96;
    act(() => resized.forEach((callback) => callback()));
    expect(room()).toBe('96px');

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Masari is now saved on this device/)).toBeNull();
    expect(room()).toBe('');
  });
});
