import { describe, expect, it, vi } from 'vitest';
import {
  catalogueView,
  collectSlots,
  fillSlots,
  isLocalizedLeaf,
  isTextPlace,
  TEXT_LANGS,
  type Slot,
} from '@/data/catalogue-slots';
import programsJson from '@/data/programs.json';
import sectorsJson from '@/data/sectors.json';
import { splitCatalogue, type CatalogueData } from '../../../scripts/vite/catalogue-split';

// The files as maintainers edit them, read whole (a plain JSON import is not split).
const data: CatalogueData = { programs: programsJson, sectors: sectorsJson };
const whole = JSON.stringify(data);

/** Every object of a value, at any depth. */
function objectsIn(value: unknown, found: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    found.push(value as Slot);
    Object.values(value).forEach((item) => objectsIn(item, found));
  }
  return found;
}

/**
 * The modules the app imports, as the build's plugin serves them, evaluated afresh: the app's own
 * instances have the text of every language written in by the tests' setup.
 */
async function servedModules() {
  vi.resetModules();
  const core = (await import('virtual:catalogue/core')).default;
  const texts = {
    ar: (await import('virtual:catalogue/text/ar')).default,
    fr: (await import('virtual:catalogue/text/fr')).default,
    en: (await import('virtual:catalogue/text/en')).default,
  };
  const details = {
    ar: (await import('virtual:catalogue/details/ar')).default,
    fr: (await import('virtual:catalogue/details/fr')).default,
    en: (await import('virtual:catalogue/details/en')).default,
  };
  return { core, texts, details };
}

/** The places of one part of the text in a core, as the app takes them. */
const placesOf = (core: CatalogueData, part: 'brief' | 'details') =>
  collectSlots(catalogueView(core, part), isTextPlace);

describe('the catalogue split by language', () => {
  it('gives back programs.json and sectors.json exactly once the three texts are filled in', async () => {
    const { core, texts, details } = await servedModules();
    const brief = placesOf(core, 'brief');
    const detailed = placesOf(core, 'details');
    for (const lang of TEXT_LANGS) {
      fillSlots(brief, lang, texts[lang]);
      fillSlots(detailed, lang, details[lang]);
    }
    // Key for key, in the files' order.
    expect(JSON.stringify(core)).toBe(whole);
  });

  it('puts every text in exactly one part: the details are the descriptions, skills and facts', async () => {
    const { core } = await servedModules();
    const brief = placesOf(core, 'brief');
    const detailed = placesOf(core, 'details');
    expect(new Set([...brief, ...detailed]).size).toBe(brief.length + detailed.length);
    expect(brief.length + detailed.length).toBe(collectSlots(core, isTextPlace).length);
    const program = (core.programs as { description: Slot; skills: Slot[]; name: Slot }[])[0]!;
    expect(detailed).toContain(program.description);
    expect(detailed).toContain(program.skills[0]);
    expect(brief).toContain(program.name);
    const sector = (core.sectors as { facts: { text: Slot }[]; description: Slot }[])[0]!;
    expect(detailed).toContain(sector.facts[0]!.text);
    expect(brief).toContain(sector.description);
  });

  it('holds no localized string in the core: each text is an empty place', async () => {
    const { core } = await servedModules();
    const objects = objectsIn(core);
    expect(objects.filter((object) => TEXT_LANGS.some((lang) => lang in object))).toEqual([]);
    expect(collectSlots(core, isLocalizedLeaf)).toEqual([]);
    // Arabic is written only in the texts.
    expect(JSON.stringify(core)).not.toMatch(/[\u0600-\u06ff]/);
    // Every place of a text is there: one per localized leaf of the files.
    expect(collectSlots(core, isTextPlace)).toHaveLength(
      collectSlots(data, isLocalizedLeaf).length,
    );
  });

  it('serves each language as two flat arrays of that language’s strings, in the walk’s order', async () => {
    const { texts, details } = await servedModules();
    const brief = collectSlots(catalogueView(data, 'brief'), isLocalizedLeaf);
    const detailed = collectSlots(catalogueView(data, 'details'), isLocalizedLeaf);
    for (const lang of TEXT_LANGS) {
      expect(texts[lang]).toEqual(brief.map((leaf) => leaf[lang]));
      expect(details[lang]).toEqual(detailed.map((leaf) => leaf[lang]));
    }
    expect(texts.fr).toContain('Développement Digital');
    expect(texts.fr).not.toContain('Digital Development');
    const digital = programsJson.find((program) => program.id === 'developpement-digital')!;
    expect(details.fr).toContain(digital.description.fr);
    expect(texts.fr).not.toContain(digital.description.fr);
  });

  it('fills one language without a trace of the others', () => {
    const { core, texts } = splitCatalogue(data);
    const places = collectSlots(core, isTextPlace);
    fillSlots(places, 'fr', texts.fr);
    expect(places.every((place) => Object.keys(place).join() === 'fr')).toBe(true);
    expect(JSON.stringify(core)).not.toMatch(/[\u0600-\u06ff]/);
  });

  it('leaves the data it splits as it was', () => {
    splitCatalogue(data);
    expect(JSON.stringify(data)).toBe(whole);
  });

  it('refuses data with an empty object, which would be taken for a text’s place', () => {
    expect(() =>
      splitCatalogue({
        programs: [{ id: 'x', name: { ar: 'أ', fr: 'a', en: 'a' }, where: {} }],
        sectors: [],
      }),
    ).toThrow(/empty object/);
  });

  it('refuses a text that was not made from the same core', () => {
    const { core, texts } = splitCatalogue(data);
    const places = collectSlots(core, isTextPlace);
    expect(() => fillSlots(places, 'en', texts.en.slice(1))).toThrow(/entries for/);
  });
});
