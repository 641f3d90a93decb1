import { afterEach, describe, expect, it, vi } from 'vitest';
import { start } from '@/embed/loader';
import { embedMessage } from '@/lib/embed/messages';
import { readEmbedOptions } from '@/lib/embed/options';

const APP = 'https://masari.example';
const SRC = `${APP}/app/embed.js`;
const CODE = '1ABCDEFGHJKMN';

/** A school's snippet in the page: `<script src data-…>`, then the loader run for it. */
function snippet(attributes: Record<string, string> = {}, parent: Element = document.body) {
  const script = document.createElement('script');
  // Never fetched: jsdom does not load scripts in tests; `start` stands for the loaded file.
  script.setAttribute('src', SRC);
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  parent.append(script);
  const iframe = start(script);
  return { script, iframe: iframe! };
}

function post(data: unknown, { source, origin = APP }: { source: unknown; origin?: string }) {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

const resize = (height: number) => embedMessage('resize', { height });

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('the embed loader', () => {
  it('inserts an iframe of the app right after its script, in embed mode', () => {
    const { script, iframe } = snippet({
      'data-lang': 'fr',
      'data-sectors': 'digital-ai, agri-food',
      'data-town': 'Rabat',
      'data-accent': '#0B6651',
    });
    expect(script.nextElementSibling).toBe(iframe);
    expect(iframe.src).toBe(
      `${APP}/app/?embed=1&lang=fr&sectors=digital-ai%2Cagri-food&town=Rabat&accent=%230b6651` +
        `&host=http%3A%2F%2Flocalhost%3A3000#/`,
    );
    expect(iframe).toHaveAttribute(
      'title',
      'Masari\u00a0: orientation vers la formation professionnelle',
    );
    expect(iframe).toHaveAttribute('lang', 'fr');
    expect(iframe).toHaveAttribute('loading', 'lazy');
    expect(iframe).toHaveAttribute('allow', 'geolocation');
    expect(iframe).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(iframe).toHaveAttribute('data-masari-embed');
    expect(iframe.style.borderWidth || iframe.style.border).toMatch(/^0(px)?$/);
    expect(iframe.style.width).toBe('100%');
    expect(iframe.style.display).toBe('block');
    expect(iframe.style.height).toBe('480px');
    expect(iframe.style.getPropertyValue('color-scheme')).toBe('normal');
  });

  it('passes on only the options the app would keep', () => {
    const { iframe } = snippet({
      'data-lang': 'de',
      'data-sectors': 'Digital AI,agri-food,agri-food',
      'data-town': 'x'.repeat(81),
      'data-accent': 'javascript:alert(1)',
    });
    const url = new URL(iframe.src);
    expect(`${url.origin}${url.pathname}`).toBe(`${APP}/app/`);
    expect(url.hash).toBe('#/');
    expect(readEmbedOptions(url.search)).toEqual({
      lang: null,
      sectors: ['agri-food'],
      town: null,
      accent: null,
      shareResult: false,
      host: 'http://localhost:3000',
    });
  });

  it('names the frame in the chosen language, else the page’s, else Arabic', () => {
    expect(snippet({ 'data-lang': 'ar' }).iframe.title).toBe('مساري: التوجيه نحو التكوين المهني');
    expect(snippet({ 'data-lang': 'en' }).iframe.title).toBe(
      'Masari: vocational training orientation',
    );
    expect(snippet().iframe.title).toBe('مساري: التوجيه نحو التكوين المهني');
    document.documentElement.lang = 'en-GB';
    expect(snippet().iframe).toHaveAttribute('lang', 'en');
    expect(new URL(snippet().iframe.src).searchParams.has('lang')).toBe(false);
  });

  it('starts at data-min-height, clamped to 200–2000, else 480', () => {
    const height = (value: string) => snippet({ 'data-min-height': value }).iframe.style.height;
    expect(height('640')).toBe('640px');
    expect(height('640px')).toBe('640px');
    expect(height('50')).toBe('200px');
    expect(height('99999')).toBe('2000px');
    expect(height('tall')).toBe('480px');
    expect(height('')).toBe('480px');
  });

  it('goes into the element data-target names: an id, or a selector starting with # or .', () => {
    const box = document.createElement('div');
    box.id = 'orientation';
    box.className = 'masari-box';
    document.body.append(box);
    expect(snippet({ 'data-target': 'orientation' }).iframe.parentElement).toBe(box);
    expect(snippet({ 'data-target': '#orientation' }).iframe.parentElement).toBe(box);
    expect(snippet({ 'data-target': '.masari-box' }).iframe.parentElement).toBe(box);
    expect(box.querySelectorAll('iframe')).toHaveLength(3);
  });

  it('falls back to after the script, with a warning, when data-target matches nothing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const target of ['missing', '.missing', '#not a[valid selector']) {
      const { script, iframe } = snippet({ 'data-target': target });
      expect(script.nextElementSibling).toBe(iframe);
    }
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('waits for the page to be parsed when the target comes later in it', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const { iframe } = snippet({ 'data-target': 'later' });
      expect(iframe.isConnected).toBe(false);
      const later = document.createElement('section');
      later.id = 'later';
      document.body.append(later);
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect(iframe.parentElement).toBe(later);
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });

  it('does nothing the second time it runs for the same script', () => {
    const { script, iframe } = snippet();
    expect(start(script)).toBe(iframe);
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  it('does nothing for a script without src', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const script = document.createElement('script');
    document.body.append(script);
    expect(start(script)).toBeNull();
    expect(document.querySelector('iframe')).toBeNull();
  });
});

describe('messages from the frame', () => {
  it('resize the frame, within min-height and 20000 px', () => {
    const { iframe } = snippet({ 'data-min-height': '300' });
    const source = iframe.contentWindow;
    expect(source).not.toBeNull();
    post(resize(912.2), { source });
    expect(iframe.style.height).toBe('913px');
    post(resize(120), { source });
    expect(iframe.style.height).toBe('300px');
    post(resize(90_000), { source });
    expect(iframe.style.height).toBe('20000px');
  });

  it('are ignored from another window, another origin, or when malformed', () => {
    const { iframe } = snippet();
    const other = snippet().iframe.contentWindow;
    const source = iframe.contentWindow;
    post(resize(900), { source: window });
    post(resize(900), { source: other });
    post(resize(900), { source: null });
    for (const origin of [
      'http://localhost:3000',
      'http://masari.example',
      'https://masari.example:8443',
      'https://masari.example.evil.ma',
      'null',
    ]) {
      post(resize(900), { source, origin });
    }
    for (const data of [
      { ...resize(900), version: 2 },
      { ...resize(900), extra: true },
      { ...resize(900), height: '900' },
      { ...resize(900), height: Number.POSITIVE_INFINITY },
      JSON.stringify(resize(900)),
      { type: 'resize', height: 900 },
    ]) {
      post(data, { source });
    }
    expect(iframe.style.height).toBe('480px');
  });

  it('are ignored while the frame has no window, even from a sender without one', () => {
    // A frame waiting for its target is not in the page yet: `contentWindow` is null, and so is
    // the `source` of a message from a worker or a port.
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const { iframe } = snippet({ 'data-target': 'later' });
      expect(iframe.contentWindow).toBeNull();
      post(resize(900), { source: null });
      expect(iframe.style.height).toBe('480px');
    } finally {
      Reflect.deleteProperty(document, 'readyState');
    }
  });

  it('mark the frame ready', () => {
    const { iframe } = snippet();
    post(embedMessage('ready', { lang: 'ar' }), { source: iframe.contentWindow });
    expect(iframe).toHaveAttribute('data-ready', 'ar');
  });

  it('tell the page a result only when the school opted in with data-share-result', () => {
    const received: unknown[] = [];
    const listener = (event: Event) => received.push((event as CustomEvent).detail);
    document.addEventListener('masari:result', listener);
    try {
      const sectors = [
        { id: 'digital-ai', band: 'strong' as const },
        { id: 'agri-food', band: 'good' as const },
      ];
      const message = embedMessage('result', { code: CODE, sectors });
      const silent = snippet().iframe;
      const refused = snippet({ 'data-share-result': 'false' }).iframe;
      const shared = snippet({ 'data-share-result': '' }).iframe;
      expect(new URL(silent.src).searchParams.has('share')).toBe(false);
      expect(new URL(refused.src).searchParams.has('share')).toBe(false);
      expect(new URL(shared.src).searchParams.get('share')).toBe('1');

      post(message, { source: silent.contentWindow });
      post(message, { source: refused.contentWindow });
      post(message, { source: shared.contentWindow, origin: 'https://elsewhere.ma' });
      expect(received).toEqual([]);

      post(message, { source: shared.contentWindow });
      expect(received).toEqual([{ code: CODE, sectors }]);
    } finally {
      document.removeEventListener('masari:result', listener);
    }
  });

  it('reach only their own frame when a page holds several snippets', () => {
    const first = snippet({ 'data-min-height': '300' }).iframe;
    const second = snippet({ 'data-min-height': '300' }).iframe;
    const resultsOf: Element[] = [];
    const listener = (event: Event) => resultsOf.push(event.target as Element);
    document.addEventListener('masari:result', listener);
    try {
      expect(first).not.toBe(second);
      post(resize(700), { source: first.contentWindow });
      post(resize(1100), { source: second.contentWindow });
      expect(first.style.height).toBe('700px');
      expect(second.style.height).toBe('1100px');

      const sharing = snippet({ 'data-share-result': '' }).iframe;
      post(embedMessage('result', { code: CODE, sectors: [] }), { source: sharing.contentWindow });
      expect(resultsOf).toEqual([sharing]);
    } finally {
      document.removeEventListener('masari:result', listener);
    }
  });
});
