import { fc } from '@fast-check/vitest';
import type { RiasecProfile } from '@/domain/riasec';

/** Any profile of six integer scores 0–100, as the scorer and the share codes produce. */
export const riasecProfile: fc.Arbitrary<RiasecProfile> = fc.record({
  R: fc.integer({ min: 0, max: 100 }),
  I: fc.integer({ min: 0, max: 100 }),
  A: fc.integer({ min: 0, max: 100 }),
  S: fc.integer({ min: 0, max: 100 }),
  E: fc.integer({ min: 0, max: 100 }),
  C: fc.integer({ min: 0, max: 100 }),
});

/** Western digits of a text rewritten as Arabic-Indic digits (٠–٩, U+0660–0669). */
export const arabicIndic = (text: string): string =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x0660 + Number(digit)));

/** Western digits of a text rewritten as Eastern Arabic-Indic digits (۰–۹, U+06F0–06F9). */
export const easternArabicIndic = (text: string): string =>
  text.replace(/[0-9]/g, (digit) => String.fromCharCode(0x06f0 + Number(digit)));

/** Each Western digit of a text kept or rewritten in one of the two Arabic-Indic sets, mixed. */
export const digitsRewritten = (text: string): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(0, 0x0660, 0x06f0), { minLength: text.length, maxLength: text.length })
    .map((bases) =>
      [...text]
        .map((char, i) =>
          /[0-9]/.test(char) && bases[i] ? String.fromCharCode(bases[i] + Number(char)) : char,
        )
        .join(''),
    );

/** Characters people type for a hyphen: en and em dashes, non-breaking hyphen, minus sign… */
export const dashLike = fc.constantFrom('-', '–', '—', '\u2011', '\u2010', '\u2212', '\u2012');
