import { describe, expect, it } from 'vitest';
import { formatDate, formatDistance, formatList, formatNumber } from '@/lib/format';

describe('formatNumber', () => {
  it('writes Western digits in Arabic, as Moroccan usage does', () => {
    expect(formatNumber(418285, 'ar')).toMatch(/^418.285$/);
    expect(formatNumber(418285, 'ar')).not.toMatch(/[٠-٩]/);
  });

  it('groups thousands as each language does', () => {
    expect(formatNumber(418285, 'en')).toBe('418,285');
    expect(formatNumber(418285, 'fr')).toMatch(/^418.285$/);
  });

  it('passes Intl options through', () => {
    expect(formatNumber(3.82, 'en', { style: 'percent' })).toBe('382%');
  });
});

describe('formatList and formatDate', () => {
  it('join lists the way each language does', () => {
    expect(formatList(['Tata', 'Taounate', 'Tahannaout'], 'en')).toBe(
      'Tata, Taounate and Tahannaout',
    );
    expect(formatList(['Tata', 'Taounate', 'Tahannaout'], 'fr')).toBe(
      'Tata, Taounate et Tahannaout',
    );
    expect(formatList(['طاطا', 'تاونات'], 'ar')).toBe('طاطا وتاونات');
  });

  it('write dates with Western digits in Arabic', () => {
    const date = new Date(Date.UTC(2026, 10, 29, 12));
    expect(formatDate(date, 'fr')).toBe('29 novembre 2026');
    expect(formatDate(date, 'ar')).toMatch(/29/);
  });
});

describe('formatDistance', () => {
  // Intl writes a narrow no-break space between number and unit in some languages: compare words.
  const words = (text: string) => text.replace(/[\s\u00A0\u202F]+/g, ' ');

  it.each([
    ['fr', 1582, '1582 km'],
    ['fr', 999, '999 km'],
    ['fr', 12_345, '12.345 km'],
    ['fr', 0.4, '0,4 km'],
    ['en', 1582, '1582 km'],
    ['en', 999, '999 km'],
    ['en', 12_345, '12,345 km'],
    ['en', 0.4, '0.4 km'],
    ['ar', 1582, '1582 كم'],
    ['ar', 999, '999 كم'],
    ['ar', 12_345, '12.345 كم'],
    ['ar', 0.4, '0,4 كم'],
  ] as const)('in %s, %d km is written “%s”', (lang, km, expected) => {
    expect(words(formatDistance(km, lang))).toBe(expected);
  });

  it('never writes a distance under 10,000 km with a separator that reads as a decimal', () => {
    for (const lang of ['ar', 'fr', 'en'] as const) {
      for (const km of [1000, 1582.4, 4321, 9999]) {
        expect(formatDistance(km, lang)).toMatch(/^\d+[\s\u00A0\u202F]/);
      }
      expect(formatDistance(87.6, lang)).toMatch(/^88[\s\u00A0\u202F]/);
    }
  });
});
