// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkDataset, errorsOnly, formatProblem, type RawDataset } from '@/data/check';
import { readDataset } from '../../../scripts/lib/dataset-files';

/** A fresh, mutable copy of the real dataset, read as the data scripts read it. */
function realDataset(): RawDataset {
  return readDataset().raw;
}

type Mutable = Record<string, unknown> & {
  id: string;
  name: Record<string, string>;
  riasec: Record<string, number>;
  occupations: string[];
  sector: string;
  parent: string | null;
  lat: number;
};

function messages(raw: RawDataset): string[] {
  return errorsOnly(checkDataset(raw).problems).map(formatProblem);
}

describe('the bundled dataset', () => {
  it('passes every check', () => {
    expect(messages(realDataset())).toEqual([]);
  });

  it('has the six priority sectors and at least 14 sectors', () => {
    const { dataset } = checkDataset(realDataset());
    expect(dataset.sectors.length).toBeGreaterThanOrEqual(14);
    expect(dataset.sectors.filter((s) => s.priority).map((s) => s.id)).toEqual([
      'digital-ai',
      'tourism-hospitality',
      'agri-food',
      'mechanical-engineering',
      'green-economy',
      'maritime-fishing',
    ]);
  });

  it('has the 12 CMCs, one per region', () => {
    const { dataset } = checkDataset(realDataset());
    expect(new Set(dataset.cmcs.map((c) => c.region)).size).toBe(12);
  });
});

