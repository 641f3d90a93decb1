import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { programs } from '@/data/catalogue';
import { normalizeSearchText } from '@/domain/search';
import { createSearchIndex, search, searchTerms, type Searchable } from '@/domain/search-index';

describe('normalizeSearchText: golden cases', () => {
  it.each([
    // Latin: case, accents, ligatures, punctuation.
    ['Développement', 'developpement'],
    ['DÉVELOPPEMENT', 'developpement'],
    ['Hôtellerie', 'hotellerie'],
    ['Pâtisserie & Chocolaterie', 'patisserie chocolaterie'],
    ['Maître d’œuvre', 'maitre d oeuvre'],
    ['Électromécanique', 'electromecanique'],
    ["Développeur d'applications", 'developpeur d applications'],
    ['Web Full-Stack', 'web full stack'],
    ['  cuisine   marocaine  ', 'cuisine marocaine'],
    // Arabic: harakat, shadda, sukun, tanwin, dagger alef, tatweel.
    ['تِقْنِيّ', 'تقني'],
    ['تـقـنـي', 'تقني'],
    ['مُطَوِّرُ', 'مطور'],
    ['برنامجًا', 'برنامجا'],
    ['هٰذا', 'هذا'],
    // Arabic: hamza and alef variants, taa marbuta, alef maqsura.
    ['أحمد', 'احمد'],
    ['إدارة', 'اداره'],
    ['آلة', 'اله'],
    ['ٱلمدرسة', 'المدرسه'],
    ['مستشفى', 'مستشفي'],
    ['مسؤول', 'مسوول'],
    ['بيئة', 'بييه'],
    // Digits, Persian letters typed on phones, presentation forms, invisible marks.
    ['٢٠٢٥', '2025'],
    ['کتاب فارسی', 'كتاب فارسي'],
    ['ﻷ', 'لا'],
    ['تق\u200cني', 'تقني'],
    ['Dé\u00ADve\u00ADlop\u00ADpe\u00ADment', 'developpement'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSearchText(input)).toBe(expected);
  });

  it('gives one form for the spellings of a word in both scripts', () => {
    const forms = ['التقنية', 'التِّقْنِيَّة', 'التـقـنـيـة', 'التقنيه'];
    expect(new Set(forms.map(normalizeSearchText))).toEqual(new Set(['التقنيه']));
    const french = ['Développement', 'developpement', 'DEVELOPPEMENT', 'Développement'];
    expect(new Set(french.map(normalizeSearchText))).toEqual(new Set(['developpement']));
  });
});

