import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { SETTINGS_VERSION } from '@/features/settings/settings-store';
import { accentColors } from '@/lib/embed/accent';
import { readEmbedMessage, type EmbedMessage } from '@/lib/embed/messages';
import { resetEmbedMode } from '@/lib/embed/mode';
import { createMemoryStorage, safeStorage } from '@/lib/storage/safe-storage';
import { eraseAllSavedData } from '@/lib/store/persisted';
import { blockedStorage, renderApp } from '../utils/render-app';

const SCHOOL = 'https://school.example';
const HOST = `host=${encodeURIComponent(SCHOOL)}`;

/** Opens the page as the loader's iframe does: the school's options in the query before the `#`. */
function openEmbedded(query: string): void {
  window.history.replaceState(null, '', `/?${query}`);
  resetEmbedMode();
}

const OPEN_FULL = 'فتح مساري في علامة تبويب جديدة';

/** The element that holds the app (`#root`), which carries the language in embed mode. */
// eslint-disable-next-line testing-library/no-node-access
const appRoot = () => document.getElementById('root');

// In jsdom `window.parent === window`: what the app sends to its parent reaches this spy.
let posted: MockInstance<typeof window.postMessage>;

/** The messages sent so far, each checked against the union the loader accepts. */
function messages(type?: EmbedMessage['type']): EmbedMessage[] {
  return posted.mock.calls
    .map(([data]) => readEmbedMessage(data))
    .filter((message): message is EmbedMessage => message !== null)
    .filter((message) => !type || message.type === type);
}

/** A stand-in for ResizeObserver and animation frames, driven by the test. */
const layout = {
  height: 600,
  observers: [] as { callback: () => void; target: Element | null }[],
  frames: [] as FrameRequestCallback[],
  /** The content changes size: every observer hears of it (several times), frames run. */
  resize(height: number) {
    layout.height = height;
    act(() => {
      for (const observer of layout.observers) {
        observer.callback();
        observer.callback();
      }
      layout.flush();
    });
  },
  flush() {
    const frames = layout.frames.splice(0);
    frames.forEach((frame) => frame(0));
  },
};

beforeEach(() => {
  posted = vi.spyOn(window, 'postMessage').mockImplementation(() => undefined);
  layout.height = 600;
  layout.observers = [];
  layout.frames = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      entry: { callback: () => void; target: Element | null };
      constructor(callback: () => void) {
        this.entry = { callback, target: null };
        layout.observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.target = target;
        // As browsers do, a first observation reports the current size.
        this.entry.callback();
      }
      unobserve() {}
      disconnect() {
        layout.observers = layout.observers.filter((entry) => entry !== this.entry);
      }
    },
  );
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    layout.frames.push(callback);
    return layout.frames.length;
  });
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    const height = this.classList.contains('app') ? layout.height : 0;
    return { height, width: 320, top: 0, left: 0, bottom: height, right: 320 } as DOMRect;
  });
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
  resetEmbedMode();
  vi.unstubAllGlobals();
  for (const property of ['--color-primary', '--color-primary-strong', '--color-on-primary']) {
    document.documentElement.style.removeProperty(property);
  }
  delete document.documentElement.dataset.accent;
});