describe('checkDataset finds', () => {
  const programs = (raw: RawDataset) => raw.programs as Mutable[];

  it('a duplicate id', () => {
    const raw = realDataset();
    programs(raw)[1]!.id = programs(raw)[0]!.id;
    expect(messages(raw).some((m) => m.includes('duplicate id'))).toBe(true);
  });

  it('a dangling reference to a sector', () => {
    const raw = realDataset();
    programs(raw)[0]!.sector = 'no-such-sector';
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('unknown sector "no-such-sector"'),
    );
  });

  it('a missing or empty translation', () => {
    const raw = realDataset();
    delete programs(raw)[0]!.name.ar;
    programs(raw)[1]!.name.fr = '  ';
    const found = messages(raw);
    expect(found.some((m) => m.includes('name.ar'))).toBe(true);
    expect(found.some((m) => m.includes('name.fr: empty text'))).toBe(true);
  });

  it('a vector outside 0–100', () => {
    const raw = realDataset();
    programs(raw)[0]!.riasec.R = 120;
    expect(messages(raw).some((m) => m.includes('riasec.R: above 100'))).toBe(true);
  });

  it('an occupation code absent from occupations.json', () => {
    const raw = realDataset();
    programs(raw)[0]!.occupations = ['99-9999.00'];
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('occupation 99-9999.00 is not in occupations.json'),
    );
  });

  it('a vector that is not the mean of its occupations', () => {
    const raw = realDataset();
    const program = programs(raw)[0]!;
    program.riasec.I = program.riasec.I! > 50 ? program.riasec.I! - 10 : program.riasec.I! + 10;
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('riasec is not the mean of its occupations'),
    );
  });

  it('coordinates outside Morocco', () => {
    const raw = realDataset();
    (raw.cmcs as Mutable[])[0]!.lat = 48.85;
    expect(messages(raw)).toContainEqual(expect.stringContaining('latitude outside Morocco'));
  });

  it('an option whose parent does not exist', () => {
    const raw = realDataset();
    const option = programs(raw).find((p) => p.parent !== null)!;
    option.parent = 'no-such-program';
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('unknown parent program "no-such-program"'),
    );
  });

  it('an unknown source', () => {
    const raw = realDataset();
    (programs(raw)[0]!.sources as string[]).push('no-such-source');
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('unknown source "no-such-source"'),
    );
  });

  it('a school level that opens a level it has not reached', () => {
    const raw = realDataset();
    const levels = raw.levels as { schoolLevels: { id: string; opensTo: string[] }[] };
    levels.schoolLevels.find((s) => s.id === 'college-1')!.opensTo.push('TS');
    expect(messages(raw)).toContainEqual(expect.stringContaining('opens TS, which needs bac'));
  });

  it('an unconfirmed level marked verified', () => {
    const raw = realDataset();
    const program = programs(raw)[0]!;
    program.levelConfirmed = false;
    program.status = 'verified';
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('a program whose level is not confirmed must be indicative'),
    );
  });

  it('an empty or repeated everyday word', () => {
    const raw = realDataset();
    const program = programs(raw).find((p) => p.id === 'developpement-digital')! as Mutable & {
      keywords: { ar: string[]; fr: string[]; en: string[] };
    };
    program.keywords.fr.push(' ');
    // The same word as the search compares it: accents and case aside.
    program.keywords.en.push('Cödíng');
    const sector = (raw.sectors as { id: string; keywords: { ar: string[] } }[])[0]!;
    sector.keywords.ar.push('المعلوميّات');
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^programs\.json, entry 1 \(developpement-digital\): keywords\.fr\.\d+: empty text$/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /\(developpement-digital\): keywords\.en\.\d+: "Cödíng" is listed twice$/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/\(digital-ai\): keywords\.ar\.\d+: "المعلوميّات" is listed twice$/),
    );
  });

  it('a list item holding the vertical bar that separates the items in the CSV files', () => {
    const raw = realDataset();
    // An item with a `|` would come back from an export and an import as two items.
    const center = (raw.centers as { services: Record<string, string>[] }[]).find(
      (c) => c.services.length > 0,
    )!;
    center.services[0]!.ar = '|NaN';
    const program = programs(raw)[0] as Mutable & { jobs: Record<string, string>[] };
    program.jobs[0]!.fr = 'Cuisinier | Chef de partie';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(/^centers\.json, .*: services\.0\.ar: a list item cannot hold "\|"/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^programs\.json, entry 1 .*: jobs\.0\.fr: a list item cannot hold "\|"/,
      ),
    );
  });

  it('everyday words given as three empty lists, which the CSV files cannot tell from none', () => {
    const raw = realDataset();
    programs(raw)[0]!.keywords = { ar: [], fr: [], en: [] };
    expect(messages(raw)).toContainEqual(
      expect.stringMatching(
        /^programs\.json, entry 1 .*: keywords: give at least one everyday word, or leave `keywords` out$/,
      ),
    );
  });

  it('a sector without its everyday words', () => {
    const raw = realDataset();
    const sectors = raw.sectors as { keywords?: { fr: string[] } }[];
    sectors[1]!.keywords!.fr = [];
    expect(messages(raw)).toContainEqual(
      'sectors.json, entry 2 (tourism-hospitality): keywords.fr: give at least one everyday word',
    );
    delete sectors[0]!.keywords;
    expect(messages(raw)).toContainEqual(
      expect.stringMatching(/^sectors\.json, entry 1 \(digital-ai\): keywords: /),
    );
  });
});

