import { describe, expect, it } from 'vitest';
import {
  langFromHash,
  langFromSearch,
  matchBrowserLanguage,
  resolveLanguage,
} from '@/lib/i18n/detect';

describe('langFromHash', () => {
  it('reads lang from the query of a hash route', () => {
    expect(langFromHash('#/results?riasec=70,20,10,30,40,60&lang=ar')).toBe('ar');
    expect(langFromHash('#/?lang=fr')).toBe('fr');
  });

  it('ignores a missing, unknown or differently cased value', () => {
    expect(langFromHash('#/results')).toBeNull();
    expect(langFromHash('#/?lang=de')).toBeNull();
    expect(langFromHash('#/?lang=AR')).toBeNull();
    expect(langFromHash('')).toBeNull();
    expect(langFromSearch('?lang=')).toBeNull();
  });
});

describe('matchBrowserLanguage', () => {
  it('matches on the primary subtag, in the order of preference', () => {
    expect(matchBrowserLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(matchBrowserLanguage(['ar-MA'])).toBe('ar');
    expect(matchBrowserLanguage(['de-DE', 'EN-gb'])).toBe('en');
  });

  it('gives null when no preferred language is supported', () => {
    expect(matchBrowserLanguage(['de', 'es-ES'])).toBeNull();
    expect(matchBrowserLanguage([])).toBeNull();
  });
});

describe('resolveLanguage', () => {
  it('prefers the link, then the saved choice, then the browser, then Arabic', () => {
    const browserLangs = ['en-GB'];
    expect(resolveLanguage({ queryLang: 'fr', savedLang: 'en', browserLangs })).toBe('fr');
    expect(resolveLanguage({ queryLang: null, savedLang: 'ar', browserLangs })).toBe('ar');
    expect(resolveLanguage({ queryLang: null, savedLang: null, browserLangs })).toBe('en');
    expect(resolveLanguage({ queryLang: null, savedLang: null, browserLangs: ['de'] })).toBe('ar');
  });
});
