import { describe, expect, it } from 'vitest';
import { formatDate, formatList, formatNumber } from '@/lib/format';

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