describe('checkDataset checks who runs a program and who publishes a source', () => {
  const programs = (raw: RawDataset) => raw.programs as Mutable[];
  type RawSource = { id: string; kind: string; operator?: string; publisher: string };
  const sources = (raw: RawDataset) => raw.sources as RawSource[];
  const program = (raw: RawDataset, id: string) => programs(raw).find((p) => p.id === id)!;

  it('finds a program without an operator, or with one outside the list', () => {
    const raw = realDataset();
    delete programs(raw)[0]!.operator;
    programs(raw)[1]!.operator = 'fisheries-ministry';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(/^programs\.json, entry 1 \(developpement-digital\): operator: /),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^programs\.json, entry 2 \([a-z-]+\): operator: /),
    );
  });

  it('finds a program outside OFPPT that cites only OFPPT’s own publications', () => {
    const raw = realDataset();
    program(raw, 'itpm-technicien-machine').sources = ['ofppt-season-2025-26', 'myway'];
    expect(messages(raw)).toContainEqual(
      expect.stringMatching(
        /\(itpm-technicien-machine\): is run by fisheries-department but cites only OFPPT's own publications$/,
      ),
    );
    // OFPPT's programs may cite OFPPT alone.
    program(raw, 'developpement-digital').sources = ['myway'];
    expect(messages(raw).filter((m) => m.includes('(developpement-digital)'))).toEqual([]);
  });

  it('finds a third-party source typed as the official publisher', () => {
    const raw = realDataset();
    const repository = sources(raw).find((s) => s.id === 'ista-db-dump')!;
    repository.publisher = 'OFPPT';
    const copy = sources(raw).find((s) => s.id === 'wiki-itsa-errachidia')!;
    copy.operator = 'agriculture-ministry';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(
        /^sources\.json, entry \d+ \(ista-db-dump\): a third-party source names the official publisher "OFPPT"$/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /\(wiki-itsa-errachidia\): a third-party source cannot be published by an operator$/,
      ),
    );
  });

  it('finds a source without a kind, or of an unknown kind', () => {
    const raw = realDataset();
    delete (sources(raw)[0] as Partial<RawSource>).kind;
    sources(raw)[1]!.kind = 'blog';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(/^sources\.json, entry 1 \([a-z0-9-]+\): kind: /),
    );
    expect(found).toContainEqual(
      expect.stringMatching(/^sources\.json, entry 2 \([a-z0-9-]+\): kind: /),
    );
  });

  it.each([['masari-compiled-notes'], ['ista-db-dump', 'fablab-cmc-bmk-form']])(
    'finds a verified program that no official or press source lists (%s)',
    (...sources) => {
      const raw = realDataset();
      const entry = program(raw, 'developpement-digital');
      entry.status = 'verified';
      entry.sources = sources;
      expect(messages(raw)).toContainEqual(
        expect.stringMatching(
          /\(developpement-digital\): is verified but no official or press source lists it: it must be indicative$/,
        ),
      );
    },
  );

  it('finds an OFPPT program that says how to apply outside the portal', () => {
    const raw = realDataset();
    program(raw, 'developpement-digital').admission = {
      ar: 'نص',
      fr: 'Texte',
      en: 'Text',
    };
    expect(messages(raw)).toContainEqual(
      expect.stringMatching(/\(developpement-digital\): an OFPPT program has no admission text/),
    );
  });

  it('finds an option whose level or operator differs from its parent’s', () => {
    const raw = realDataset();
    const option = program(raw, 'developpement-digital-web-full-stack');
    option.level = 'T';
    option.operator = 'federation-institute';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(
        /\(developpement-digital-web-full-stack\): level T differs from its parent's \(TS\)$/,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /\(developpement-digital-web-full-stack\): operator federation-institute differs from its parent's \(ofppt\)$/,
      ),
    );
  });
});

describe('the item bank', () => {
  it('is balanced: 10 items per type, 5 of them in the quick form', () => {
    const raw = realDataset();
    (raw.items as { type: string; quick: boolean }[])[0]!.quick = false;
    expect(messages(raw)).toContainEqual(expect.stringContaining('4 quick items of type R, not 5'));
  });

  it('keeps items short', () => {
    const raw = realDataset();
    (raw.items as { text: { en: string } }[])[3]!.text.en =
      'One two three four five six seven eight nine ten eleven twelve thirteen';
    expect(messages(raw)).toContainEqual(
      expect.stringContaining('en text has 13 words (at most 12)'),
    );
  });

  it('records why each item measures its type', () => {
    const raw = realDataset();
    const items = raw.items as { rationale?: string }[];
    delete items[0]!.rationale;
    items[1]!.rationale = '  ';
    const found = messages(raw);
    expect(found).toContainEqual(
      expect.stringMatching(/^items\.json, entry 1 \(r01\): rationale: /),
    );
    expect(found).toContainEqual('items.json, entry 2 (r02): rationale: empty text');
  });

  it('finds an item that names a sector, in any language and however it is spelled', () => {
    const raw = realDataset();
    const items = raw.items as { text: Record<'ar' | 'fr' | 'en', string> }[];
    // The sector's name with a preposition and the article joined to it, as Arabic writes it.
    items[0]!.text.ar = 'إصلاح الآلات بالفلاحة';
    items[1]!.text.fr = 'Travailler dans la sante';
    items[2]!.text.en = 'Install panels for the GREEN economy';
    const found = messages(raw);
    expect(found).toContainEqual(
      'items.json, entry 1 (r01): ar text names the sector "الفلاحة" (agriculture)',
    );
    expect(found).toContainEqual(
      'items.json, entry 2 (r02): fr text names the sector "Santé" (health)',
    );
    expect(found).toContainEqual(
      'items.json, entry 3 (r03): en text names the sector "Green economy" (green-economy)',
    );
    // Settings and everyday words are not sector names: the real items mention farms and fish.
    expect(found.filter((m) => m.includes('names the sector'))).toHaveLength(3);
  });
});

