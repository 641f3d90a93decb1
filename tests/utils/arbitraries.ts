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
