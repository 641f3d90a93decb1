import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { dashLike, digitsRewritten, riasecProfile } from '../../utils/arbitraries';
import {
  decodeShareCode,
  encodeShareCode,
  formatShareCode,
  SHARE_CODE_LENGTH,
  type SharedResult,
} from '@/domain/share-code';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const result: fc.Arbitrary<SharedResult> = fc.record({
  scores: riasecProfile,
  schoolLevel: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
});

describe('share codes: examples', () => {
  it('are 13 symbols, shown as three groups of at most 16 characters', () => {
    const code = encodeShareCode({
      scores: { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 },
      schoolLevel: 8,
    });
    expect(code).toHaveLength(SHARE_CODE_LENGTH);
    expect(code).toMatch(/^1[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatShareCode(code)).toMatch(/^.{4}-.{4}-.{5}$/);
    expect(formatShareCode(code).length).toBeLessThanOrEqual(16);
  });

  it('read back whatever the case, spaces, hyphens and O/I/L confusions', () => {
    const scores = { R: 0, I: 100, A: 55, S: 1, E: 99, C: 50 };
    const code = encodeShareCode({ scores, schoolLevel: null });
    const typed = ` ${formatShareCode(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l')} `;
    expect(decodeShareCode(typed)).toEqual({
      ok: true,
      result: { scores, schoolLevel: null },
      code,
    });
  });

  it('say what is wrong with a bad code', () => {
    expect(decodeShareCode('')).toEqual({ ok: false, error: 'empty' });
    expect(decodeShareCode('1234')).toEqual({ ok: false, error: 'length' });
    expect(decodeShareCode('1ABCD-EFGH-JKM!')).toEqual({ ok: false, error: 'characters' });
    const code = encodeShareCode({
      scores: { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 },
      schoolLevel: 1,
    });
    expect(decodeShareCode(`2${code.slice(1)}`)).toEqual({ ok: false, error: 'version' });
    expect(decodeShareCode(`${code.slice(0, 12)}${code[12] === '0' ? '1' : '0'}`)).toEqual({
      ok: false,
      error: 'checksum',
    });
  });

  it('refuse to encode scores out of range', () => {
    expect(() =>
      encodeShareCode({ scores: { R: 101, I: 0, A: 0, S: 0, E: 0, C: 0 }, schoolLevel: null }),
    ).toThrow(RangeError);
  });
});

describe('share codes: properties', () => {
  test.prop([result])('every valid result encodes and decodes to itself', (given) => {
    const code = encodeShareCode(given);
    expect(decodeShareCode(code)).toEqual({ ok: true, result: given, code });
    expect(decodeShareCode(formatShareCode(code))).toEqual({ ok: true, result: given, code });
  });

  test.prop([fc.string({ maxLength: 20 })], { numRuns: 10_000 })(
    'random strings never throw and never decode to a result other than the one they encode',
    (text) => {
      const decoded = decodeShareCode(text);
      if (decoded.ok) expect(encodeShareCode(decoded.result)).toBe(decoded.code);
    },
  );

  test.prop([fc.stringMatching(/^1[0-9A-HJKMNP-TV-Z]{12}$/)], { numRuns: 10_000 })(
    'random well-formed codes never throw and never decode to a wrong result',
    (text) => {
      const decoded = decodeShareCode(text);
      if (decoded.ok) expect(encodeShareCode(decoded.result)).toBe(text);
    },
  );

  test.prop([result, fc.nat({ max: SHARE_CODE_LENGTH - 1 }), fc.integer({ min: 1, max: 31 })])(
    'any single mistyped symbol is caught',
    (given, position, shift) => {
      const code = encodeShareCode(given);
      const wrong = ALPHABET[(ALPHABET.indexOf(code[position]!) + shift) % 32]!;
      const typo = code.slice(0, position) + wrong + code.slice(position + 1);
      expect(decodeShareCode(typo).ok).toBe(false);
    },
  );

  // Position 9 is the seam between payload and check symbols: a swap there is caught only with
  // probability 1 − 1/32749, so it is left out of this always-true property.
  test.prop([result, fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11)])(
    'any swap of two different neighbouring symbols is caught',
    (given, position) => {
      const code = encodeShareCode(given);
      fc.pre(code[position] !== code[position + 1]);
      const swapped =
        code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
      expect(decodeShareCode(swapped).ok).toBe(false);
    },
  );

  test.prop([
    result.chain((given) =>
      fc.tuple(
        fc.constant(given),
        digitsRewritten(formatShareCode(encodeShareCode(given))),
        dashLike,
        dashLike,
      ),
    ),
  ])(
    'a code written with Arabic-Indic digits and any dashes decodes to the same result',
    ([given, written, dash1, dash2]) => {
      const code = encodeShareCode(given);
      const [a, b, c] = written.split('-');
      expect(decodeShareCode(`${a}${dash1}${b}${dash2}${c}`)).toEqual({
        ok: true,
        result: given,
        code,
      });
    },
  );
});

describe('share codes as typed on an Arabic keyboard or pasted from a document', () => {
  it('read Arabic-Indic digits and en or em dashes', () => {
    expect(decodeShareCode('١٣٦٨–1C9T—Z٠٠NC')).toMatchObject({ ok: true, code: '13681C9TZ00NC' });
    expect(decodeShareCode('۱۳۶۸-1C9T-Z۰۰NC')).toMatchObject({ ok: true, code: '13681C9TZ00NC' });
    expect(decodeShareCode('\u200F1368\u20111C9T\u2212Z00NC')).toMatchObject({ ok: true });
  });
});
