import { describe, expect, it, vi } from 'vitest';
import {
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
  return { core, texts };
}

describe('the catalogue split by language', () => {
  it('gives back programs.json and sectors.json exactly once the three texts are filled in', async () => {
    const { core, texts } = await servedModules();
    const places = collectSlots(core, isTextPlace);
    for (const lang of TEXT_LANGS) fillSlots(places, lang, texts[lang]);
    // Key for key, in the files' order.
    expect(JSON.stringify(core)).toBe(whole);
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

  it('serves each language as one flat array of that language’s strings, in the walk’s order', async () => {
    const { texts } = await servedModules();
    const leaves = collectSlots(data, isLocalizedLeaf);
    for (const lang of TEXT_LANGS) {
      expect(texts[lang]).toEqual(leaves.map((leaf) => leaf[lang]));
    }
    expect(texts.fr).toContain('Développement Digital');
    expect(texts.fr).not.toContain('Digital Development');
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