describe('the frame of an embedded Masari', () => {
  it('has a compact bar instead of the site’s header, navigation and footer', async () => {
    openEmbedded(`embed=1&lang=ar&sectors=agri-food&${HOST}&share=1`);
    const { user } = await renderApp(undefined, { route: '/about' });
    await screen.findByRole('heading', { level: 1, name: 'حول مساري' });

    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('حجم النص')).not.toBeInTheDocument();
    const bar = screen.getByRole('banner');
    expect(within(bar).getByRole('link', { name: 'مساري' })).toBeInTheDocument();
    expect(within(bar).getByLabelText('اللغة')).toHaveValue('ar');

    // The full app, at the same route, in the same language, without the school's options.
    const open = within(bar).getByRole('link', { name: OPEN_FULL });
    expect(open).toHaveAttribute('target', '_blank');
    expect(open).toHaveAttribute('rel', 'noopener');
    const href = new URL(open.getAttribute('href')!);
    expect(href.origin + href.pathname).toBe(`${window.location.origin}/`);
    expect(href.search).toBe('');
    expect(href.href).not.toMatch(/embed=|host=|sectors=|share=/);
    expect(href.hash).toBe('#/about?lang=ar');

    // The skip link still takes the keyboard to the content.
    await user.click(screen.getByRole('link', { name: 'الانتقال إلى المحتوى الرئيسي' }));
    expect(screen.getByRole('main')).toHaveFocus();

    // The link follows the user's language.
    await user.selectOptions(within(bar).getByLabelText('اللغة'), 'fr');
    const openFr = await screen.findByRole('link', { name: 'Ouvrir Masari dans un nouvel onglet' });
    expect(new URL(openFr.getAttribute('href')!).hash).toBe('#/about?lang=fr');
  });

  it('shows the site’s own header and footer outside embed mode', async () => {
    window.history.replaceState(null, '', `/?lang=ar&${HOST}`);
    await renderApp(undefined, { route: '/about' });
    await screen.findByRole('heading', { level: 1, name: 'حول مساري' });
    expect(screen.getByRole('navigation', { name: 'التنقل الرئيسي' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: OPEN_FULL })).not.toBeInTheDocument();
    expect(posted).not.toHaveBeenCalled();
  });
});

describe('the language of an embedded Masari', () => {
  const savedSettings = (key: string, language: string) =>
    createMemoryStorage({
      [key]: JSON.stringify({
        state: { language, textSize: 'standard' },
        version: SETTINGS_VERSION,
      }),
    });

  it('starts in the school’s language, on the app’s root element as well as <html>', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    // The full app's saved choice and the browser both say French: the school's Arabic wins.
    await renderApp(undefined, {
      route: '/',
      browserLangs: ['fr-FR'],
      storage: savedSettings('masari:settings', 'fr'),
    });
    await screen.findByRole('heading', { level: 1 });
    const root = appRoot();
    expect(root).toContainElement(screen.getByRole('main'));
    expect(root).toHaveAttribute('lang', 'ar');
    expect(root).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('keeps a choice made inside the frame, in the frame’s own keys, over the school’s', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    const storage = createMemoryStorage();
    const { user, unmount } = await renderApp(undefined, { route: '/', storage });
    await screen.findByRole('heading', { level: 1 });
    await user.selectOptions(screen.getByLabelText('اللغة'), 'en');
    await waitFor(() => expect(appRoot()).toHaveAttribute('lang', 'en'));
    expect(appRoot()).toHaveAttribute('dir', 'ltr');
    expect(storage.getItem('masari-embed:settings')).toContain('"language":"en"');
    expect(storage.getItem('masari:settings')).toBeNull();

    unmount();
    await renderApp(undefined, { route: '/', storage });
    expect(await screen.findByRole('link', { name: 'Open Masari in a new tab' })).toBeVisible();
    expect(appRoot()).toHaveAttribute('lang', 'en');
  });

  it('follows a route’s lang over everything else', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    await renderApp(undefined, {
      route: '/about?lang=fr',
      storage: savedSettings('masari-embed:settings', 'en'),
    });
    await screen.findByRole('heading', { level: 1, name: 'À propos de Masari' });
    expect(appRoot()).toHaveAttribute('lang', 'fr');
    expect(appRoot()).toHaveAttribute('dir', 'ltr');
  });
});

