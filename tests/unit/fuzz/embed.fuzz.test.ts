// @vitest-environment node
import { fc, test } from '@fast-check/vitest';
import { beforeEach, describe, expect, vi } from 'vitest';
import { EMBED_TITLES, MIN_HEIGHT_BOUNDS, start } from '@/embed/loader';
import {
  EMBED_SOURCE,
  EMBED_VERSION,
  embedMessage,
  type EmbedMessage,
  MAX_EMBED_HEIGHT,
  readEmbedMessage,
} from '@/lib/embed/messages';
import { embedSearch, readEmbedOptions, type EmbedOptions } from '@/lib/embed/options';
import {
  anyValue,
  fuzzText,
  hostileText,
  hugeText,
  shortHostileText,
  trickyLeaf,
  withOneChange,
} from './inputs';
import { keyProblems } from './invariants';
import { FUZZ } from './runs';

// Embed mode: the options a school's snippet gives (`data-*` attributes read by the loader,
// src/embed/loader.ts, and the query string the app reads with `readEmbedOptions`,
// src/lib/embed/options.ts), and the messages the frame posts (`readEmbedMessage`,
// src/lib/embed/messages.ts).

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const sectorId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));
const town = fc
  .string({ unit: 'grapheme', maxLength: 30 })
  .map((name) => name.trim())
  .filter((name) => name.length > 0 && name.length <= 80);
/** A host name: one to three labels of letters, digits and inner hyphens, and a top level. */
const hostName = fc
  .tuple(
    fc.array(
      // `xn--` starts a punycode label, which a random tail rarely is.
      fc
        .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
        .filter((label) => !label.startsWith('xn--')),
      {
        minLength: 1,
        maxLength: 3,
      },
    ),
    fc.constantFrom('ma', 'com', 'org', 'edu', 'xn--mgbc0a9azcg'),
  )
  .map(([labels, top]) => [...labels, top].join('.'));
const origin = fc
  .tuple(
    fc.constantFrom('https', 'http'),
    fc.oneof(hostName, fc.constantFrom('localhost', '127.0.0.1', '[::1]')),
    fc.option(fc.integer({ min: 1, max: 65535 }), { nil: null }),
  )
  .map(([scheme, host, port]) => new URL(`${scheme}://${host}${port ? `:${port}` : ''}`).origin);

const options: fc.Arbitrary<EmbedOptions> = fc.record({
  lang: fc.constantFrom('ar' as const, 'fr' as const, 'en' as const, null),
  sectors: fc.uniqueArray(sectorId, { maxLength: 20 }),
  town: fc.option(town, { nil: null }),
  accent: fc.option(
    fc.stringMatching(/^[0-9a-f]{6}$/).map((hex) => `#${hex}`),
    { nil: null },
  ),
  shareResult: fc.boolean(),
  host: fc.option(origin, { nil: null }),
});

/** What is wrong with options the app would run with. */
function optionProblems(value: EmbedOptions): string[] {
  const problems = keyProblems({ ...value }, [
    'lang',
    'sectors',
    'town',
    'accent',
    'shareResult',
    'host',
  ]);
  if (!['ar', 'fr', 'en', null].includes(value.lang)) problems.push('lang');
  const { sectors } = value;
  if (!(sectors.length <= 20 && new Set(sectors).size === sectors.length)) problems.push('sectors');
  for (const id of sectors) if (!(id.length <= 60 && KEBAB.test(id))) problems.push(`sector ${id}`);
  if (value.town !== null && !(value.town === value.town.trim() && value.town.length >= 1))
    problems.push('town');
  if (value.town !== null && value.town.length > 80) problems.push('town too long');
  if (value.accent !== null && !/^#[0-9a-f]{6}$/.test(value.accent)) problems.push('accent');
  if (typeof value.shareResult !== 'boolean') problems.push('share');
  if (value.host !== null) {
    let url: URL | null = null;
    try {
      url = new URL(value.host);
    } catch {
      // not a URL: reported below
    }
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== value.host)
      problems.push(`host ${value.host}`);
  }
  return problems;
}

