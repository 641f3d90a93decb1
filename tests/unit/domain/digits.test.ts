import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  normalizeCodeText,
  normalizeNumberList,
  normalizeNumericText,
  toLatinDigits,
} from '@/domain/digits';
import { arabicIndic, easternArabicIndic } from '../../utils/arbitraries';

/** Every character one of the normalisers maps (digits, separators, dashes, direction marks). */
const MAPPED =
  /[\u0660-\u0669\u06F0-\u06F9\u066B\u060C\u066C\p{Pd}\u2212\u02D7\u2796\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/u;
const unmappedChar = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 1 })
  .filter((char) => !MAPPED.test(char));
/** Text mixing what the normalisers map with anything else. */
const mixedText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫،٬–—‑−-\u200F\u200E\u2066\u2069'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 30,
});

describe('toLatinDigits', () => {
  it('writes both Arabic-Indic digit sets as Western digits', () => {
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('الصفحة ٤ من ۶')).toBe('الصفحة 4 من 6');
  });

  test.prop([fc.nat()])('reads any number written in either set as the same number', (n) => {
    expect(toLatinDigits(arabicIndic(String(n)))).toBe(String(n));
    expect(toLatinDigits(easternArabicIndic(String(n)))).toBe(String(n));
  });

  test.prop([mixedText])('is idempotent, keeps the length and leaves no Indic digit', (text) => {
    const once = toLatinDigits(text);
    expect(toLatinDigits(once)).toBe(once);
    expect(once).toHaveLength(text.length);
    expect(once).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });
});

describe('normalizeNumericText, normalizeNumberList and normalizeCodeText', () => {
  it('map the Arabic decimal separator, minus signs and dashes, and drop direction marks', () => {
    expect(normalizeNumericText('\u200F٣٣٫٩٧')).toBe('33.97');
    expect(normalizeNumericText('−٦٫٨٥')).toBe('-6.85');
    expect(normalizeNumberList('٣٣٫٩٧، −٦٫٨٥')).toBe('33.97, -6.85');
    expect(normalizeNumberList('٧٠٬٢٠')).toBe('70,20');
    expect(normalizeCodeText('١٣٦٨–1C9T—Z00NC')).toBe('1368-1C9T-Z00NC');
    expect(normalizeCodeText('1368\u20111C9T\u2212Z00NC')).toBe('1368-1C9T-Z00NC');
  });

  it('leave commas alone where they are not list separators', () => {
    expect(normalizeNumericText('٧٠٬٢٠')).toBe('70٬20');
    expect(normalizeCodeText('٫،')).toBe('٫،');
  });

  test.prop([mixedText])('are idempotent', (text) => {
    for (const normalize of [normalizeNumericText, normalizeNumberList, normalizeCodeText]) {
      expect(normalize(normalize(text))).toBe(normalize(text));
    }
  });

  test.prop([fc.array(unmappedChar, { maxLength: 30 }).map((chars) => chars.join(''))])(
    'leave every other character as it is',
    (text) => {
      expect(toLatinDigits(text)).toBe(text);
      expect(normalizeNumericText(text)).toBe(text);
      expect(normalizeNumberList(text)).toBe(text);
      expect(normalizeCodeText(text)).toBe(text);
    },
  );
});
