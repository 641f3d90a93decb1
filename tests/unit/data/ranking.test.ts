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

describe('the worked example of docs/scoring.md', () => {
  it('gives the documented scores, code, fit and drivers', async () => {
    const { items } = await import('@/data/items');
    const { scoreAnswers } = await import('@/domain/scoring');
    const { readProfile } = await import('@/domain/reading');
    const { PRECISION } = await import('@/domain/precision');
    const { shapeFit, explainMatch } = await import('@/domain/matching');
    const ratings = {
      R: [2, 1, 2, 3, 2],
      I: [5, 4, 5, 4, 5],
      A: [1, 2, 1, 1, 2],
      S: [2, 3, 2, 2, 1],
      E: [2, 2, 1, 3, 2],
      C: [4, 5, 4, 4, 3],
    } as const;
    const quick = items.filter((item) => item.quick);
    const answers = Object.fromEntries(
      quick.map((item) => [
        item.id,
        ratings[item.type][quick.filter((i) => i.type === item.type).indexOf(item)],
      ]),
    );
    const profile = scoreAnswers(quick, answers as never);
    expect(profile).toEqual({ R: 25, I: 90, A: 10, S: 25, E: 25, C: 75 });
    // I leads C by 15 points: a tie within the quick form's error, an order beyond it. R, S and
    // E (25) are not reliably above A (10): they are not in the code.
    const reading = readProfile(profile, PRECISION.quick);
    expect(reading.code).toEqual(PRECISION.quick.reliableGap > 15 ? [['I', 'C']] : [['I'], ['C']]);
    expect(reading.consistency).toBe('medium');
    expect(reading.notice).toBeNull();
    const ai = programs.find((p) => p.id === 'intelligence-artificielle')!;
    expect(ai.riasec).toEqual({ R: 33.3, I: 87.4, A: 16.9, S: 13.1, E: 14.1, C: 78.3 });
    expect(shapeFit(profile, ai.riasec)).toBe(98);
    expect(explainMatch(profile, ai.riasec)).toEqual(['I', 'C']);
  });
});
