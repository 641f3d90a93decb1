import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  EMBED_SOURCE,
  EMBED_VERSION,
  embedMessage,
  type EmbedMessage,
  MAX_EMBED_HEIGHT,
  MAX_RESULT_SECTORS,
  readEmbedMessage,
} from '@/lib/embed/messages';

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CODE = '1ABCDEFGHJKMN';

const shareCode = fc
  .array(fc.constantFrom(...CODE_ALPHABET), { minLength: 13, maxLength: 13 })
  .map((symbols) => symbols.join(''));
const sectorId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));
const sector = fc.record({
  id: sectorId,
  band: fc.constantFrom('strong' as const, 'good' as const, 'partial' as const),
});
const envelope = { source: EMBED_SOURCE, version: EMBED_VERSION } as const;
const anyEnvelope = { source: fc.constant(EMBED_SOURCE), version: fc.constant(EMBED_VERSION) };

const validMessage: fc.Arbitrary<EmbedMessage> = fc.oneof(
  fc.record({
    ...anyEnvelope,
    type: fc.constant('ready' as const),
    lang: fc.constantFrom('ar' as const, 'fr' as const, 'en' as const),
  }),
  fc.record({
    ...anyEnvelope,
    type: fc.constant('resize' as const),
    height: fc.oneof(
      fc.integer({ min: 0, max: MAX_EMBED_HEIGHT }),
      fc.double({ min: 0, max: MAX_EMBED_HEIGHT, noNaN: true, noDefaultInfinity: true }),
    ),
  }),
  fc.record({
    ...anyEnvelope,
    type: fc.constant('result' as const),
    code: shareCode,
    sectors: fc.array(sector, { maxLength: MAX_RESULT_SECTORS }),
  }),
);

const resize = (height: unknown) => ({ ...envelope, type: 'resize', height });
const result = (code: unknown, sectors: unknown) => ({
  ...envelope,
  type: 'result',
  code,
  sectors,
});

describe('readEmbedMessage', () => {
  test.prop([validMessage])('gives back every valid message unchanged', (message) => {
    expect(readEmbedMessage(message)).toEqual(message);
  });

  test.prop([validMessage, fc.string().filter((key) => !/^(source|version|type)$/.test(key))])(
    'refuses a valid message with one field more',
    (message, key) => {
      fc.pre(!(key in message));
      expect(readEmbedMessage({ ...message, [key]: 1 })).toBeNull();
    },
  );

  test.prop([validMessage])('refuses a valid message with any one field missing', (message) => {
    for (const key of Object.keys(message)) {
      const { [key as keyof EmbedMessage]: _, ...rest } = message;
      expect(readEmbedMessage(rest)).toBeNull();
    }
  });

  it('refuses another source, version or type', () => {
    expect(readEmbedMessage(resize(300))).not.toBeNull();
    expect(readEmbedMessage({ ...resize(300), source: 'other' })).toBeNull();
    expect(readEmbedMessage({ ...resize(300), source: 'Masari' })).toBeNull();
    expect(readEmbedMessage({ ...resize(300), version: 2 })).toBeNull();
    expect(readEmbedMessage({ ...resize(300), version: '1' })).toBeNull();
    expect(readEmbedMessage({ ...resize(300), type: 'scroll' })).toBeNull();
    expect(readEmbedMessage({ ...resize(300), type: 'RESIZE' })).toBeNull();
    expect(readEmbedMessage({ ...envelope, type: 'ready', lang: 'de' })).toBeNull();
    expect(readEmbedMessage({ ...envelope, type: 'ready', lang: 'AR' })).toBeNull();
  });

  it('refuses a height that is not a finite number from 0 to the maximum', () => {
    for (const height of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -1,
      -0.5,
      MAX_EMBED_HEIGHT + 1,
      '300',
      null,
      300n,
    ]) {
      expect(readEmbedMessage(resize(height))).toBeNull();
    }
    expect(readEmbedMessage(resize(0))).toEqual(resize(0));
    expect(readEmbedMessage(resize(MAX_EMBED_HEIGHT))).toEqual(resize(MAX_EMBED_HEIGHT));
  });

  it('refuses a malformed share code', () => {
    expect(readEmbedMessage(result(CODE, []))).toEqual(result(CODE, []));
    for (const code of [
      '',
      CODE.slice(1),
      `${CODE}0`,
      CODE.toLowerCase(),
      '1ABCDEFGHIKMN',
      '1ABCDEFGHJKLN',
      '1ABCDEFGHJKMO',
      '1ABCDEFGHJKMU',
      '1ABC-EFGHJKMN',
      ` ${CODE.slice(1)}`,
      1234567890123,
      null,
    ]) {
      expect(readEmbedMessage(result(code, []))).toBeNull();
    }
  });

  it('refuses too many sectors, malformed ids and unknown bands', () => {
    const good = { id: 'digital-ai', band: 'strong' };
    expect(readEmbedMessage(result(CODE, [good, good, good]))).not.toBeNull();
    expect(readEmbedMessage(result(CODE, [good, good, good, good]))).toBeNull();
    for (const bad of [
      { id: 'Digital-AI', band: 'strong' },
      { id: 'digital ai', band: 'strong' },
      { id: 'digital--ai', band: 'strong' },
      { id: '-digital', band: 'strong' },
      { id: 'a'.repeat(61), band: 'strong' },
      { id: 'digital-ai', band: 'weak' },
      { id: 'digital-ai', band: 'Strong' },
      { id: 'digital-ai' },
      { id: 'digital-ai', band: 'strong', fit: 90 },
      { id: 7, band: 'strong' },
      'digital-ai',
      null,
      ['digital-ai', 'strong'],
    ]) {
      expect(readEmbedMessage(result(CODE, [good, bad]))).toBeNull();
    }
    expect(readEmbedMessage(result(CODE, 'digital-ai'))).toBeNull();
    expect(readEmbedMessage(result(CODE, { 0: good, length: 1 }))).toBeNull();
  });

  it('refuses what is not an object', () => {
    for (const data of [
      null,
      undefined,
      0,
      'masari',
      JSON.stringify(resize(300)),
      true,
      [],
      [resize(300)],
      () => resize(300),
    ]) {
      expect(readEmbedMessage(data)).toBeNull();
    }
  });

  test.prop([fc.anything()])('never throws', (data) => {
    expect(() => readEmbedMessage(data)).not.toThrow();
  });
});

describe('embedMessage', () => {
  it('builds messages of the current version that readEmbedMessage accepts', () => {
    const messages = [
      embedMessage('ready', { lang: 'fr' }),
      embedMessage('resize', { height: 812 }),
      embedMessage('result', { code: CODE, sectors: [{ id: 'agri-food', band: 'good' }] }),
    ];
    expect(messages[1]).toEqual({ source: 'masari', version: 1, type: 'resize', height: 812 });
    for (const message of messages) expect(readEmbedMessage(message)).toEqual(message);
  });

  test.prop([validMessage])('rebuilds any valid message from its body', (message) => {
    const { source: _source, version: _version, type, ...body } = message;
    expect(embedMessage(type, body as never)).toEqual(message);
  });
});
