import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatRiasecList,
  meanProfile,
  parseRiasecList,
  parseScore,
  RIASEC_TYPES,
  type RiasecProfile,
} from '@/domain/riasec';
import { digitsRewritten, riasecProfile } from '../../utils/arbitraries';

const a: RiasecProfile = { R: 90, I: 60, A: 10, S: 20, E: 30, C: 70 };
const b: RiasecProfile = { R: 50, I: 80, A: 20, S: 10, E: 40, C: 95 };

describe('meanProfile', () => {
  it('averages type by type, to one decimal', () => {
    expect(meanProfile([a, b])).toEqual({ R: 70, I: 70, A: 15, S: 15, E: 35, C: 82.5 });
    expect(meanProfile([a, b, { R: 0, I: 0, A: 0, S: 0, E: 0, C: 0 }])).toEqual({
      R: 46.7,
      I: 46.7,
      A: 10,
      S: 10,
      E: 23.3,
      C: 55,
    });
  });

  it('returns a single profile unchanged and ignores order', () => {
    expect(meanProfile([a])).toEqual(a);
    expect(meanProfile([b, a])).toEqual(meanProfile([a, b]));
  });

  it('stays within the inputs for every type', () => {
    const mean = meanProfile([a, b]);
    for (const type of RIASEC_TYPES) {
      expect(mean[type]).toBeGreaterThanOrEqual(Math.min(a[type], b[type]));
      expect(mean[type]).toBeLessThanOrEqual(Math.max(a[type], b[type]));
    }
  });

  it('refuses an empty list', () => {
    expect(() => meanProfile([])).toThrow(RangeError);
  });
});

describe('parseScore and parseRiasecList', () => {
  it('read scores in Western, Arabic-Indic and Eastern Arabic-Indic digits', () => {
    expect(parseScore(' 85 ')).toBe(85);
    expect(parseScore('٥٠')).toBe(50);
    expect(parseScore('۱۰۰')).toBe(100);
    expect(parseRiasecList('٧٠,٢٠,١٠,٣٠,٤٠,٦٠')).toEqual({
      R: 70,
      I: 20,
      A: 10,
      S: 30,
      E: 40,
      C: 60,
    });
  });

  it('take the Arabic comma and the Arabic thousands separator as list separators', () => {
    const profile = { R: 70, I: 20, A: 10, S: 30, E: 40, C: 60 };
    expect(parseRiasecList('٧٠، ٢٠، ١٠، ٣٠، ٤٠، ٦٠')).toEqual(profile);
    expect(parseRiasecList('٧٠٬٢٠٬١٠٬٣٠٬٤٠٬٦٠')).toEqual(profile);
  });

  it('refuse anything but six whole numbers from 0 to 100', () => {
    for (const bad of [
      '',
      '70,20,10',
      '70,20,10,30,40,101',
      '70,20,abc,30,40,60',
      '٧٠٫٥,1,1,1,1,1',
    ])
      expect(parseRiasecList(bad)).toBeNull();
    for (const bad of ['', '101', '-1', '5.5', '١٠١', 'x']) expect(parseScore(bad)).toBeNull();
  });

  test.prop([
    riasecProfile.chain((profile) =>
      fc.tuple(fc.constant(profile), digitsRewritten(formatRiasecList(profile))),
    ),
  ])('read any list the same in any digits', ([profile, written]) => {
    expect(parseRiasecList(written)).toEqual(profile);
    expect(parseRiasecList(written.replace(/,/g, '، '))).toEqual(profile);
  });

  test.prop([
    fc
      .integer({ min: 0, max: 100 })
      .chain((n) => fc.tuple(fc.constant(n), digitsRewritten(String(n)))),
  ])('read any score the same in any digits', ([n, written]) => {
    expect(parseScore(written)).toBe(n);
  });
});
