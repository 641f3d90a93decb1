import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { distanceKm, isWithinKm, nearest, parseLatLon } from '@/domain/geo';
import { dashLike, digitsRewritten } from '../../utils/arbitraries';

// City coordinates from GeoNames (CC BY 4.0).
const RABAT = { lat: 34.01325, lon: -6.83255 };
const CASABLANCA = { lat: 33.58831, lon: -7.61138 };
const point = fc.record({
  lat: fc.double({ min: 20, max: 36, noNaN: true }),
  lon: fc.double({ min: -17.5, max: -1, noNaN: true }),
});
const places = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,5}$/),
    lat: fc.double({ min: 20, max: 36, noNaN: true }),
    lon: fc.double({ min: -17.5, max: -1, noNaN: true }),
  }),
  { selector: (p) => p.id, maxLength: 40 },
);

describe('distanceKm', () => {
  it('gives Rabat–Casablanca as about 87 km', () => {
    expect(Math.abs(distanceKm(RABAT, CASABLANCA) - 87)).toBeLessThanOrEqual(2);
  });

  test.prop([point, point])(
    'is symmetric, non-negative and zero only for the same point',
    (a, b) => {
      expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 9);
      expect(distanceKm(a, b)).toBeGreaterThanOrEqual(0);
      expect(distanceKm(a, a)).toBe(0);
    },
  );

  test.prop([point, point, point])('obeys the triangle inequality', (a, b, c) => {
    expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-6);
  });
});

describe('nearest', () => {
  test.prop([point, places, fc.nat({ max: 45 })])(
    'equals a brute-force sort of every point',
    (origin, list, count) => {
      const brute = list
        .map((item) => ({ item, distanceKm: distanceKm(origin, item) }))
        .sort((a, b) => a.distanceKm - b.distanceKm || a.item.id.localeCompare(b.item.id, 'en'))
        .slice(0, count);
      expect(nearest(origin, list, count).map((r) => r.item.id)).toEqual(
        brute.map((r) => r.item.id),
      );
    },
  );

  it('breaks ties by id', () => {
    const twins = [
      { id: 'b', ...CASABLANCA },
      { id: 'a', ...CASABLANCA },
    ];
    expect(nearest(RABAT, twins, 2).map((r) => r.item.id)).toEqual(['a', 'b']);
  });
});

describe('parseLatLon', () => {
  it('reads decimal degrees with or without spaces', () => {
    expect(parseLatLon('33.97,-6.85')).toEqual({ lat: 33.97, lon: -6.85 });
    expect(parseLatLon(' 29.74 , -7.97 ')).toEqual({ lat: 29.74, lon: -7.97 });
  });

  it('refuses anything else, without throwing', () => {
    for (const bad of [
      '',
      '33.97',
      '33.97,-6.85,1',
      'abc,def',
      '91,0',
      '0,181',
      '1e3,2',
      'NaN,1',
    ]) {
      expect(parseLatLon(bad)).toBeNull();
    }
  });

  it('reads Arabic-Indic digits, the Arabic decimal separator and the Arabic comma', () => {
    expect(parseLatLon('٣٣٫٩٧،-٦٫٨٥')).toEqual({ lat: 33.97, lon: -6.85 });
    expect(parseLatLon('۳۳٫۹۷٬ −۶٫۸۵')).toEqual({ lat: 33.97, lon: -6.85 });
    expect(parseLatLon('\u200F٣١٫٦٣, -٨')).toEqual({ lat: 31.63, lon: -8 });
  });

  const coordinate = (max: number) =>
    fc
      .tuple(fc.integer({ min: -max, max }), fc.option(fc.stringMatching(/^\d{1,6}$/)))
      .map(([whole, fraction]) => (fraction === null ? `${whole}` : `${whole}.${fraction}`))
      .filter((text) => Math.abs(Number(text)) <= max);

  test.prop([
    fc
      .tuple(coordinate(90), coordinate(180))
      .chain(([lat, lon]) =>
        fc.tuple(
          fc.constant(`${lat},${lon}`),
          digitsRewritten(`${lat},${lon}`),
          fc.constantFrom('.', '٫'),
          fc.constantFrom(',', '،', '٬', ', '),
          dashLike,
        ),
      ),
  ])(
    'reads the same position whatever the digits, separators and minus sign',
    ([text, written, decimal, separator, minus]) => {
      const expected = parseLatLon(text);
      expect(expected).not.toBeNull();
      const retyped = written.replace(/\./g, decimal).replace(',', separator).replace(/-/g, minus);
      expect(parseLatLon(retyped)).toEqual(expected);
    },
  );
});

describe('isWithinKm', () => {
  it('is true when a point lies within the distance, false for none or for an empty list', () => {
    expect(isWithinKm(RABAT, [CASABLANCA], 90)).toBe(true);
    expect(isWithinKm(RABAT, [CASABLANCA], 80)).toBe(false);
    expect(isWithinKm(RABAT, [], 1000)).toBe(false);
  });

  test.prop([point, places, fc.double({ min: 0, max: 3000, noNaN: true })])(
    'agrees with the nearest point',
    (origin, list, km) => {
      const [closest] = nearest(origin, list, 1);
      expect(isWithinKm(origin, list, km)).toBe(closest !== undefined && closest.distanceKm <= km);
    },
  );
});
