/**
 * The messages an embedded Masari sends to the page that embeds it (`postMessage`), as a typed,
 * versioned union, and the check both sides run on what they receive. Pure and dependency-free:
 * the loader (`src/embed/loader.ts`, at most 3 KB gzip) bundles it.
 *
 * - `ready`: the app has rendered, in `lang`;
 * - `resize`: the height its content needs, in CSS pixels;
 * - `result`: a user's results are on screen; only sent when the school opted in
 *   (`data-share-result`), and then only the share code and the first sectors with their bands,
 *   never the answers.
 */

/** Marks Masari's messages among whatever else a page receives. */
export const EMBED_SOURCE = 'masari';
/** The version of this union; a later one keeps accepting this one or says so. */
export const EMBED_VERSION = 1;

/** The fit of a sector in words, as the results show it (`data-band`). */
export type EmbedBand = 'strong' | 'good' | 'partial';

export interface EmbedSector {
  id: string;
  band: EmbedBand;
}

interface Envelope {
  source: typeof EMBED_SOURCE;
  version: typeof EMBED_VERSION;
}

export type EmbedMessage =
  | (Envelope & { type: 'ready'; lang: 'ar' | 'fr' | 'en' })
  | (Envelope & { type: 'resize'; height: number })
  | (Envelope & { type: 'result'; code: string; sectors: EmbedSector[] });

/** The tallest height a message may ask for; the loader clamps again to its own bounds. */
export const MAX_EMBED_HEIGHT = 100_000;
/** At most this many sectors in a `result`. */
export const MAX_RESULT_SECTORS = 3;

const SHARE_CODE = /^[0-9A-HJKMNP-TV-Z]{13}$/;
const SECTOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const BANDS: readonly string[] = ['strong', 'good', 'partial'];
const LANGS: readonly string[] = ['ar', 'fr', 'en'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnly(value: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(value).every((key) => keys.includes(key));
}

function readSector(value: unknown): EmbedSector | null {
  if (!isRecord(value) || !hasOnly(value, ['id', 'band'])) return null;
  const { id, band } = value;
  if (typeof id !== 'string' || id.length > 60 || !SECTOR_ID.test(id)) return null;
  if (typeof band !== 'string' || !BANDS.includes(band)) return null;
  return { id, band: band as EmbedBand };
}

/**
 * The message `data` carries, or null when it is not exactly one of Masari's: another source or
 * version, an unknown type, a missing or extra field, a height that is not a finite number from 0
 * to `MAX_EMBED_HEIGHT`, a malformed share code or sector. Never throws.
 *
 * Invariant: `readEmbedMessage(m)` deep-equals `m` for every valid message (property-tested).
 */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  if (!isRecord(data) || data.source !== EMBED_SOURCE || data.version !== EMBED_VERSION)
    return null;
  const envelope = { source: EMBED_SOURCE, version: EMBED_VERSION } as const;
  switch (data.type) {
    case 'ready': {
      if (!hasOnly(data, ['source', 'version', 'type', 'lang'])) return null;
      const { lang } = data;
      if (typeof lang !== 'string' || !LANGS.includes(lang)) return null;
      return { ...envelope, type: 'ready', lang: lang as 'ar' | 'fr' | 'en' };
    }
    case 'resize': {
      if (!hasOnly(data, ['source', 'version', 'type', 'height'])) return null;
      const { height } = data;
      if (typeof height !== 'number' || !Number.isFinite(height)) return null;
      if (height < 0 || height > MAX_EMBED_HEIGHT) return null;
      return { ...envelope, type: 'resize', height };
    }
    case 'result': {
      if (!hasOnly(data, ['source', 'version', 'type', 'code', 'sectors'])) return null;
      const { code, sectors } = data;
      if (typeof code !== 'string' || !SHARE_CODE.test(code)) return null;
      if (!Array.isArray(sectors) || sectors.length > MAX_RESULT_SECTORS) return null;
      const read = sectors.map(readSector);
      if (read.some((sector) => sector === null)) return null;
      return { ...envelope, type: 'result', code, sectors: read as EmbedSector[] };
    }
    default:
      return null;
  }
}

/** Builds a message of the current version. */
export function embedMessage<T extends EmbedMessage['type']>(
  type: T,
  body: Omit<Extract<EmbedMessage, { type: T }>, 'source' | 'version' | 'type'>,
): Extract<EmbedMessage, { type: T }> {
  return { source: EMBED_SOURCE, version: EMBED_VERSION, type, ...body } as Extract<
    EmbedMessage,
    { type: T }
  >;
}
