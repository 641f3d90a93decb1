import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { centers } from '@/data/places';
import { regions } from '@/data/regions';
import { towns } from '@/data/towns';
import { nearest } from '@/domain/geo';
import { country, outlines, project } from '@/features/centers/map-data';
import {
  fitView,
  joinLines,
  layoutMap,
  lineVariants,
  MARGIN,
  MIN_SIDE,
  overlaps,
  touches,
  SIZES,
  type Box,
  type MapLayout,
  type Point,
} from '@/features/centers/map-layout';

type Lang = 'ar' | 'fr' | 'en';

/** The layout the centers screen draws after a search for `townId`, in `lang`. */
function layoutFor(townId: string, lang: Lang): MapLayout {
  const town = towns.find((candidate) => candidate.id === townId);
  if (!town) throw new Error(`no town ${townId}`);
  const listed = nearest(town, centers, 5).map(({ item }) => ({
    id: item.id,
    at: project(item),
    label: item.city[lang],
  }));
  const origin = { at: project(town), label: town.name[lang] };
  return layoutMap({
    view: fitView([origin.at, ...listed.map(({ at }) => at)], country),
    origin,
    centers: listed,
    regions: outlines.map(({ code, rings, labelPoint }) => ({
      code,
      rings,
      labelPoint,
      name: regions.find((region) => region.code === code)?.name[lang] ?? '',
    })),
    currentRegion: town.region,
    rtl: lang === 'ar',
  });
}

/** Every box a layout draws text in. */
const labelBoxes = (layout: MapLayout): Box[] =>
  [
    layout.origin?.label,
    ...layout.centers.map((center) => center.label),
    ...layout.regions,
  ].flatMap((label) => (label ? [label.box] : []));

/** Every marker's disc. */
const discs = (layout: MapLayout) => [
  ...(layout.origin ? [{ at: layout.origin.at, radius: SIZES.originRadius * layout.unit }] : []),
  ...layout.centers.map(({ marker }) => ({ at: marker, radius: SIZES.centerRadius * layout.unit })),
];

function expectReadable(layout: MapLayout) {
  const boxes = labelBoxes(layout);
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) expect(overlaps(a, b), 'two labels overlap').toBe(false);
    for (const disc of discs(layout))
      expect(touches(a, disc), 'a label covers a marker').toBe(false);
    const { view } = layout;
    expect(a.x).toBeGreaterThanOrEqual(view.x);
    expect(a.y).toBeGreaterThanOrEqual(view.y);
    expect(a.x + a.width).toBeLessThanOrEqual(view.x + view.width);
    expect(a.y + a.height).toBeLessThanOrEqual(view.y + view.height);
  });
}

const coordinate = fc.double({ min: 0, max: 1200, noNaN: true });
const points = fc.array(fc.record({ x: coordinate, y: coordinate }), {
  minLength: 1,
  maxLength: 8,
});

describe('fitView', () => {
  test.prop([points])('holds every point with a margin of its side on every side', (list) => {
    const view = fitView(list, country);
    const margin = MARGIN * view.width - 1e-9;
    for (const { x, y } of list) {
      expect(x - view.x).toBeGreaterThanOrEqual(margin);
      expect(view.x + view.width - x).toBeGreaterThanOrEqual(margin);
      expect(y - view.y).toBeGreaterThanOrEqual(margin);
      expect(view.y + view.height - y).toBeGreaterThanOrEqual(margin);
    }
  });

  test.prop([points])(
    'is a square no smaller than the minimum, and no larger than needed',
    (list) => {
      const view = fitView(list, country);
      expect(view.width).toBeCloseTo(view.height, 9);
      expect(view.width).toBeGreaterThanOrEqual(MIN_SIDE);
      const span = Math.max(
        Math.max(...list.map((p) => p.x)) - Math.min(...list.map((p) => p.x)),
        Math.max(...list.map((p) => p.y)) - Math.min(...list.map((p) => p.y)),
      );
      expect(view.width).toBeCloseTo(Math.max(MIN_SIDE, span / (1 - 2 * MARGIN)), 6);
    },
  );

  it('centres a lone point in a view of the minimum size, not a view it fills', () => {
    expect(fitView([{ x: 500, y: 300 }], country)).toEqual({
      x: 500 - MIN_SIDE / 2,
      y: 300 - MIN_SIDE / 2,
      width: MIN_SIDE,
      height: MIN_SIDE,
    });
  });

  it('shows the whole country when nothing is searched', () => {
    expect(fitView([], country)).toEqual(country);
    expect(country).toEqual({ x: 0, y: 0, width: 1000, height: 1168 });
  });

  it('fits each town of the dataset and its five nearest centers, from Tanger to Lagouira', () => {
    for (const town of towns) {
      const listed = [town, ...nearest(town, centers, 5).map(({ item }) => item)].map(project);
      const view = fitView(listed, country);
      for (const p of listed) {
        expect(p.x).toBeGreaterThan(view.x + 0.1 * view.width);
        expect(p.x).toBeLessThan(view.x + 0.9 * view.width);
        expect(p.y).toBeGreaterThan(view.y + 0.1 * view.height);
        expect(p.y).toBeLessThan(view.y + 0.9 * view.height);
      }
      // Never the whole country for one search: at most the far south's stretch of coast.
      expect(view.width).toBeLessThan(country.height * 0.75);
    }
  });
});

