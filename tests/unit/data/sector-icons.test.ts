// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SECTOR_ICON_IDS, sectorSchema } from '@/data/schemas';
import sectorsJson from '@/data/sectors.json';

const sector = sectorsJson[0]!;

function iconIssues(icon: unknown) {
  const result = sectorSchema.safeParse({ ...sector, icon });
  return result.success ? [] : result.error.issues;
}

describe("a sector's icon", () => {
  it('is accepted when it names a drawing', () => {
    for (const icon of SECTOR_ICON_IDS) expect(iconIssues(icon)).toEqual([]);
  });

  it('is refused when no drawing has that id, with a message that says what to give', () => {
    const [issue, ...others] = iconIssues('rocket');
    expect(others).toEqual([]);
    expect(issue?.path).toEqual(['icon']);
    expect(issue?.message).toMatch(
      /^"rocket" names no drawing: use one of laptop-code, service-bell, /,
    );
  });

  it('is refused when it is an emoji, as the dataset once had', () => {
    expect(iconIssues('💻').map((issue) => issue.path)).toEqual([['icon']]);
    expect(iconIssues('✈️')).toHaveLength(1);
  });

  it('is refused when missing or empty', () => {
    expect(iconIssues('')).toHaveLength(1);
    expect(iconIssues(undefined).map((issue) => issue.message)).toEqual([
      expect.stringMatching(/^missing: use one of laptop-code, /) as string,
    ]);
  });
});
