import { render, screen, within, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { prepareApp } from '@/app/bootstrap';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import { isEmbedded } from '@/lib/embed/embedded';
import { resetEmbedMode } from '@/lib/embed/mode';
import { startI18n } from '@/lib/i18n/i18n';
import type { Lang } from '@/lib/i18n/languages';
import { createMemoryStorage, safeStorage, type KeyValueStorage } from '@/lib/storage/safe-storage';
import { useNoticesStore } from '@/lib/store/notices';
import { persistedStores } from '@/lib/store/persisted';

export interface RenderAppOptions {
  /** The hash route to open, e.g. `/results?riasec=70,20,10,30,40,60`. Default `/`. */
  route?: string;
  /**
   * The language to start in. Omit it to let the app choose as in a browser: the route's `lang`,
   * then the saved choice, then `browserLangs`, then Arabic.
   */
  lang?: Lang;
  /** The browser's preferred languages (`navigator.languages`). Default `[]`. */
  browserLangs?: readonly string[];
  /**
   * What the app's storage reads and writes: a `createMemoryStorage({...})` with saved data, or a
   * storage whose methods throw, to act as a browser that blocks storage. Default: empty memory.
   */
  storage?: KeyValueStorage | (() => KeyValueStorage);
}

export type RenderAppResult = RenderResult & {
  user: ReturnType<typeof userEvent.setup>;
  storage: KeyValueStorage;
};

/**
 * Renders `ui` (default: the whole app with its routes) inside the real providers, with the real
 * i18n instance and stores hydrated from `storage`, as the entry point does.
 *
 * Embed mode is read again from the address's query (before the `#`) at each call: a test opens
 * an embedded app with `window.history.replaceState(null, '', '/?embed=1&…')` first. The app is
 * then rendered into a `<div id="root">`, as in `index.html`, since that element carries the
 * language in embed mode.
 */
export async function renderApp(
  ui?: ReactElement,
  { route = '/', lang, browserLangs = [], storage }: RenderAppOptions = {},
): Promise<RenderAppResult> {
  resetEmbedMode();
  let container: HTMLElement | undefined;
  if (isEmbedded()) {
    // A fresh root each time (an earlier render of the same test keeps its own until cleanup).
    document.getElementById('root')?.removeAttribute('id');
    container = document.body.appendChild(document.createElement('div'));
    container.id = 'root';
  }
  const backend = typeof storage === 'function' ? storage() : (storage ?? createMemoryStorage());
  safeStorage.setBackend(() => (typeof storage === 'function' ? storage() : backend));
  useNoticesStore.getState().clear();
  await Promise.all(persistedStores().map((store) => store.rehydrate()));
  window.location.hash = `#${route}`;
  await prepareApp({ hash: window.location.hash, browserLangs });
  if (lang) await startI18n(lang);
  const user = userEvent.setup();
  const result = render(<AppProvider>{ui ?? <AppRoutes />}</AppProvider>, { container });
  return Object.assign(result, { user, storage: backend });
}

/** A storage that refuses every call, like a browser that blocks site data. */
export function blockedStorage(): KeyValueStorage {
  const refuse = (): never => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return { getItem: refuse, setItem: refuse, removeItem: refuse };
}

/**
 * A display setting of the site's header (`label`: "Language", "Langue", "اللغة", "Text size", …):
 * opens the header's settings (its first button) if they are closed, and waits for the control,
 * whose code loads on demand.
 */
export async function headerSetting(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
): Promise<HTMLElement> {
  const [button] = within(screen.getByRole('banner')).getAllByRole('button');
  if (!button) throw new Error('The header has no settings button');
  if (button.getAttribute('aria-expanded') !== 'true') await user.click(button);
  return await screen.findByLabelText(label);
}