describe('storage in embed mode', () => {
  it('keeps the embedded session under its own keys, apart from the full app’s', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    const fullApp = JSON.stringify({ state: { mode: 'full', answers: { r1: 5 } }, version: 1 });
    const storage = createMemoryStorage({ 'masari:quiz': fullApp });
    const { user } = await renderApp(undefined, { route: '/quiz?mode=quick', storage });
    await screen.findAllByRole('group');
    const item = screen.getAllByRole('listitem').find((li) => li.hasAttribute('data-item-id'))!;
    await user.click(within(item).getByRole('radio', { name: 'يعجبني كثيرًا' }));

    const saved = JSON.parse(storage.getItem('masari-embed:quiz') ?? '{}');
    expect(saved.state.answers).toEqual({ [item.getAttribute('data-item-id')!]: 5 });
    expect(saved.state.mode).toBe('quick');
    // The full app's answers are neither read nor touched.
    expect(storage.getItem('masari:quiz')).toBe(fullApp);

    // "Erase my data" inside the frame finds the embedded session's keys, and only them.
    eraseAllSavedData();
    expect(storage.getItem('masari-embed:quiz')).toBeNull();
    expect(storage.getItem('masari:quiz')).toBe(fullApp);
  });

  it('lets the full app’s "erase my data" also erase what an embedded Masari kept', async () => {
    const storage = createMemoryStorage({
      'masari:quiz': '{}',
      'masari-embed:quiz': '{}',
      'other:key': 'kept',
    });
    await renderApp(undefined, { route: '/about', storage, lang: 'en' });
    await screen.findByRole('heading', { level: 1 });
    eraseAllSavedData();
    expect(storage.getItem('masari-embed:quiz')).toBeNull();
    expect(storage.getItem('other:key')).toBe('kept');
  });

  it('still works, in memory, with the notice, when the browser blocks storage', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    await renderApp(undefined, { route: '/', storage: blockedStorage });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(await screen.findByRole('status')).toHaveTextContent(
      'لا يسمح هذا المتصفح لمساري بالحفظ. كل شيء يعمل، لكن لن يُحتفظ بأي شيء بعد إغلاق هذه الصفحة.',
    );
    expect(screen.getByRole('link', { name: OPEN_FULL })).toBeInTheDocument();
  });

  it('falls back to memory when merely reading the storage throws (sandboxed frame)', () => {
    openEmbedded(`embed=1&${HOST}`);
    safeStorage.setBackend(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    safeStorage.setItem('masari:quiz', 'kept for the visit');
    expect(safeStorage.mode()).toBe('memory');
    expect(safeStorage.getItem('masari:quiz')).toBe('kept for the visit');
  });
});

describe('messages to the school’s page', () => {
  it('sends ready once, then resize when the height changes, only to the school’s origin', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    await renderApp(undefined, { route: '/' });
    await screen.findByRole('heading', { level: 1 });
    act(() => layout.flush());

    expect(messages('ready')).toEqual([
      { source: 'masari', version: 1, type: 'ready', lang: 'ar' },
    ]);
    expect(messages('resize')).toEqual([
      { source: 'masari', version: 1, type: 'resize', height: 600 },
    ]);

    layout.resize(600.5); // less than a pixel: nothing
    expect(messages('resize')).toHaveLength(1);
    layout.resize(812.2); // several notifications in one frame: one message
    expect(messages('resize').map((message) => 'height' in message && message.height)).toEqual([
      600, 813,
    ]);

    expect(posted.mock.calls.length).toBeGreaterThan(0);
    for (const [, targetOrigin] of posted.mock.calls) expect(targetOrigin).toBe(SCHOOL);
    expect(messages('ready')).toHaveLength(1);
  });

  it.each([
    ['without host', 'embed=1&lang=ar&share=1'],
    [
      'with a host that is not an origin',
      'embed=1&lang=ar&share=1&host=https%3A%2F%2Fschool.example%2Fpage',
    ],
    ['with a host that is not a web origin', 'embed=1&lang=ar&share=1&host=javascript%3Aalert(1)'],
  ])('sends nothing at all %s', async (_, query) => {
    openEmbedded(query);
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    await screen.findByTestId('sector-ranking');
    layout.resize(900);
    expect(posted).not.toHaveBeenCalled();
  });

  it('sends the result (share code, first three sectors with bands, nothing else) when the school opted in', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}&share=1`);
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    const ranking = await screen.findByTestId('sector-ranking');
    await waitFor(() => expect(messages('result')).toHaveLength(1));

    const code = screen.getByTestId('share-code').textContent!.replace(/[^0-9A-Z]/g, '');
    const top = within(ranking)
      .getAllByRole('listitem')
      .slice(0, 3)
      .map((li) => ({ id: li.getAttribute('data-sector-id'), band: li.getAttribute('data-band') }));
    const call = posted.mock.calls.find(([data]) => readEmbedMessage(data)?.type === 'result')!;
    expect(call[1]).toBe(SCHOOL);
    // Exactly these fields: no scores, no answers, no language or level.
    expect(call[0]).toEqual({ source: 'masari', version: 1, type: 'result', code, sectors: top });
  });

  it('sends no result unless the school opted in', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}`);
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    await screen.findByTestId('sector-ranking');
    await waitFor(() => expect(messages('ready')).toHaveLength(1));
    expect(messages('result')).toEqual([]);
  });

  it('sends the code without sectors while a profile’s notice stands in for the ranking', async () => {
    openEmbedded(`embed=1&lang=ar&${HOST}&share=1`);
    const { user } = await renderApp(undefined, { route: '/results?riasec=60,60,60,60,60,60' });
    await screen.findByTestId('profile-notice');
    await waitFor(() => expect(messages('result')).toHaveLength(1));
    expect(messages('result')[0]).toMatchObject({ sectors: [] });
    expect(screen.queryByTestId('sector-ranking')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'عرض الترتيب رغم ذلك' }));
    await screen.findByTestId('sector-ranking');
    await waitFor(() => expect(messages('result')).toHaveLength(2));
    const [, shown] = messages('result');
    expect(shown).toMatchObject({ code: (messages('result')[0] as { code: string }).code });
    expect((shown as { sectors: unknown[] }).sectors).toHaveLength(3);
  });
});