describe('normalizeSearchText: properties', () => {
  test.prop([fc.string({ unit: 'binary' })])('is idempotent', (text) => {
    const once = normalizeSearchText(text);
    expect(normalizeSearchText(once)).toBe(once);
  });

  test.prop([fc.string({ unit: 'binary' })])(
    'keeps only letters and digits, with single inner spaces',
    (text) => {
      expect(normalizeSearchText(text)).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
    },
  );

  const arabicLetter = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي');
  const mark = fc.constantFrom('\u064B', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', 'ـ');
  test.prop([fc.array(fc.tuple(arabicLetter, fc.array(mark, { maxLength: 2 })), { minLength: 1 })])(
    'ignores Arabic vowel marks and tatweel wherever they fall',
    (letters) => {
      const bare = letters.map(([letter]) => letter).join('');
      const marked = letters.map(([letter, marks]) => letter + marks.join('')).join('');
      expect(normalizeSearchText(marked)).toBe(normalizeSearchText(bare));
    },
  );

  test.prop([fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ') })])(
    'ignores case in Latin text',
    (text) => {
      expect(normalizeSearchText(text.toUpperCase())).toBe(normalizeSearchText(text));
    },
  );
});

describe('searchTerms', () => {
  it('splits a query into distinct normalized words', () => {
    expect(searchTerms('  Cuisine  MAROCAINE cuisine ')).toEqual(['cuisine', 'marocaine']);
  });

  it('drops the one-letter words of French elisions when longer words remain', () => {
    expect(searchTerms("l'hôtellerie")).toEqual(['hotellerie']);
    expect(searchTerms("d'")).toEqual(['d']);
  });

  it('drops words that say nothing about a program when other words remain', () => {
    expect(searchTerms('Technicien de maintenance')).toEqual(['technicien', 'maintenance']);
    expect(searchTerms('Hotel and catering')).toEqual(['hotel', 'catering']);
    expect(searchTerms('تقني في الشبكات')).toEqual(['تقني', 'الشبكات']);
    expect(searchTerms('de')).toEqual(['de']);
  });

  it('is empty for a blank query', () => {
    expect(searchTerms('  ،.; ')).toEqual([]);
  });
});

describe('search on a small index', () => {
  const items: Searchable[] = [
    { id: 'a', primary: ['Arts culinaires'], secondary: ['Commis de cuisine', 'Cuisinier'] },
    { id: 'b', primary: ['Cuisine marocaine'], secondary: ['Chef'] },
    { id: 'c', primary: ['Génie civil'], secondary: ['Chef de chantier'] },
    { id: 'd', primary: ['Maintenance'], secondary: ['Technicien'] },
  ];
  const index = createSearchIndex(items);

  it('returns every item in order for a blank query', () => {
    expect(search(index, '')).toEqual(['a', 'b', 'c', 'd']);
    expect(search(index, '   ')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks a match in a name above a match in a job', () => {
    expect(search(index, 'cuisine')).toEqual(['b', 'a']);
  });

  it('requires every word to match', () => {
    expect(search(index, 'chef chantier')).toEqual(['c']);
    expect(search(index, 'cuisine chantier')).toEqual([]);
  });

  it('keeps the index order between equally relevant items', () => {
    expect(search(index, 'chef')).toEqual(['b', 'c']);
  });

  it('finds nothing for a word that is nowhere', () => {
    expect(search(index, 'aéronautique')).toEqual([]);
  });

  test.prop([fc.string({ maxLength: 12 })])('returns only ids of the index, once each', (query) => {
    const ids = search(index, query);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => items.some((item) => item.id === id))).toBe(true);
  });
});

describe('search on the real programs', () => {
  const index = createSearchIndex(
    programs.map((program) => ({
      id: program.id,
      primary: [program.name.ar, program.name.fr, program.name.en, program.officialName],
      secondary: program.jobs.flatMap((job) => [job.ar, job.fr, job.en]),
    })),
  );
  const texts = (id: string) => {
    const program = programs.find((p) => p.id === id)!;
    return [
      ...Object.values(program.name),
      program.officialName,
      ...program.jobs.flatMap((job) => Object.values(job)),
    ].map(normalizeSearchText);
  };

  it('"تقني" finds the technical programs, by name first, then by the technician jobs', () => {
    const ids = search(index, 'تقني');
    // Every program with the word in its Arabic name comes before those found by a job alone.
    const byName = ids.filter((id) =>
      normalizeSearchText(programs.find((p) => p.id === id)!.name.ar).includes('تقني'),
    );
    expect(byName).toEqual(
      expect.arrayContaining([
        'techniques-agricoles',
        'techniques-agricoles-production-vegetale',
        'technicien-specialise-industries-agroalimentaires',
        'itpm-technicien-machine',
      ]),
    );
    expect(ids.slice(0, byName.length)).toEqual(byName);
    expect(ids.length).toBeGreaterThan(byName.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        'infrastructure-digitale',
        'genie-electrique',
        'systemes-solaires-photovoltaiques',
      ]),
    );
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((id) => texts(id).some((text) => text.includes('تقني')))).toBe(true);
  });

  it('"تقني" with vowel marks, tatweel or the article finds the same programs', () => {
    const plain = new Set(search(index, 'تقني'));
    expect(new Set(search(index, 'تِقْنِيّ'))).toEqual(plain);
    expect(new Set(search(index, 'تـقـنـي'))).toEqual(plain);
    expect(new Set(search(index, 'التقني'))).toEqual(plain);
  });

  it('"developpement" and "Développement" give the same programs, digital development first', () => {
    const ids = search(index, 'developpement');
    expect(search(index, 'Développement')).toEqual(ids);
    expect(search(index, 'DÉVELOPPEMENT')).toEqual(ids);
    expect(ids.slice(0, 3)).toEqual([
      'developpement-digital',
      'developpement-digital-web-full-stack',
      'developpement-digital-applications-mobiles',
    ]);
    // A job found by the same word: "Agent de développement touristique local".
    expect(ids).toContain('management-touristique-management-des-destinations-durables');
  });

  it('"cuisine" finds the cooking options by name, then the programs with cooking jobs', () => {
    const ids = search(index, 'cuisine');
    expect(ids.slice(0, 2)).toEqual([
      'arts-culinaires-cuisine-gastronomique',
      'arts-culinaires-cuisine-marocaine',
    ]);
    expect(ids).toEqual(expect.arrayContaining(['arts-culinaires', 'agent-de-restauration']));
    expect(search(index, 'CUISINE')).toEqual(ids);
  });

  it('finds a program by its Arabic name written with hamza and taa marbuta variants', () => {
    // "الإنتاج النباتي" typed without hamza.
    expect(search(index, 'الانتاج النباتي')).toContain('techniques-agricoles-production-vegetale');
  });
});