describe('every rule of the check fires on a record planted to break it', () => {
  type Entry = Record<string, unknown> & { id: string };
  type Levels = {
    levels: (Entry & { sources: string[] })[];
    schoolLevels: (Entry & { opensTo: string[] })[];
  };
  const list = (raw: RawDataset, file: 'programs' | 'sectors' | 'regions' | 'cmcs' | 'centers') =>
    raw[file] as Entry[];
  const entry = (raw: RawDataset, file: 'programs' | 'sectors', id: string) =>
    list(raw, file).find((e) => e.id === id)!;
  const levels = (raw: RawDataset) => raw.levels as Levels;
  const items = (raw: RawDataset) => raw.items as (Entry & { type: string })[];
  const season = (raw: RawDataset) => raw.season as { facts: { id: string; source: string }[] };
  /** Every problem, warnings included, as `npm run data:check` prints them. */
  const everything = (raw: RawDataset) => checkDataset(raw).problems.map(formatProblem);

  it.each<[string, (raw: RawDataset) => void, string | RegExp]>([
    // Identity
    [
      'a repeated code',
      (raw) => {
        const occupations = (raw.occupations as { occupations: { code: string }[] }).occupations;
        occupations[1]!.code = occupations[0]!.code;
      },
      /^occupations\.json, entry 2 \([\d.-]+\): duplicate code "[\d.-]+" \(also entry 1\)$/,
    ],
    [
      'a repeated season fact',
      (raw) => {
        season(raw).facts[1]!.id = season(raw).facts[0]!.id;
      },
      /^season\.json, entry 2 \([a-z-]+\): duplicate id "[a-z-]+" \(also entry 1\)$/,
    ],
    // Regions
    [
      'a missing region',
      (raw) => {
        list(raw, 'regions').pop();
      },
      'regions.json: expected the 12 regions, found 11',
    ],
    // Sectors
    [
      'a missing priority sector',
      (raw) => {
        raw.sectors = list(raw, 'sectors').filter((s) => s.id !== 'maritime-fishing');
      },
      'sectors.json (maritime-fishing): missing priority sector "maritime-fishing"',
    ],
    [
      'a priority sector not flagged',
      (raw) => {
        entry(raw, 'sectors', 'digital-ai').priority = false;
      },
      'sectors.json (digital-ai): must be a priority sector',
    ],
    [
      'another sector flagged as priority',
      (raw) => {
        entry(raw, 'sectors', 'agriculture').priority = true;
      },
      /^sectors\.json, entry \d+ \(agriculture\): is not one of the six priority fields$/,
    ],
    [
      'a sector fact citing an unknown source',
      (raw) => {
        (entry(raw, 'sectors', 'digital-ai').facts as { source: string }[])[0]!.source =
          'no-such-source';
      },
      'sectors.json, entry 1 (digital-ai): unknown source "no-such-source"',
    ],
    // Programs: references
    [
      'a program at a level the levels file lacks',
      (raw) => {
        levels(raw).levels = levels(raw).levels.filter((l) => l.id !== 'BP');
      },
      /^programs\.json, entry \d+ \(bac-pro-solaire-photovoltaique\): unknown level "BP"$/,
    ],
    [
      'an option whose parent is an option',
      (raw) => {
        entry(raw, 'programs', 'developpement-digital-applications-mobiles').parent =
          'developpement-digital-web-full-stack';
      },
      /\(developpement-digital-applications-mobiles\): parent "developpement-digital-web-full-stack" is itself an option$/,
    ],
    [
      'an unknown CMC',
      (raw) => {
        (entry(raw, 'programs', 'developpement-digital').where as { cmcs: string[] }).cmcs.push(
          'cmc-nowhere',
        );
      },
      'programs.json, entry 1 (developpement-digital): unknown CMC "cmc-nowhere"',
    ],
    [
      'a place in a region the regions file lacks',
      (raw) => {
        raw.regions = list(raw, 'regions').filter((r) => r.code !== '06');
      },
      /^programs\.json, entry \d+ \(industries-agroalimentaires\): unknown region "06"$/,
    ],
    [
      'an occupation listed twice',
      (raw) => {
        const program = entry(raw, 'programs', 'developpement-digital');
        const occupations = program.occupations as string[];
        program.occupations = [...occupations, occupations[0]!];
      },
      'programs.json, entry 1 (developpement-digital): lists an occupation twice',
    ],
    // Occupations
    [
      'an occupation that no program uses (a warning)',
      (raw) => {
        const occupations = (raw.occupations as { occupations: { code: string }[] }).occupations;
        occupations.push({ ...occupations[0]!, code: '99-9999.00' });
      },
      /^warning: occupations\.json, entry \d+ \(99-9999\.00\): is used by no program: remove it from the table$/,
    ],
    // Levels
    [
      'a level citing an unknown source',
      (raw) => {
        levels(raw).levels[0]!.sources.push('no-such-source');
      },
      'levels.json (S): unknown source "no-such-source"',
    ],
    [
      'a missing training level',
      (raw) => {
        levels(raw).levels = levels(raw).levels.filter((l) => l.id !== 'Q');
      },
      'levels.json (Q): missing level "Q"',
    ],
    [
      'a missing school level',
      (raw) => {
        levels(raw).schoolLevels = levels(raw).schoolLevels.filter((l) => l.id !== 'bac-1');
      },
      'levels.json (bac-1): missing school level "bac-1"',
    ],
    // CMCs and centers
    [
      'a CMC citing an unknown source',
      (raw) => {
        (list(raw, 'cmcs')[0]!.sources as string[]).push('no-such-source');
      },
      /^cmcs\.json, entry 1 \([a-z-]+\): unknown source "no-such-source"$/,
    ],
    [
      'a center citing an unknown source',
      (raw) => {
        (list(raw, 'centers')[0]!.sources as string[]).push('no-such-source');
      },
      /^centers\.json, entry 1 \([a-z-]+\): unknown source "no-such-source"$/,
    ],
    [
      'a center attached to an unknown CMC',
      (raw) => {
        list(raw, 'centers')[0]!.cmc = 'cmc-nowhere';
      },
      /^centers\.json, entry 1 \([a-z-]+\): unknown CMC "cmc-nowhere"$/,
    ],
    // Items
    [
      'a type with an item too few',
      (raw) => {
        raw.items = items(raw).filter((item) => item.id !== 'r10');
      },
      'items.json (R): 9 items of type R, not 10',
    ],
    [
      'an item whose id does not say its type',
      (raw) => {
        items(raw)[0]!.type = 'I';
      },
      'items.json, entry 1 (r01): id does not match type I',
    ],
    // Places
    [
      'a province seat missing',
      (raw) => {
        (raw.towns as { provinceSeat: boolean }[]).find((t) => t.provinceSeat)!.provinceSeat =
          false;
      },
      'towns.json: 74 province seats, not 75',
    ],
    [
      'a region outline missing',
      (raw) => {
        (raw['regions-map'] as { regions: unknown[] }).regions.pop();
      },
      'regions-map.json: 11 region outlines, not 12',
    ],
    // Season
    [
      'a season fact citing an unknown source',
      (raw) => {
        season(raw).facts[0]!.source = 'no-such-source';
      },
      'season.json: unknown source "no-such-source"',
    ],
  ])('%s', (_name, plant, expected) => {
    const raw = realDataset();
    expect(everything(raw)).not.toContainEqual(
      typeof expected === 'string' ? expected : expect.stringMatching(expected),
    );
    plant(raw);
    expect(everything(raw)).toContainEqual(
      typeof expected === 'string' ? expected : expect.stringMatching(expected),
    );
  });
});