describe('what a school chooses', () => {
  const bands = (testId: string) =>
    within(screen.getByTestId(testId))
      .getAllByRole('listitem')
      .map((li) => [li.getAttribute('data-sector-id'), li.getAttribute('data-band')]);

  it('features its sectors first, with the ranking’s bands and order, the ranking unchanged', async () => {
    const { unmount } = await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    await screen.findByTestId('sector-ranking');
    const fullRanking = bands('sector-ranking');
    expect(screen.queryByTestId('featured-sectors')).not.toBeInTheDocument();
    unmount();

    openEmbedded(`embed=1&lang=ar&sectors=agri-food,no-such-sector,digital-ai&${HOST}`);
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    const featured = await screen.findByRole('region', { name: 'القطاعات التي تُبرزها مؤسستك' });
    expect(bands('sector-ranking')).toEqual(fullRanking);
    const expected = fullRanking.filter(([id]) => id === 'agri-food' || id === 'digital-ai');
    expect(bands('featured-sectors')).toEqual(expected);
    // Before the full ranking.
    expect(
      featured.compareDocumentPosition(screen.getByTestId('sector-ranking')) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  it('lists agri-food first when it is the only sector featured', async () => {
    openEmbedded(`embed=1&lang=ar&sectors=agri-food&${HOST}&share=1`);
    await renderApp(undefined, { route: '/results?riasec=20,90,15,20,20,85' });
    const items = within(await screen.findByTestId('featured-sectors')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveAttribute('data-sector-id', 'agri-food');
  });

  it('puts its colour on the primary custom properties, darkened to keep AA', async () => {
    openEmbedded(`embed=1&lang=ar&accent=%23ffd700&${HOST}`);
    await renderApp(undefined, { route: '/' });
    await screen.findByRole('heading', { level: 1 });
    const colours = accentColors('#ffd700')!;
    const style = document.documentElement.style;
    expect(style.getPropertyValue('--color-primary')).toBe(colours.primary);
    expect(colours.primary).not.toBe('#ffd700');
    expect(style.getPropertyValue('--color-primary-strong')).toBe(colours.primaryStrong);
    expect(style.getPropertyValue('--color-on-primary')).toBe(colours.onPrimary);
    expect(document.documentElement).toHaveAttribute('data-accent');
  });

  it('leaves the app’s colours without an accent, or with one that is not a colour', async () => {
    openEmbedded(`embed=1&lang=ar&accent=tomato&${HOST}`);
    await renderApp(undefined, { route: '/' });
    await screen.findByRole('heading', { level: 1 });
    expect(document.documentElement.style.getPropertyValue('--color-primary')).toBe('');
    expect(document.documentElement).not.toHaveAttribute('data-accent');
  });

  it('opens the centers at its town until the user chooses another', async () => {
    openEmbedded(`embed=1&lang=ar&town=rabat&${HOST}`);
    const { unmount } = await renderApp(undefined, { route: '/centers' });
    expect(
      await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى الرباط' }),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('center-ranking')).getAllByRole('listitem')).toHaveLength(5);

    unmount();
    await renderApp(undefined, { route: '/centers?town=fes' });
    expect(
      await screen.findByRole('heading', { name: 'أقرب خمسة مراكز إلى فاس' }),
    ).toBeInTheDocument();
  });
});
