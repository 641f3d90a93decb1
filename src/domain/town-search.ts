import { normalizeSearchText } from './search';

/** What the town search needs of a town. */
export interface SearchableTown {
  id: string;
  name: { ar: string; fr: string; en: string };
  aliases: readonly string[];
}

interface IndexedTown<T> {
  town: T;
  /** Normalized names and aliases, and the same without spaces ("ksar el kebir", "ksarelkebir"). */
  forms: string[];
}

const indexCache = new WeakMap<readonly SearchableTown[], IndexedTown<SearchableTown>[]>();

function indexOf<T extends SearchableTown>(towns: readonly T[]): IndexedTown<T>[] {
  let index = indexCache.get(towns) as IndexedTown<T>[] | undefined;
  if (!index) {
    index = towns.map((town) => {
      const forms = new Set<string>();
      for (const text of [town.name.ar, town.name.fr, town.name.en, ...town.aliases]) {
        const form = normalizeSearchText(text);
        if (form === '') continue;
        forms.add(form);
        forms.add(form.replace(/ /g, ''));
        // Arabic names are often typed without the article: العيون → عيون.
        if (form.startsWith('ال')) forms.add(form.slice(2));
      }
      return { town, forms: [...forms] };
    });
    indexCache.set(towns, index as IndexedTown<SearchableTown>[]);
  }
  return index;
}

/** 0 exact, 1 prefix, 2 a word starts with it, 3 contains it; null when it does not match. */
function rank(forms: readonly string[], query: string, compact: string): number | null {
  let best: number | null = null;
  for (const form of forms) {
    const r =
      form === query || form === compact
        ? 0
        : form.startsWith(query) || form.startsWith(compact)
          ? 1
          : form.includes(` ${query}`)
            ? 2
            : form.includes(query)
              ? 3
              : null;
    if (r !== null && (best === null || r < best)) best = r;
    if (best === 0) break;
  }
  return best;
}

/**
 * Towns matching what the user typed, best first: exact names, then names starting with it, then
 * names with a word starting with it, then names containing it; within a rank, shorter names first,
 * then by id. Case, accents, hyphens, Arabic diacritics and hamza/alef/ya variants are ignored, and
 * so are spaces ("Ksarelkebir") and the Arabic article. An empty query matches nothing.
 */
export function searchTowns<T extends SearchableTown>(
  towns: readonly T[],
  query: string,
  limit = 8,
): T[] {
  const normalized = normalizeSearchText(query);
  if (normalized === '') return [];
  const compact = normalized.replace(/ /g, '');
  const matches: { town: T; rank: number; length: number }[] = [];
  for (const { town, forms } of indexOf(towns)) {
    const r = rank(forms, normalized, compact);
    if (r !== null)
      matches.push({ town, rank: r, length: Math.min(...forms.map((f) => f.length)) });
  }
  return matches
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.length - b.length ||
        (a.town.id < b.town.id ? -1 : a.town.id > b.town.id ? 1 : 0),
    )
    .slice(0, limit)
    .map((match) => match.town);
}

/** The town a name designates: the best match when it is exact, else null (the user must choose). */
export function findTown<T extends SearchableTown>(towns: readonly T[], name: string): T | null {
  const normalized = normalizeSearchText(name);
  if (normalized === '') return null;
  const [best] = searchTowns(towns, name, 1);
  if (!best) return null;
  const forms = indexOf(towns).find((entry) => entry.town === best)?.forms ?? [];
  return forms.includes(normalized) || forms.includes(normalized.replace(/ /g, '')) ? best : null;
}