/** A query string: a valid one with edits, or `embed=1` and hostile values for every option. */
const search = fc.oneof(
  fuzzText(options.map(embedSearch)),
  fc
    .record({
      lang: shortHostileText,
      sectors: fc.oneof(
        shortHostileText,
        fc.array(fc.oneof(sectorId, shortHostileText)).map((ids) => ids.join(',')),
      ),
      town: shortHostileText,
      accent: fc.oneof(shortHostileText, fc.stringMatching(/^#?[0-9a-fA-F]{2,7}$/)),
      share: shortHostileText,
      host: fc.oneof(
        shortHostileText,
        origin,
        origin.map((host) => `${host}/`),
        origin.map((host) => `${host}/path?query#hash`),
        origin.map((host) => host.toUpperCase()),
        fc.constantFrom('null', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc'),
      ),
    })
    .map((values) => `?embed=1&${new URLSearchParams(values).toString()}`),
);

describe('embed options under fuzzing', () => {
  test.prop([search], FUZZ)(
    'total and sound: any query string gives no options, or options each within its bounds',
    (query) => {
      const read = readEmbedOptions(query);
      if (read !== null) expect(optionProblems(read)).toEqual([]);
    },
  );

  test.prop([options], FUZZ)('round trip: the options written are the options read', (given) => {
    expect(readEmbedOptions(embedSearch(given))).toEqual(given);
  });
});

const APP = 'https://masari.example/app/';

/** What the loader made of a snippet: the frame's properties and attributes, as it set them. */
interface Frame {
  src: string;
  title: string;
  lang: string;
  style: { cssText: string };
  attributes: Map<string, string>;
}

/**
 * The loader run for a snippet with these `data-*` attributes (null: absent), in a page whose
 * `<html lang>` and origin are given. The page is reduced to what the loader reads and calls, so
 * that the run takes microseconds rather than a DOM's milliseconds; the DOM side of the loader
 * (placing the frame, its messages) is tested in tests/unit/embed/loader.test.ts.
 */
function load(attributes: Record<string, string | null>, pageOrigin: string, pageLang = '') {
  const frame: Frame = {
    src: '',
    title: '',
    lang: '',
    style: { cssText: '' },
    attributes: new Map(),
  };
  const iframe = {
    ...frame,
    setAttribute: (name: string, value: string) => frame.attributes.set(name, value),
  };
  const doc = {
    createElement: () => iframe,
    documentElement: { lang: pageLang },
    getElementById: () => null,
    querySelector: () => null,
    readyState: 'complete',
    addEventListener: () => undefined,
  };
  const script = {
    src: `${APP}embed.js`,
    ownerDocument: doc,
    getAttribute: (name: string) => {
      const value = name.startsWith('data-') ? attributes[name.slice(5)] : undefined;
      return value ?? null;
    },
    after: () => undefined,
  };
  const page = { location: { origin: pageOrigin }, addEventListener: () => undefined };
  const made = start(script as unknown as HTMLScriptElement, page as unknown as Window);
  return made === null ? null : (made as unknown as Frame);
}

const attribute = (valid: fc.Arbitrary<string>) =>
  fc.option(
    fc.oneof(
      { weight: 30, arbitrary: fuzzText(valid, { huge: false }) },
      { weight: 1, arbitrary: hugeText },
    ),
    { nil: null, freq: 4 },
  );

const attributes = fc.record({
  lang: attribute(fc.constantFrom('ar', 'fr', 'en')),
  sectors: attribute(fc.array(sectorId, { maxLength: 4 }).map((ids) => ids.join(', '))),
  town: attribute(town),
  accent: attribute(fc.stringMatching(/^#([0-9a-fA-F]{3}){1,2}$/)),
  'share-result': attribute(fc.constantFrom('', 'true', 'false')),
  'min-height': attribute(fc.integer({ min: -100, max: 3000 }).map(String)),
  target: attribute(fc.constantFrom('#school-frame', '.embed', 'frame')),
});

describe('the embed loader’s data-* attributes under fuzzing', () => {
  beforeEach(() => {
    // A snippet whose target matches nothing is told so on the console: expected here.
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  test.prop(
    [
      attributes,
      fc.oneof(origin, hostileText),
      fc.oneof(fc.constantFrom('', 'ar', 'fr-FR', 'EN', 'de'), hostileText),
    ],
    FUZZ,
  )(
    'total and sound: any attributes give a frame of the app with valid options, a height within bounds and a title',
    (given, pageOrigin, pageLang) => {
      const iframe = load(given, pageOrigin, pageLang);
      const url = new URL(iframe?.src ?? '');
      const read = readEmbedOptions(url.search);
      const problems = read === null ? ['not in embed mode'] : optionProblems(read);
      if (`${url.origin}${url.pathname}${url.hash}` !== `${APP}#/`)
        problems.push(`src ${url.href}`);
      const style = iframe?.style.cssText ?? '';
      const height = Number(/(?:^|;)height:(\d+)px(?:;|$)/.exec(style)?.[1]);
      const [low, high] = MIN_HEIGHT_BOUNDS;
      if (!(Number.isInteger(height) && height >= low && height <= high)) problems.push(style);
      const titles = Object.entries(EMBED_TITLES);
      if (!titles.some(([lang, title]) => iframe?.title === title && iframe.lang === lang))
        problems.push(`title in ${iframe?.lang}`);
      expect(problems).toEqual([]);
    },
  );

  test.prop([options], FUZZ)(
    'round trip: valid options, given as attributes, reach the app as they were',
    (given) => {
      const iframe = load(
        {
          lang: given.lang,
          sectors: given.sectors.join(','),
          town: given.town,
          accent: given.accent?.toUpperCase() ?? null,
          'share-result': given.shareResult ? '' : null,
        },
        given.host ?? 'null',
      );
      expect(readEmbedOptions(new URL(iframe?.src ?? '').search)).toEqual(given);
    },
  );
});

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const validMessage: fc.Arbitrary<EmbedMessage> = fc.oneof(
  fc
    .constantFrom('ar' as const, 'fr' as const, 'en' as const)
    .map((lang) => embedMessage('ready', { lang })),
  fc
    .oneof(
      fc.integer({ min: 0, max: MAX_EMBED_HEIGHT }),
      fc.double({ min: 0, max: MAX_EMBED_HEIGHT, noNaN: true }),
    )
    .map((height) => embedMessage('resize', { height })),
  fc
    .record({
      code: fc
        .array(fc.constantFrom(...CODE_ALPHABET), { minLength: 13, maxLength: 13 })
        .map((symbols) => symbols.join('')),
      sectors: fc.array(
        fc.record({
          id: sectorId,
          band: fc.constantFrom('strong' as const, 'good' as const, 'partial' as const),
        }),
        { maxLength: 3 },
      ),
    })
    .map((body) => embedMessage('result', body)),
);

/** What is wrong with a message read: its envelope, its type's fields and their values. */
function messageProblems(message: EmbedMessage): string[] {
  const value = message as unknown as Record<string, unknown>;
  const problems: string[] = [];
  if (value.source !== EMBED_SOURCE || value.version !== EMBED_VERSION) problems.push('envelope');
  const envelope = ['source', 'version', 'type'];
  switch (value.type) {
    case 'ready':
      problems.push(...keyProblems(value, [...envelope, 'lang']));
      if (!['ar', 'fr', 'en'].includes(value.lang as string)) problems.push('lang');
      break;
    case 'resize': {
      problems.push(...keyProblems(value, [...envelope, 'height']));
      const { height } = value;
      if (!(typeof height === 'number' && height >= 0 && height <= MAX_EMBED_HEIGHT))
        problems.push(`height ${String(height)}`);
      break;
    }
    case 'result': {
      problems.push(...keyProblems(value, [...envelope, 'code', 'sectors']));
      if (!/^[0-9A-HJKMNP-TV-Z]{13}$/.test(String(value.code))) problems.push('code');
      const { sectors } = value;
      if (!Array.isArray(sectors) || sectors.length > 3) problems.push('sectors');
      else
        for (const sector of sectors as Record<string, unknown>[]) {
          problems.push(...keyProblems(sector, ['id', 'band']));
          if (!(typeof sector.id === 'string' && sector.id.length <= 60 && KEBAB.test(sector.id)))
            problems.push('sector id');
          if (!['strong', 'good', 'partial'].includes(sector.band as string)) problems.push('band');
        }
      break;
    }
    default:
      problems.push(`type ${String(value.type)}`);
  }
  return problems;
}

describe('embed messages under fuzzing', () => {
  test.prop(
    [
      fc.oneof(
        { weight: 3, arbitrary: withOneChange(validMessage) },
        { weight: 2, arbitrary: withOneChange(validMessage, fc.oneof(trickyLeaf, anyValue)) },
        { weight: 1, arbitrary: anyValue },
        { weight: 1, arbitrary: validMessage },
      ),
    ],
    FUZZ,
  )('total and sound: any data is refused, or is one of the messages, exactly', (data) => {
    const message = readEmbedMessage(data);
    if (message !== null) expect(messageProblems(message)).toEqual([]);
  });

  test.prop([validMessage], FUZZ)(
    'round trip: every message, posted (structured clone), is read as it was sent',
    (message) => {
      expect(readEmbedMessage(structuredClone(message))).toEqual(message);
    },
  );
});
