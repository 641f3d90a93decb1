import { normalizeSearchText } from './search';

/** What the town search needs of a town. */
export interface SearchableTown {
  id: string;
  name: { ar: string; fr: string; en: string };
  aliases: readonly string[];
}

interface IndexedTown<T> {
  town: T;
  /**
   * Normalized names and aliases, the same without spaces ("ksar el kebir", "ksarelkebir"), and
   * the same without a leading article ("al hoceima" → "hoceima", "العيون" → "عيون").
   */
  forms: string[];
  /** The length of the shortest form, for ordering matches. */
  shortest: number;
}

/** The Arabic definite article, which names carry and people often leave out, or the reverse. */
const ARABIC_ARTICLE = 'ال';

/**
 * First words that are the Arabic article written in Latin letters: al, el, l, and the forms it
 * takes before the "sun letters", which double the next consonant (Ad Dakhla, Er Rachidia,
 * Es Semara, Ar Rommani).
 */
const LATIN_ARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'l',
  'ad',
  'ed',
  'an',
  'en',
  'ar',
  'er',
  'as',
  'es',
  'at',
  'et',
  'az',
  'ez',
]);

/**
 * The article fused to the name in one word, as Moroccan speech says it: "Lhoceima",
 * "Eljadida", "Alhoceima". Only before a consonant, so that names that merely begin with these
 * letters (Laayoune, Larache, Lalla Mimouna, Alnif…) are not cut.
 */
const FUSED_LATIN_ARTICLE = /^(?:al|el|l)(?=[b-df-hj-np-tv-z][a-z]{2})/;

/** A normalized text without its leading article; null when it has none. */
function withoutArticle(form: string): string | null {
  if (form.startsWith(ARABIC_ARTICLE) && form.length > ARABIC_ARTICLE.length + 1) {
    const rest = form.slice(ARABIC_ARTICLE.length);
    return rest.startsWith(' ') ? null : rest;
  }
  const space = form.indexOf(' ');
  if (space > 0 && LATIN_ARTICLES.has(form.slice(0, space))) return form.slice(space + 1);
  return null;
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
        for (const variant of [form, withoutArticle(form)]) {
          if (!variant) continue;
          forms.add(variant);
          forms.add(variant.replace(/ /g, ''));
        }
      }
      const all = [...forms];
      return { town, forms: all, shortest: Math.min(...all.map((form) => form.length)) };
    });
    indexCache.set(towns, index as IndexedTown<SearchableTown>[]);
  }
  return index;
}

/**
 * The forms of a query that are compared with the towns' forms: the query itself, the query
 * without its article (spaced, fused in Latin letters, or Arabic), each also without spaces.
 * `full` holds the spaced forms, which may also match inside a name.
 */
function queryForms(normalized: string): { all: string[]; full: string } {
  const all = new Set<string>([normalized]);
  const bare = withoutArticle(normalized) ?? normalized.replace(FUSED_LATIN_ARTICLE, '');
  if (bare !== normalized && bare !== '') all.add(bare);
  for (const form of [...all]) all.add(form.replace(/ /g, ''));
  return { all: [...all], full: normalized };
}

const EXACT = 0;
const WORD_START = 2;
/** Fewer letters than this designate no town unless they are a whole name ("Fès" is one). */
const MIN_DESIGNATING_LETTERS = 3;

/** 0 exact, 1 prefix, 2 a word starts with it, 3 contains it; null when it does not match. */
function rank(forms: readonly string[], query: { all: string[]; full: string }): number | null {
  let best: number | null = null;
  for (const form of forms) {
    let r: number | null = null;
    for (const q of query.all) {
      const here =
        form === q
          ? 0
          : form.startsWith(q)
            ? 1
            : form.includes(` ${q}`)
              ? 2
              : // Inside a word: only the query as typed, not a part cut from it.
                q === query.full && form.includes(q)
                ? 3
                : null;
      if (here !== null && (r === null || here < r)) r = here;
    }
    if (r !== null && (best === null || r < best)) best = r;
    if (best === 0) break;
  }
  return best;
}

