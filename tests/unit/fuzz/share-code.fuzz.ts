import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RIASEC_TYPES } from '@/domain/riasec';
import {
  decodeShareCode,
  encodeShareCode,
  formatShareCode,
  type DecodeError,
  type SharedResult,
} from '@/domain/share-code';
import { arabicIndic, easternArabicIndic, riasecProfile } from '../../utils/arbitraries';
import { fuzzText, hostileUnit } from './inputs';
import { FUZZ } from './runs';

// `decodeShareCode` (src/domain/share-code.ts): what a user types in the code field, and the
// `code=` parameter of a result link.

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ERRORS: readonly DecodeError[] = [
  'empty',
  'length',
  'characters',
  'version',
  'checksum',
  'range',
];

const result: fc.Arbitrary<SharedResult> = fc.record({
  scores: riasecProfile,
  schoolLevel: fc.option(fc.integer({ min: 1, max: 15 }), { nil: null }),
});
const code = result.map(encodeShareCode);

/** The check symbols of a code, worked out here from the layout's definition. */
function expectedCheck(symbols: string): string {
  let sum = 0;
  [...symbols.slice(0, 10)].forEach((symbol, i) => {
    sum = (sum + ALPHABET.indexOf(symbol) * (i + 1)) % 32749;
  });
  return [1024, 32, 1].map((weight) => ALPHABET[Math.floor(sum / weight) % 32]).join('');
}

/** Ways people write a code: grouped or not, any case, O/I/L, Arabic digits, dashes, blanks. */
const written = fc
  .tuple(
    result,
    fc.boolean(),
    fc.constantFrom('upper', 'lower'),
    fc.boolean(),
    fc.constantFrom('western', 'arabic', 'eastern'),
    fc.constantFrom('-', '–', '—', '\u2212', ' ', '  ', '\u00a0', ''),
    fc.constantFrom('', ' ', '\t', '\u200f', '\u200e', '\n'),
  )
  .map(([given, grouped, letterCase, confusable, digits, dash, edge]) => {
    const bare = encodeShareCode(given);
    let text = grouped ? formatShareCode(bare).replace(/-/g, dash) : bare;
    if (confusable) text = text.replace(/0/g, 'O').replace(/1/g, 'l');
    text = letterCase === 'lower' ? text.toLowerCase() : text;
    if (digits === 'arabic') text = arabicIndic(text);
    if (digits === 'eastern') text = easternArabicIndic(text);
    return { given, bare, text: `${edge}${text}${edge}` };
  });

/**
 * Text to decode: hostile text, near-valid codes (grouped or bare), random well-formed symbols,
 * and valid codes with one symbol changed, to reach the version, checksum and range checks.
 */
const input = fc.oneof(
  { weight: 4, arbitrary: fuzzText(fc.oneof(code, code.map(formatShareCode))) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(code, fc.nat({ max: 12 }), fc.constantFrom(...ALPHABET), hostileUnit)
      .map(([bare, at, symbol, noise]) =>
        at % 3 === 0
          ? bare.slice(0, at) + noise + bare.slice(at + 1)
          : bare.slice(0, at) + symbol + bare.slice(at + 1),
      ),
  },
  { weight: 1, arbitrary: fc.stringMatching(/^1[0-9A-HJKMNP-TV-Z]{12}$/) },
);

/** What is wrong with a decoded result, checked from the layout's definition. */
function resultProblems(code: string, { scores, schoolLevel }: SharedResult): string[] {
  const problems: string[] = [];
  if (!/^1[0-9A-HJKMNP-TV-Z]{12}$/.test(code)) problems.push(`code ${code}`);
  if (code.slice(10) !== expectedCheck(code)) problems.push('check symbols');
  if (Object.keys(scores).sort().join('') !== [...RIASEC_TYPES].sort().join(''))
    problems.push('types');
  for (const type of RIASEC_TYPES)
    if (!(Number.isInteger(scores[type]) && scores[type] >= 0 && scores[type] <= 100))
      problems.push(`${type}: ${scores[type]}`);
  if (
    schoolLevel !== null &&
    !(Number.isInteger(schoolLevel) && schoolLevel >= 1 && schoolLevel <= 15)
  )
    problems.push(`level ${schoolLevel}`);
  return problems;
}

describe('share codes under fuzzing', () => {
  test.prop([input], FUZZ)(
    'total and sound: any text gives one of the documented errors, or six scores 0–100 and a level 1–15 or none',
    (text) => {
      const decoded = decodeShareCode(text);
      const problems = decoded.ok
        ? resultProblems(decoded.code, decoded.result)
        : ERRORS.includes(decoded.error)
          ? []
          : [`error ${String(decoded.error)}`];
      // What was accepted is what the code carries: encoding it again gives the same code.
      if (decoded.ok && problems.length === 0 && encodeShareCode(decoded.result) !== decoded.code)
        problems.push('payload');
      expect(problems).toEqual([]);
    },
  );

  test.prop([written], FUZZ)(
    'round trip: every result, encoded, written in any accepted way and carried by a link, decodes to itself',
    ({ given, bare, text }) => {
      const link = `https://masari.ma/#/results?${new URLSearchParams({ code: text }).toString()}`;
      const param = new URLSearchParams(link.slice(link.indexOf('?'))).get('code') ?? '';
      const decoded = { ok: true, result: given, code: bare };
      expect([decodeShareCode(text), decodeShareCode(param)]).toEqual([decoded, decoded]);
    },
  );
});
