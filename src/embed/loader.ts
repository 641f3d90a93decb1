import { readEmbedMessage } from '@/lib/embed/messages';
import { embedSearch, readAccent, readOrigin, readSectorList } from '@/lib/embed/options';
import { isLang, type Lang } from '@/lib/i18n/languages';

/**
 * The embed loader: the script a school puts in its page (`embed.js`, built from `entry.ts`),
 * which inserts an iframe of the app in embed mode and sizes it to its content. It runs on pages
 * we do not control, so it adds no global, never throws on a bad attribute, and reads only the
 * messages of its own frame. What a school may write is in `docs/embedding.md`.
 */

/** The frame's accessible name, in the school's language (a screen reader reads it first). */
export const EMBED_TITLES: Readonly<Record<Lang, string>> = {
  ar: 'مساري: التوجيه نحو التكوين المهني',
  fr: 'Masari\u00a0: orientation vers la formation professionnelle',
  en: 'Masari: vocational training orientation',
};

/** The frame's height before the app says how tall it is, and its bounds (`data-min-height`). */
export const DEFAULT_MIN_HEIGHT = 480;
export const MIN_HEIGHT_BOUNDS = [200, 2000] as const;
/** The tallest the frame grows, whatever the app asks. */
export const MAX_FRAME_HEIGHT = 20_000;
/** The event the iframe element fires when the school opted in to results (`data-share-result`). */
export const RESULT_EVENT = 'masari:result';

/** Marks a script element already handled, across copies of the loader on one page. */
const STARTED = Symbol.for('masari:embed');

type StartedScript = HTMLScriptElement & { [STARTED]?: HTMLIFrameElement };

const clamp = (value: number, low: number, high: number): number =>
  Math.min(high, Math.max(low, value));

function warn(message: string): void {
  console.warn(`Masari embed: ${message}`);
}

/** `data-target`: an element id, or a CSS selector when it starts with `#` or `.`. */
function findTarget(doc: Document, target: string): Element | null {
  if (!/^[#.]/.test(target)) return doc.getElementById(target);
  try {
    return doc.querySelector(target);
  } catch {
    return null;
  }
}

/**
 * Inserts the app's iframe for the snippet `script` and returns it: right after the script, or
 * inside the element `data-target` names. The app is the folder that holds the script
 * (`https://host/path/embed.js` → `https://host/path/`). Returns the same iframe when called again
 * for the same script, and null when the script has no `src`.
 *
 * The frame's messages are accepted only from its own window and the app's origin, and only when
 * `readEmbedMessage` recognises them; `result` becomes a `masari:result` event only with
 * `data-share-result`.
 */
export function start(script: HTMLScriptElement, win: Window = window): HTMLIFrameElement | null {
  const marked = script as StartedScript;
  if (marked[STARTED]) return marked[STARTED];
  if (!script.src) {
    warn('the script needs a src.');
    return null;
  }
  const doc = script.ownerDocument;
  const data = (name: string): string | null => script.getAttribute(`data-${name}`);
  const app = new URL('./', script.src);

  const lang = data('lang');
  const chosen = isLang(lang) ? lang : null;
  const pageLang = doc.documentElement.lang.slice(0, 2).toLowerCase();
  const titleLang: Lang = chosen ?? (isLang(pageLang) ? pageLang : 'ar');
  const share = data('share-result');
  const shareResult = share !== null && share !== 'false';
  const town = data('town')?.trim() ?? '';
  const asked = Number.parseFloat(data('min-height') ?? '');
  const minHeight = Number.isFinite(asked)
    ? clamp(Math.round(asked), ...MIN_HEIGHT_BOUNDS)
    : DEFAULT_MIN_HEIGHT;

  const iframe = doc.createElement('iframe');
  marked[STARTED] = iframe;
  iframe.src = `${app.href}${embedSearch({
    lang: chosen,
    sectors: readSectorList(data('sectors')),
    town: town.length <= 80 ? town : null,
    accent: readAccent(data('accent')),
    shareResult,
    host: readOrigin(win.location.origin),
  })}#/`;
  iframe.title = EMBED_TITLES[titleLang];
  iframe.lang = titleLang;
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('allow', 'geolocation');
  iframe.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  iframe.setAttribute('data-masari-embed', '');
  // Through the CSSOM, which a page's Content-Security-Policy allows without 'unsafe-inline'.
  iframe.style.cssText = `border:0;width:100%;display:block;height:${minHeight}px;color-scheme:normal`;

  win.addEventListener('message', (event) => {
    const frame = iframe.contentWindow;
    if (!frame || event.source !== frame || event.origin !== app.origin) return;
    const message = readEmbedMessage(event.data);
    if (message?.type === 'resize') {
      iframe.style.height = `${clamp(Math.ceil(message.height), minHeight, MAX_FRAME_HEIGHT)}px`;
    } else if (message?.type === 'result' && shareResult) {
      const { code, sectors } = message;
      iframe.dispatchEvent(
        new CustomEvent(RESULT_EVENT, { detail: { code, sectors }, bubbles: true, composed: true }),
      );
    } else if (message?.type === 'ready') {
      iframe.setAttribute('data-ready', message.lang);
    }
  });

  const target = data('target');
  const place = (): void => {
    const found = target ? findTarget(doc, target) : null;
    if (target && !found) warn(`no element matches data-target="${target}".`);
    if (found) found.append(iframe);
    else script.after(iframe);
  };
  // An async script may run before the school's page has parsed the element it names.
  if (target && !findTarget(doc, target) && doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', place, { once: true });
  } else {
    place();
  }
  return iframe;
}
