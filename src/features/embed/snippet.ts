import { sectors } from '@/data/catalogue';
import { townOf } from '@/data/towns';
import { normalizeNumericText } from '@/domain/digits';
import { embedSearch, readAccent, type EmbedOptions } from '@/lib/embed/options';
import type { Lang } from '@/lib/i18n/languages';

/** The frame's minimum height in pixels: what the form accepts, and what the loader assumes. */
export const MIN_HEIGHT = { min: 200, max: 2000, initial: 480 } as const;

/** The longest town the embedded app accepts (`readEmbedOptions` drops a longer one). */
export const MAX_TOWN_LENGTH = 80;

/** The configurator's fields, as typed. */
export interface ConfiguratorValues {
  lang: Lang;
  sectors: string[];
  town: string;
  accent: string;
  minHeight: string;
  shareResult: boolean;
}

/** What the snippet says. A field left empty, or typed wrong, is null: the snippet leaves it out. */
export interface SnippetOptions {
  lang: Lang;
  /** Sector ids of the dataset, in the dataset's order. */
  sectors: string[];
  /** A town's id when the text names one town, else the text as typed. */
  town: string | null;
  /** `#rrggbb` in lower case. */
  accent: string | null;
  minHeight: number | null;
  shareResult: boolean;
}

/** A whole number of pixels from 200 to 2000, in Western or Arabic-Indic digits; else null. */
export function readMinHeight(text: string): number | null {
  const digits = normalizeNumericText(text).trim();
  if (!/^\d{1,5}$/.test(digits)) return null;
  const value = Number(digits);
  return value >= MIN_HEIGHT.min && value <= MIN_HEIGHT.max ? value : null;
}

/** The town as the snippet writes it: a town's id when the text designates one, else the text. */
export function readTown(text: string): string | null {
  const typed = text.trim();
  if (!typed || typed.length > MAX_TOWN_LENGTH) return null;
  return townOf(typed)?.id ?? typed;
}

/** Reads the form's fields; what is empty or invalid becomes null (the form says why). */
export function readConfigurator(values: ConfiguratorValues): SnippetOptions {
  const chosen = new Set(values.sectors);
  return {
    lang: values.lang,
    sectors: sectors.filter((sector) => chosen.has(sector.id)).map((sector) => sector.id),
    town: readTown(values.town),
    accent: readAccent(values.accent),
    minHeight: readMinHeight(values.minHeight),
    shareResult: values.shareResult,
  };
}

/** `value` made safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The parts of `window.location` the addresses below depend on. */
export type AppLocation = Pick<Location, 'origin' | 'pathname'>;

/** The loader, built next to `index.html`: the app's folder on its host, and `embed.js`. */
export function loaderUrl({ origin, pathname }: AppLocation): string {
  return `${origin}${pathname.slice(0, pathname.lastIndexOf('/') + 1)}embed.js`;
}

/**
 * The one line a school pastes: the loader with the options as `data-*` attributes, each written
 * only when set (the minimum height only when it is not the loader's own), values escaped.
 */
export function snippetFor(src: string, options: SnippetOptions): string {
  const attributes: [string, string | null][] = [
    ['src', src],
    ['data-lang', options.lang],
    ['data-sectors', options.sectors.length > 0 ? options.sectors.join(',') : null],
    ['data-town', options.town],
    ['data-accent', options.accent],
    [
      'data-min-height',
      options.minHeight !== null && options.minHeight !== MIN_HEIGHT.initial
        ? String(options.minHeight)
        : null,
    ],
  ];
  const written = attributes
    .filter((attribute): attribute is [string, string] => attribute[1] !== null)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`);
  if (options.shareResult) written.push('data-share-result');
  return `<script ${written.join(' ')} async></script>`;
}

/**
 * The address of the app in embed mode with `options`, as the loader frames it, for a page on
 * this app's own origin (the preview).
 */
export function previewUrl(location: AppLocation, options: SnippetOptions): string {
  const embed: Partial<EmbedOptions> = {
    lang: options.lang,
    sectors: options.sectors,
    town: options.town,
    accent: options.accent,
    shareResult: options.shareResult,
    host: location.origin,
  };
  return `${location.origin}${location.pathname}${embedSearch(embed)}#/`;
}
