import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  embedSearch,
  type EmbedOptions,
  readAccent,
  readEmbedOptions,
  readOrigin,
  readSectorList,
} from '@/lib/embed/options';

const sectorId = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'));
const town = fc
  .string({ unit: fc.constantFrom(..."abcdefghij éèç-'&=#?+%,ابتثجحخدذرزسش"), maxLength: 80 })
  .map((name) => name.trim())
  .filter((name) => name.length > 0);
const origin = fc
  .record({
    scheme: fc.constantFrom('https', 'http'),
    host: fc.domain(),
    port: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: null }),
  })
  .map(({ scheme, host, port }) => new URL(`${scheme}://${host}${port ? `:${port}` : ''}`).origin);

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

const read = (query: string) => readEmbedOptions(`?embed=1&${query}`);

describe('readEmbedOptions and embedSearch', () => {
  test.prop([options])('read back what they write', (written) => {
    expect(readEmbedOptions(embedSearch(written))).toEqual(written);
  });

  it('write a query string in a stable order, leaving empty values out', () => {
    expect(
      embedSearch({
        lang: 'ar',
        sectors: ['digital-ai', 'agri-food'],
        town: 'Rabat',
        accent: '#0b6651',
        shareResult: true,
        host: 'https://school.ma',
      }),
    ).toBe(
      '?embed=1&lang=ar&sectors=digital-ai%2Cagri-food&town=Rabat&accent=%230b6651&share=1&host=https%3A%2F%2Fschool.ma',
    );
    expect(embedSearch({})).toBe('?embed=1');
    expect(embedSearch({ lang: null, sectors: [], town: '', shareResult: false })).toBe('?embed=1');
  });

  it('give null outside embed mode', () => {
    expect(readEmbedOptions('')).toBeNull();
    expect(readEmbedOptions('?lang=ar')).toBeNull();
    expect(readEmbedOptions('?embed=0&lang=ar')).toBeNull();
    expect(readEmbedOptions('?embed=true')).toBeNull();
    expect(readEmbedOptions('?embed=1')).toEqual({
      lang: null,
      sectors: [],
      town: null,
      accent: null,
      shareResult: false,
      host: null,
    });
  });

  it('drop an unknown language', () => {
    for (const lang of ['de', 'AR', 'ar-MA', ' fr', '']) {
      expect(read(`lang=${encodeURIComponent(lang)}`)?.lang).toBeNull();
    }
  });

  it('drop an accent that is not a hex colour, and write a good one as #rrggbb', () => {
    for (const accent of ['red', '#12', '#1234', '#12345g', 'javascript:alert(1)', '0b6651', '']) {
      expect(read(`accent=${encodeURIComponent(accent)}`)?.accent).toBeNull();
    }
    expect(read('accent=%23ABC')?.accent).toBe('#aabbcc');
    expect(readAccent(' #0B6651 ')).toBe('#0b6651');
  });

  it('drop a host that is not exactly an http(s) origin', () => {
    for (const host of [
      'https://school.ma/',
      'https://school.ma/page',
      'https://school.ma?x=1',
      'https://user@school.ma',
      'javascript:alert(1)',
      'data:text/html,hi',
      'file:///etc',
      'school.ma',
      'null',
      '',
    ]) {
      expect(read(`host=${encodeURIComponent(host)}`)?.host).toBeNull();
    }
    expect(read('host=https%3A%2F%2Fschool.ma%3A8443')?.host).toBe('https://school.ma:8443');
    expect(readOrigin('http://localhost:8080')).toBe('http://localhost:8080');
  });

  it('keep well-formed sector ids, without repeats, at most 20', () => {
    expect(read('sectors=digital-ai,Agri-Food, green-economy ,digital-ai')?.sectors).toEqual([
      'digital-ai',
      'agri-food',
      'green-economy',
    ]);
    expect(readSectorList('digital ai,agri_food,-x,x-,a--b,,')).toEqual([]);
    expect(readSectorList('a'.repeat(61))).toEqual([]);
    const many = Array.from({ length: 25 }, (_, index) => `sector-${index}`);
    expect(readSectorList(many.join(','))).toEqual(many.slice(0, 20));
  });

  it('keep a town of at most 80 characters', () => {
    expect(read(`town=${'a'.repeat(80)}`)?.town).toBe('a'.repeat(80));
    expect(read(`town=${'a'.repeat(81)}`)?.town).toBeNull();
    expect(read('town=%20%20')?.town).toBeNull();
    expect(read('town=%20Rabat%20')?.town).toBe('Rabat');
  });

  it('opt in to results only with share=1', () => {
    expect(read('share=1')?.shareResult).toBe(true);
    for (const share of ['0', 'true', 'yes', '']) {
      expect(read(`share=${share}`)?.shareResult).toBe(false);
    }
  });
});
