import { describe, expect, it } from 'vitest';
import { programs, sectors } from '@/data/catalogue';
import { programSearchables } from '@/data/search-texts';
import {
  createSearchIndex,
  search,
  searchWithSuggestion,
  withinOneEdit,
  type Searchable,
} from '@/domain/search-index';
import { ARABIC, ENGLISH, FRENCH, type SearchCase } from './program-search-table';

const index = createSearchIndex(programSearchables(programs, sectors));
const HOTEL_IDS = [
  'management-hotelier',
  'management-hotelier-hebergement-et-reception',
  'management-hotelier-gestion-hoteliere',
];
const known = new Set(programs.map((program) => program.id));

/** What a case expects that the search does not do, empty when it passes. */
function failures(
  { q, finds, not = [], first = [], suggestion, nothing }: SearchCase,
  result: { ids: readonly string[]; suggestion: string | null },
): string[] {
  const found = new Set(result.ids);
  const top = new Set(result.ids.slice(0, first.length));
  return [
    ...finds.filter((id) => !found.has(id)).map((id) => `misses ${id}`),
    ...not.filter((id) => found.has(id)).map((id) => `finds ${id}`),
    ...first.filter((id) => !top.has(id)).map((id) => `does not put ${id} first`),
    ...(nothing && result.ids.length > 0 ? [`finds ${result.ids.length} programs`] : []),
    ...(suggestion !== undefined && result.suggestion !== suggestion
      ? [`suggests ${JSON.stringify(result.suggestion)}`]
      : []),
  ].map((failure) => `"${q}" ${failure}`);
}

describe.each([
  ['French', FRENCH],
  ['English', ENGLISH],
  ['Arabic', ARABIC],
])('%s queries on the real programs', (_, cases) => {
  it('has at least 30 realistic queries, each naming real programs', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    for (const { finds, not = [], first = [] } of cases) {
      for (const id of [...finds, ...not, ...first]) expect(known, id).toContain(id);
    }
  });

  it.each(cases.map((c) => [c.q, c] as const))('%s', (_q, c) => {
    expect(failures(c, searchWithSuggestion(index, c.q))).toEqual([]);
  });
});

describe('ranking on the real programs', () => {
  it('ranks a name first, then the everyday words, the jobs, the sector', () => {
    const ids = search(index, 'hotel');
    // The word in the names ("Hotel Management"), then in a job ("Maître d'hôtel"), then only in
    // the sector's everyday words ("hôtel"): the other tourism programs, in the catalogue's order.
    expect(ids.slice(0, 4)).toEqual([...HOTEL_IDS, 'service-de-restauration-arts-de-table']);
    const tourism = programs.filter((p) => p.sector === 'tourism-hospitality').map((p) => p.id);
    expect(ids.slice(4)).toEqual(tourism.filter((id) => !ids.slice(0, 4).includes(id)));
  });

  it('ranks typo matches below every exact match when a query mixes both', () => {
    const ids = search(index, 'cuisine marocaien');
    expect(ids[0]).toBe('arts-culinaires-cuisine-marocaine');
  });

  it('keeps the catalogue order between equally relevant programs', () => {
    // Found by their sector's everyday word only: all equally relevant.
    const digital = programs.filter((p) => p.sector === 'digital-ai').map((p) => p.id);
    expect(search(index, 'المعلوميات')).toEqual(digital);
  });

  it('tolerates no typo in a word of four letters, and one in a word of five', () => {
    expect(search(index, 'chfe')).toEqual([]);
    expect(search(index, 'cheff')).not.toEqual([]);
  });

  it('offers no suggestion when the words are found as typed', () => {
    expect(searchWithSuggestion(index, 'programmation').suggestion).toBeNull();
    expect(searchWithSuggestion(index, '').suggestion).toBeNull();
  });

  it('keeps the rest of the query as typed in a suggestion', () => {
    expect(searchWithSuggestion(index, "l'hotelerie").suggestion).toBe("l'hôtellerie");
    expect(searchWithSuggestion(index, 'Technicien informatiqe').suggestion).toBe(
      'Technicien informatique',
    );
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['programmation', 'programation', true], // deletion
    ['hotelerie', 'hotellerie', true], // insertion
    ['cuisine', 'cuisone', true], // substitution
    ['mecanicien', 'mecanicein', true], // transposition
    ['same', 'same', true],
    ['cuisine', 'cusiien', false],
    ['hotel', 'hostel1', false],
    ['برمجه', 'برجمه', true],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('search on a small index: fields and word forms', () => {
  const items: Searchable[] = [
    {
      id: 'dev',
      primary: ['Développement Digital'],
      keywords: ['programmation', 'البرمجة'],
      secondary: ['Développeur web'],
      group: ['Digital et IA', 'informatique'],
    },
    {
      id: 'infra',
      primary: ['Infrastructure Digitale'],
      secondary: ['Technicien support informatique'],
      group: ['Digital et IA', 'informatique'],
    },
    {
      id: 'agri',
      primary: ['التقنيات الفلاحية – خيار تدبير التربة وأنظمة السقي'],
      secondary: ['Technicien en irrigation'],
    },
  ];
  const small = createSearchIndex(items);

  it('matches whole words and starts of words, never the inside of a word', () => {
    expect(search(small, 'digital')).toEqual(['dev', 'infra']);
    expect(search(small, 'ital')).toEqual([]);
    expect(search(small, 'develop')).toEqual(['dev']);
  });

  it('ranks a name, then everyday words, then jobs, then the group', () => {
    expect(search(small, 'informatique')).toEqual(['infra', 'dev']);
    expect(search(small, 'programmation')).toEqual(['dev']);
  });

  it('finds an Arabic word with or without its article, after و, and with ال in the query', () => {
    expect(search(small, 'برمجة')).toEqual(['dev']);
    expect(search(small, 'انظمة')).toEqual(['agri']);
    expect(search(small, 'التربة')).toEqual(['agri']);
    expect(search(small, 'والتربة')).toEqual(['agri']);
    expect(search(small, 'بالسقي')).toEqual(['agri']);
  });

  it('offers the corrected word with the article typed before it', () => {
    expect(searchWithSuggestion(small, 'البرمجا')).toEqual({
      ids: ['dev'],
      suggestion: 'البرمجة',
    });
  });
});
