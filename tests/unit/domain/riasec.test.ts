import { describe, expect, it } from 'vitest';
import { meanProfile, RIASEC_TYPES, type RiasecProfile } from '@/domain/riasec';

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