interface Match<T> {
  town: T;
  rank: number;
  length: number;
}

/** Every town matching `query`, best first (see `searchTowns` for the order). */
function matchTowns<T extends SearchableTown>(towns: readonly T[], query: string): Match<T>[] {
  const normalized = normalizeSearchText(query);
  if (normalized === '') return [];
  const forms = queryForms(normalized);
  const matches: Match<T>[] = [];
  for (const entry of indexOf(towns)) {
    const r = rank(entry.forms, forms);
    if (r !== null)
      matches.push({
        town: entry.town,
        rank: r,
        length: entry.shortest,
      });
  }
  return matches.sort(
    (a, b) =>
      a.rank - b.rank ||
      a.length - b.length ||
      (a.town.id < b.town.id ? -1 : a.town.id > b.town.id ? 1 : 0),
  );
}

/**
 * Towns matching what the user typed, best first: exact names, then names starting with it, then
 * names with a word starting with it, then names containing it; within a rank, shorter names first,
 * then by id. Case, accents, hyphens, Arabic diacritics and hamza/alef/ya variants are ignored, and
 * so are spaces ("Ksarelkebir") and the article, Arabic or in Latin letters, on either side
 * ("Hoceima", "Lhoceima" and "El Hoceima" find Al Hoceïma; "عيون" finds العيون; "الدار" finds
 * دار بوعزة as well as الدار البيضاء). An empty query matches nothing.
 */
export function searchTowns<T extends SearchableTown>(
  towns: readonly T[],
  query: string,
  limit = 8,
): T[] {
  return matchTowns(towns, query)
    .slice(0, limit)
    .map((match) => match.town);
}

/** What a typed town name, or a `town=` link parameter, designates. */
export type TownResolution<T> =
  /** One town: an id, an exact name, or the only town that matches best. */
  | { kind: 'town'; town: T }
  /** Several towns match equally well: the user chooses (best first, every one of them). */
  | { kind: 'choices'; towns: T[] }
  /** No town matches. */
  | { kind: 'unknown' };

/**
 * Resolves what the user typed (or a link carried) to one town, as the suggestions would:
 * a town id (`al-hoceima`) or a name matched exactly designates that town; otherwise the towns
 * that match best (exact, then by prefix, then by a word's start, then inside a word, as in
 * `searchTowns`) designate a town when there is one of them ("Tang" → Tanger, "Hoceima" →
 * Al Hoceïma) and are choices when there are several ("Sidi", "الدار"); nothing is unknown.
 *
 * Invariants: every town found is among `searchTowns(towns, text, Infinity)`; a town's id and
 * each of its names resolve to it unless another town has the same name; never throws.
 */
export function resolveTown<T extends SearchableTown>(
  towns: readonly T[],
  text: string,
): TownResolution<T> {
  // Trimmed once, not once per town: a long blank text would otherwise be scanned for every town.
  const id = text.trim();
  const byId = towns.find((town) => town.id === id);
  if (byId) return { kind: 'town', town: byId };
  const matches = matchTowns(towns, text);
  const best = matches[0];
  if (!best) return { kind: 'unknown' };
  const tied = matches.filter((match) => match.rank === best.rank).map((match) => match.town);
  // A single town is designated only by a name or a start of a word long enough to mean it: two
  // letters ("bl"), or letters found inside a word ("oceima"), are offered as a choice to confirm,
  // never taken on the user's behalf.
  const designates =
    best.rank === EXACT ||
    (best.rank <= WORD_START && [...normalizeSearchText(text)].length >= MIN_DESIGNATING_LETTERS);
  return tied.length === 1 && designates
    ? { kind: 'town', town: best.town }
    : { kind: 'choices', towns: tied };
}
