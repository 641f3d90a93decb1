import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CatalogueModule from '@/data/catalogue';
import type * as CatalogueText from '@/data/catalogue-text';
import programsJson from '@/data/programs.json';
import sectorsJson from '@/data/sectors.json';
import type * as SearchTexts from '@/data/search-texts';

// The tests' setup loads every language into the app's modules: these tests take fresh ones,
// as a page load finds them.
let catalogue: typeof CatalogueModule;
let text: typeof CatalogueText;
let searchTexts: typeof SearchTexts;

beforeEach(async () => {
  vi.resetModules();
  catalogue = await import('@/data/catalogue');
  text = await import('@/data/catalogue-text');
  searchTexts = await import('@/data/search-texts');
});

const digital = programsJson.find((program) => program.id === 'developpement-digital')!;
const tourism = sectorsJson.find((sector) => sector.id === 'tourism-hospitality')!;

describe('loading the catalogue’s text one language at a time', () => {
  it('holds no text before a language is loaded', () => {
    const program = catalogue.findProgram('developpement-digital')!;
    expect(program.officialName).toBe('Développement Digital');
    expect(program.name).toEqual({});
    expect(program.jobs[0]).toEqual({});
    expect(text.catalogueLanguages()).toEqual([]);
  });

  it('fills French strings, and leaves Arabic and English out', async () => {
    await text.loadCatalogueText('fr');
    const program = catalogue.findProgram('developpement-digital')!;
    expect(program.name).toEqual({ fr: digital.name.fr });
    expect(program.jobs).toEqual(digital.jobs.map((job) => ({ fr: job.fr })));
    expect(program.keywords).toEqual({ fr: digital.keywords!.fr });
    const sector = catalogue.findSector('tourism-hospitality')!;
    expect(sector.name).toEqual({ fr: tourism.name.fr });
    expect(sector.description).toEqual({ fr: tourism.description.fr });
    // The details wait for their own download: the lists and rankings paint without them.
    expect(program.description).toEqual({});
    expect(program.skills[0]).toEqual({});
    expect(sector.facts[0]?.text).toEqual({});
    await text.loadCatalogueDetails('fr');
    expect(program.description).toEqual({ fr: digital.description.fr });
    expect(program.skills).toEqual(digital.skills.map((skill) => ({ fr: skill.fr })));
    expect(sector.facts[0]?.text).toEqual({ fr: tourism.facts[0]?.text.fr });
    expect(program.name).toEqual({ fr: digital.name.fr });
    for (const entry of [...catalogue.programs, ...catalogue.sectors]) {
      expect(JSON.stringify(entry)).not.toMatch(/"(ar|en)":/);
    }
    expect(text.catalogueLanguages()).toEqual(['fr']);
  });

  it('adds a second language beside the first, once however often it is asked', async () => {
    await Promise.all([text.loadCatalogueText('fr'), text.loadCatalogueText('ar')]);
    await text.loadCatalogueText('ar');
    const program = catalogue.findProgram('developpement-digital')!;
    expect(program.name).toEqual({ fr: digital.name.fr, ar: digital.name.ar });
    expect(text.catalogueLanguages()).toEqual(['ar', 'fr']);
  });

  it('searches the loaded languages and the official name only', async () => {
    await text.loadCatalogueText('fr');
    const [searchable] = searchTexts.programSearchables(
      [catalogue.findProgram('developpement-digital')!],
      catalogue.sectors,
    );
    expect(searchable?.primary).toEqual([digital.name.fr, digital.officialName]);
    expect(searchable?.secondary).toEqual(digital.jobs.map((job) => job.fr));
    expect(searchable?.keywords).toEqual(digital.keywords!.fr);
    const sector = sectorsJson.find((entry) => entry.id === digital.sector)!;
    expect(searchable?.group).toEqual([sector.name.fr, ...sector.keywords.fr]);
  });
});
