import { describe, expect, it } from 'vitest';
import programsJson from '@/data/programs.json';
import sectorsJson from '@/data/sectors.json';
import { rankPrograms, rankSectors, type RankableProgram } from '@/domain/matching';
import type { RiasecProfile } from '@/domain/riasec';

const programs = programsJson as unknown as RankableProgram[];
const sectorIds = sectorsJson.map((sector) => sector.id);

describe('rankings on the bundled dataset follow the profile', () => {
  it('puts digital-ai first for a strongly Investigative + Conventional profile', () => {
    const ic: RiasecProfile = { R: 20, I: 90, A: 15, S: 20, E: 20, C: 85 };
    expect(rankSectors(ic, sectorIds, programs)[0]?.id).toBe('digital-ai');
    expect(rankPrograms(ic, programs)[0]?.id).toBe('intelligence-artificielle');
  });

  it('puts a mechanical or industrial sector in the top three for Realistic + Conventional', () => {
    const rc: RiasecProfile = { R: 90, I: 30, A: 10, S: 15, E: 20, C: 85 };
    const top3 = rankSectors(rc, sectorIds, programs)
      .slice(0, 3)
      .map((s) => s.id);
    expect(top3).toContain('mechanical-engineering');
  });

  it('puts social and personal services first for a strongly Social profile', () => {
    const s: RiasecProfile = { R: 10, I: 30, A: 40, S: 95, E: 50, C: 30 };
    expect(rankSectors(s, sectorIds, programs)[0]?.id).toBe('personal-services');
  });

  it('only ranks programs open to the user when asked', () => {
    const ic: RiasecProfile = { R: 20, I: 90, A: 15, S: 20, E: 20, C: 85 };
    const ranked = rankPrograms(ic, programs, { eligibleLevels: ['S', 'Q'] });
    const levelOf = new Map(programs.map((p) => [p.id, p.level]));
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => ['S', 'Q'].includes(levelOf.get(r.id)!))).toBe(true);
  });
});