describe('lineVariants', () => {
  it.each([
    'Tanger-Tétouan-Al Hoceïma',
    'Laâyoune-Sakia El Hamra',
    'Dakhla-Oued Ed-Dahab',
    'الدار البيضاء سطات',
    'Oriental',
  ])('writes “%s” in one or two lines that join back into the name', (name) => {
    const variants = lineVariants(name);
    expect(variants[0]).toEqual([name]);
    for (const lines of variants) {
      expect(lines.length).toBeLessThanOrEqual(2);
      expect(joinLines(lines)).toBe(name);
    }
  });
});

describe('layoutMap', () => {
  it.each([
    ['casablanca', 'fr'],
    ['casablanca', 'ar'],
    ['rabat', 'fr'],
    ['rabat', 'ar'],
  ] as const)('after a search for %s (%s), no label overlaps another or a marker', (town, lang) => {
    const layout = layoutFor(town, lang);
    expectReadable(layout);
    // The searched town, the nearest center and its region are named.
    expect(layout.origin?.label?.lines).toEqual([
      towns.find((candidate) => candidate.id === town)?.name[lang],
    ]);
    // The nearest center has its name, unless it is in the searched town, named already.
    const [first] = layout.centers;
    const origin = layout.origin?.at ?? { x: Infinity, y: Infinity };
    const inTown = first && Math.hypot(first.at.x - origin.x, first.at.y - origin.y) < layout.unit;
    expect(first?.label !== null || inTown).toBe(true);
    const region = towns.find((candidate) => candidate.id === town)?.region;
    expect(layout.regions.map(({ code }) => code)).toContain(region);
  });

  it('names regions only with their names from the dataset, whole', () => {
    for (const lang of ['ar', 'fr', 'en'] as const) {
      for (const town of ['casablanca', 'tata', 'laayoune', 'oujda', 'fes']) {
        for (const label of layoutFor(town, lang).regions) {
          const region = regions.find(({ code }) => code === label.code);
          expect(joinLines(label.lines)).toBe(region?.name[lang]);
        }
      }
    }
  });

  it.each(['ar', 'fr'] as const)(
    'keeps every town’s map readable in %s, dropping labels rather than overlapping them',
    (lang) => {
      let drawn = 0;
      let dropped = 0;
      for (const town of towns) {
        const layout = layoutFor(town.id, lang);
        expectReadable(layout);
        for (const center of layout.centers) {
          if (center.label) drawn += 1;
          else dropped += 1;
        }
      }
      // Leaving a name out is the exception (a center in the searched town goes without one too):
      // nearly every center keeps its name beside its number.
      expect(drawn).toBeGreaterThan(10 * dropped);
    },
  );

  it('pushes apart markers that would cover each other, and no more than needed', () => {
    // Salé and Rabat are 5 km apart: about 4 map units, less than a marker's width.
    const layout = layoutFor('sale', 'fr');
    const markers = discs(layout);
    markers.slice(1).forEach((a, i) => {
      for (const b of markers.slice(i + 2)) {
        expect(Math.hypot(a.at.x - b.at.x, a.at.y - b.at.y)).toBeGreaterThanOrEqual(
          a.radius + b.radius,
        );
      }
    });
    const moved = layout.centers.filter(({ at, marker }) => at.x !== marker.x || at.y !== marker.y);
    expect(moved.map(({ id }) => id)).toEqual(['center-rabat']);
  });

  it('sets a center found in the searched town inside its ring, named once', () => {
    const layout = layoutFor('tata', 'fr');
    const first = layout.centers[0];
    expect(first?.id).toBe('center-tata');
    expect(first?.marker).toEqual(layout.origin?.at);
    expect(first?.label).toBeNull();
    expect(layout.origin?.label?.lines).toEqual(['Tata']);
  });

  it('anchors labels on the side of their marker in both scripts', () => {
    for (const lang of ['ar', 'fr'] as const) {
      const rtl = lang === 'ar';
      for (const town of ['casablanca', 'tata', 'oujda', 'laayoune']) {
        const layout = layoutFor(town, lang);
        const placed: [Point, NonNullable<MapLayout['centers'][number]['label']>][] =
          layout.centers.flatMap(({ marker, label }) => (label ? [[marker, label]] : []));
        for (const [marker, label] of placed) {
          const rightOf = label.box.x >= marker.x;
          const leftOf = label.box.x + label.box.width <= marker.x;
          if (label.anchor === 'middle') continue;
          // In a left-to-right script a text starts on its left; in a right-to-left one, on its right.
          expect(label.anchor).toBe(rightOf !== rtl ? 'start' : 'end');
          expect(rightOf || leftOf).toBe(true);
          expect(label.x).toBe(rightOf ? label.box.x : label.box.x + label.box.width);
        }
      }
    }
  });
});
