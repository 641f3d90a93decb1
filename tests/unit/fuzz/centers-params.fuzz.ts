import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { towns } from '@/data/towns';
import { parseLatLon } from '@/domain/geo';
import { resolveTown } from '@/domain/town-search';
import { arabicIndic, easternArabicIndic } from '../../utils/arbitraries';
import { fuzzText } from './inputs';
import { keyProblems } from './invariants';
import { FUZZ } from './runs';

// The parameters of the centers screen: `near=LAT,LON` (`parseLatLon`, src/domain/geo.ts) and
// `town=` (`resolveTown`, src/domain/town-search.ts, over the dataset's towns).

/** A position as the centers screen writes it in `near=`: four decimals (about 11 m). */
const position = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});
const nearParam = ({ lat, lon }: { lat: number; lon: number }) =>
  `${lat.toFixed(4)},${lon.toFixed(4)}`;

/** A `near=` value as people may write it: Arabic digits and separators, blanks, marks. */
const writtenNear = fc
  .tuple(
    position,
    fc.constantFrom('western', 'arabic', 'eastern'),
    fc.constantFrom('.', '٫'),
    fc.constantFrom(',', '،', '٬', ', ', ' , '),
    fc.constantFrom('', ' ', '\u200f', '\u200e\u00a0'),
  )
  .map(([at, digits, decimal, separator, edge]) => {
    const [lat, lon] = nearParam(at)
      .split(',')
      .map((number) => number.replace('.', decimal));
    let text = `${edge}${lat}${separator}${lon}${edge}`;
    if (digits === 'arabic') text = arabicIndic(text);
    if (digits === 'eastern') text = easternArabicIndic(text);
    return { at, text };
  });

describe('the near= parameter under fuzzing', () => {
  const input = fuzzText(writtenNear.map(({ text }) => text));

  test.prop([input], FUZZ)(
    'total and sound: any text gives null or two finite numbers, a latitude and a longitude',
    (text) => {
      const read = parseLatLon(text);
      if (read === null) return;
      const { lat, lon } = read;
      const problems = keyProblems({ ...read }, ['lat', 'lon']);
      if (!(Number.isFinite(lat) && lat >= -90 && lat <= 90)) problems.push(`lat ${lat}`);
      if (!(Number.isFinite(lon) && lon >= -180 && lon <= 180)) problems.push(`lon ${lon}`);
      expect(problems).toEqual([]);
    },
  );

  test.prop([writtenNear], FUZZ)(
    'round trip: every position, as the screen writes it and in any digits, reads back',
    ({ at, text }) => {
      const written = { lat: Number(at.lat.toFixed(4)), lon: Number(at.lon.toFixed(4)) };
      const query = new URLSearchParams({ near: text }).toString();
      expect([
        parseLatLon(nearParam(at)),
        parseLatLon(new URLSearchParams(query).get('near') ?? ''),
      ]).toEqual([written, written]);
    },
  );
});

describe('the town= parameter under fuzzing', () => {
  const ids = towns.map((town) => town.id);
  const names = towns.flatMap((town) => [
    town.name.ar,
    town.name.fr,
    town.name.en,
    ...town.aliases,
  ]);
  const input = fuzzText(fc.constantFrom(...ids, ...names));

  test.prop([input], FUZZ)(
    'total and sound: any text designates a town of the dataset, offers some, or none',
    (text) => {
      const resolution = resolveTown(towns, text);
      const found =
        resolution.kind === 'town'
          ? [resolution.town]
          : resolution.kind === 'choices'
            ? resolution.towns
            : [];
      const problems: string[] = [];
      if (!['town', 'choices', 'unknown'].includes(resolution.kind)) problems.push('kind');
      if (resolution.kind === 'choices' && found.length === 0) problems.push('no choice');
      if (new Set(found).size !== found.length) problems.push('a town twice');
      if (!found.every((town) => towns.includes(town))) problems.push('a town not in the dataset');
      expect(problems).toEqual([]);
    },
  );

  // The app writes a town's id in `town=` once a town is chosen.
  test.prop([fc.constantFrom(...towns), fc.constantFrom('', ' ', '\u00a0', '\n')], FUZZ)(
    'round trip: a town’s id, carried by a link, designates that town',
    (town, blank) => {
      const query = new URLSearchParams({ town: `${blank}${town.id}${blank}` }).toString();
      const resolution = resolveTown(towns, new URLSearchParams(query).get('town') ?? '');
      expect(resolution.kind === 'town' && resolution.town === town).toBe(true);
    },
  );
});
