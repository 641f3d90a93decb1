import { describe, expect, it } from 'vitest';
import { formatNumber } from '@/lib/format';

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
