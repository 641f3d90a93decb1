import { isLang, type Lang } from '../i18n/languages';

/**
 * What a school's snippet asks of an embedded Masari, carried in the iframe's query string (before
 * the `#`, so that it stays while the user moves between screens and when the frame reloads):
 * `?embed=1&lang=ar&sectors=digital-ai,agri-food&town=rabat&accent=%230b6651&share=1&host=…`.
 * The loader (`src/embed/loader.ts`) writes it with `embedSearch`; the app reads it once with
 * `readEmbedOptions`.
 */
export interface EmbedOptions {
  /** The school's language, or null to let the app choose as it does outside a frame. */
  lang: Lang | null;
  /** Sector ids to feature first, as given (the app keeps those of its dataset), at most 20. */
  sectors: string[];
  /** The default town for the centers, as given (resolved by the centers screen), or null. */
  town: string | null;
  /** A colour as `#rrggbb` (lower case), or null. */
  accent: string | null;
  /** Whether the school opted in to the `result` message (`data-share-result`). */
  shareResult: boolean;
  /** The embedding page's origin (`https://school.ma`), the only target of the app's messages. */
  host: string | null;
}

const SECTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SECTORS = 20;
const MAX_TOWN = 80;

/** `#rgb` or `#rrggbb` (any case) as `#rrggbb` in lower case; null for anything else. */
export function readAccent(value: string | null | undefined): string | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? '');
  if (!match?.[1]) return null;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** An origin as `URL` writes it (`https://school.ma`, `http://localhost:8080`); null otherwise. */
export function readOrigin(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

/** A comma list of sector ids, kept when well formed, without repeats, at most 20. */
export function readSectorList(value: string | null | undefined): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim().toLowerCase())
    .filter((id) => id.length > 0 && id.length <= 60 && SECTOR_ID.test(id));
  return [...new Set(ids)].slice(0, MAX_SECTORS);
}

/**
 * The options of an embedded app, from the page's query string (`location.search`), or null when
 * the page is not in embed mode (no `embed=1`). Every value is checked; a bad one is dropped, never
 * an error: a school's typo must not break its page.
 */
export function readEmbedOptions(search: string): EmbedOptions | null {
  const params = new URLSearchParams(search);
  if (params.get('embed') !== '1') return null;
  const lang = params.get('lang');
  const town = params.get('town')?.trim() ?? '';
  return {
    lang: isLang(lang) ? lang : null,
    sectors: readSectorList(params.get('sectors')),
    town: town.length > 0 && town.length <= MAX_TOWN ? town : null,
    accent: readAccent(params.get('accent')),
    shareResult: params.get('share') === '1',
    host: readOrigin(params.get('host')),
  };
}

/**
 * The query string that carries `options` (`?embed=1&…`), the inverse of `readEmbedOptions` for
 * valid options. Empty values are left out.
 */
export function embedSearch(options: Partial<EmbedOptions>): string {
  const params = new URLSearchParams({ embed: '1' });
  if (options.lang) params.set('lang', options.lang);
  if (options.sectors && options.sectors.length > 0)
    params.set('sectors', options.sectors.join(','));
  if (options.town) params.set('town', options.town);
  if (options.accent) params.set('accent', options.accent);
  if (options.shareResult) params.set('share', '1');
  if (options.host) params.set('host', options.host);
  return `?${params.toString()}`;
}
