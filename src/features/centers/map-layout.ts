/**
 * The geometry of the centers map, apart from React so that it is unit-tested: which part of the
 * country to show, where the markers go, and which labels fit where. Everything is in the map's
 * own units (those of `regions-map.json`, about 1.5 km each) and sized in proportion to the view,
 * so that the drawing scales with its container and reads the same at every width. Deterministic:
 * the same input gives the same layout, with no measuring of rendered text (text widths are
 * estimated on the generous side, see `textWidth`).
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Share of the view's side left free around the listed points, on each side. */
export const MARGIN = 0.17;
/** The smallest side of a fitted view, in map units: about 90 km, a town and its surroundings. */
export const MIN_SIDE = 60;

/**
 * The view to draw: a square around `points` (the searched place and the listed centers) that
 * keeps `MARGIN` of its side free on every side and is at least `MIN_SIDE` wide, so that a lone
 * center sits in its surroundings rather than filling the map. With no point, the whole `country`.
 */
export function fitView(points: readonly Point[], country: Box): Box {
  if (points.length === 0) return country;
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const side = Math.max(MIN_SIDE, Math.max(maxX - minX, maxY - minY) / (1 - 2 * MARGIN));
  return {
    x: (minX + maxX) / 2 - side / 2,
    y: (minY + maxY) / 2 - side / 2,
    width: side,
    height: side,
  };
}

/** Sizes in hundredths of the view's width: text 4 % wide reads at about 13 px on a 360 px phone. */
export const SIZES = {
  centerRadius: 3.2,
  originRadius: 4.8,
  numberFont: 3.9,
  labelFont: 4,
  regionFont: 3.5,
  /** Between a marker and its label, and between markers pushed apart. */
  gap: 0.8,
  /** Kept free along the edges of the view. */
  edge: 0.6,
} as const;

/** The unit every size is a multiple of: a hundredth of the view's width. */
export const unitOf = (view: Box) => view.width / 100;

/** From one line of a label to the next, in ems. */
export const LINE = 1.25;
/**
 * How far a line's text and halo reach above and below its middle, in ems: Arabic letters reach
 * further down than Latin ones, and accents further up.
 */
export const HALF_HEIGHT = 0.75;

/** The height of a label of `lines` lines. */
const labelHeight = (lines: number, fontSize: number) =>
  ((lines - 1) * LINE + 2 * HALF_HEIGHT) * fontSize;

/**
 * The width of `text` at `fontSize`, estimated per character on the generous side (checked
 * against bold Noto Sans and Noto Sans Arabic, as wide as the usual system fonts for these words
 * or wider), so that a box computed from it holds the rendered text.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) {
    // Arabic: the letters with teeth or a wide bowl take about twice the room of the others.
    if (/[سشصضطظ]/.test(char)) ems += 1;
    else if (/[فقكلنيىجحخعغ]/.test(char)) ems += 0.75;
    else if (/[\u0600-\u06ff\u0750-\u077f]/.test(char)) ems += 0.55;
    else if (/[mwMW]/.test(char)) ems += 1;
    else if (/[A-Z]/.test(char)) ems += 0.8;
    else if (/[fijlrtI\s'’.,-]/.test(char)) ems += 0.42;
    else ems += 0.68;
  }
  return ems * fontSize;
}

/** The ways to write `name` in one or two lines, one line first; joining the lines gives `name`. */
export function lineVariants(name: string): string[][] {
  const variants = [[name]];
  let best: [string, string] | null = null;
  // Break after a hyphen (kept at the end of the first line) or at a space (dropped).
  for (const match of name.matchAll(/-|\s+/g)) {
    const first = name.slice(0, match[0] === '-' ? match.index + 1 : match.index);
    const second = name.slice(match.index + match[0].length);
    if (!first.trim() || !second.trim()) continue;
    const longest = (pair: [string, string]) => Math.max(pair[0].length, pair[1].length);
    if (!best || longest([first, second]) < longest(best)) best = [first, second];
  }
  if (best) variants.push(best);
  return variants;
}

/** The lines of a label written back as one string: the inverse of `lineVariants`. */
export function joinLines(lines: readonly string[]): string {
  return lines.reduce(
    (text, line) => (text === '' ? line : text.endsWith('-') ? text + line : `${text} ${line}`),
    '',
  );
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(box: Box, frame: Box): boolean {
  return (
    box.x >= frame.x &&
    box.y >= frame.y &&
    box.x + box.width <= frame.x + frame.width &&
    box.y + box.height <= frame.y + frame.height
  );
}

const inset = (box: Box, by: number): Box => ({
  x: box.x + by,
  y: box.y + by,
  width: box.width - 2 * by,
  height: box.height - 2 * by,
});

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/** True when a disc and a box overlap: the box's point nearest to the centre is in the disc. */
export function touches(box: Box, { at, radius }: { at: Point; radius: number }): boolean {
  const x = Math.max(box.x, Math.min(at.x, box.x + box.width));
  const y = Math.max(box.y, Math.min(at.y, box.y + box.height));
  return Math.hypot(at.x - x, at.y - y) < radius;
}

/** Outline rings of an SVG path made of `M x,y x,y …` polygons, as the map's data writes them. */
export function parseRings(d: string): Point[][] {
  return d
    .split(/[Mm]/)
    .map((ring) => (ring.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number))
    .filter((numbers) => numbers.length >= 6)
    .map((numbers) =>
      Array.from({ length: Math.floor(numbers.length / 2) }, (_, i) => ({
        x: numbers[2 * i] ?? 0,
        y: numbers[2 * i + 1] ?? 0,
      })),
    );
}

/** A polygon cut to a box (Sutherland–Hodgman; the box is convex, so the result is exact). */
export function clipToBox(ring: readonly Point[], box: Box): Point[] {
  const edges: ((p: Point) => number)[] = [
    (p) => p.x - box.x,
    (p) => box.x + box.width - p.x,
    (p) => p.y - box.y,
    (p) => box.y + box.height - p.y,
  ];
  let points = [...ring];
  for (const side of edges) {
    const next: Point[] = [];
    points.forEach((current, i) => {
      const previous = points[(i + points.length - 1) % points.length] ?? current;
      const [a, b] = [side(previous), side(current)];
      if (a >= 0 !== b >= 0) {
        const t = a / (a - b);
        next.push({
          x: previous.x + t * (current.x - previous.x),
          y: previous.y + t * (current.y - previous.y),
        });
      }
      if (b >= 0) next.push(current);
    });
    points = next;
    if (points.length === 0) break;
  }
  return points;
}

export function area(ring: readonly Point[]): number {
  let sum = 0;
  ring.forEach((p, i) => {
    const q = ring[(i + 1) % ring.length] ?? p;
    sum += p.x * q.y - q.x * p.y;
  });
  return Math.abs(sum) / 2;
}

/** Even–odd point-in-polygon test. */
export function contains(ring: readonly Point[], { x, y }: Point): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i];
    const b = ring[j];
    if (a && b && a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) {
      result = !result;
    }
  }
  return result;
}

function distanceToEdges(ring: readonly Point[], p: Point): number {
  let best = Infinity;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length] ?? a;
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const t =
      dx || dy
        ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)))
        : 0;
    best = Math.min(best, Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
  });
  return best;
}

/**
 * Points well inside a polygon, for its label, best first: of a grid of points over it, those
 * farthest from its edges (the first approximates its pole of inaccessibility, which, unlike the
 * centroid, is always inside). Several, so that a label blocked at the best one has other places.
 */
export function innerPoints(ring: readonly Point[], count = 8, steps = 14): Point[] {
  const xs = ring.map((p) => p.x);
  const ys = ring.map((p) => p.y);
  const [minX, minY] = [Math.min(...xs), Math.min(...ys)];
  const [width, height] = [Math.max(...xs) - minX, Math.max(...ys) - minY];
  const scored: { point: Point; distance: number }[] = [];
  for (let i = 0; i < steps; i += 1) {
    for (let j = 0; j < steps; j += 1) {
      const point = {
        x: minX + ((i + 0.5) * width) / steps,
        y: minY + ((j + 0.5) * height) / steps,
      };
      if (contains(ring, point)) scored.push({ point, distance: distanceToEdges(ring, point) });
    }
  }
  // A stable sort: equal distances keep the grid's order, so the result is deterministic.
  return scored
    .sort((a, b) => b.distance - a.distance)
    .slice(0, count)
    .map(({ point }) => point);
}

export interface RegionInput {
  code: string;
  rings: readonly (readonly Point[])[];
  /** The region's label point for the whole country, from the map's data. */
  labelPoint: Point;
  /** The region's name in the user's language, from the dataset. */
  name: string;
}

export interface MapInput {
  view: Box;
  /** The searched town or position, with its label. */
  origin: { at: Point; label: string } | null;
  /** The listed centers in list order, with their labels. */
  centers: readonly { id: string; at: Point; label: string }[];
  regions: readonly RegionInput[];
  /** The region to label first: the searched town's. */
  currentRegion: string | null;
  rtl: boolean;
}

/**
 * Where a label is drawn: its text is anchored at `x` (`anchor`, the SVG `text-anchor` for the
 * label's own direction), on the edge of its box next to its marker, so that it grows away from
 * the marker in either script; `y` is the middle of its first line.
 */
export interface PlacedLabel {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  fontSize: number;
  box: Box;
}

export interface PlacedCenter {
  id: string;
  /** Where the center is. */
  at: Point;
  /** Where its marker is drawn: pushed aside, with a leader line, when it would cover another. */
  marker: Point;
  label: PlacedLabel | null;
}

export interface MapLayout {
  view: Box;
  unit: number;
  origin: { at: Point; label: PlacedLabel | null } | null;
  centers: PlacedCenter[];
  regions: (PlacedLabel & { code: string })[];
}

/** Markers nearer than this (in units) to the searched place sit inside its ring. */
const SAME_PLACE = 0.5;

/**
 * Lays out the map for `input`: markers first, pushed apart where they would overlap; then the
 * searched place's label, the centers' labels in list order, and the regions' names (the searched
 * town's region first, then the largest in view), each at the first candidate place that stays in
 * view and clear of every marker and label already placed. A label that fits nowhere is left
 * out, a region's name broken into two lines first: no two boxes ever overlap.
 */
export function layoutMap(input: MapInput): MapLayout {
  const { view, origin, rtl } = input;
  const unit = unitOf(view);
  const s = (size: keyof typeof SIZES) => SIZES[size] * unit;
  const frame = inset(view, s('edge'));
  const taken: Box[] = [];
  const discs: { at: Point; radius: number }[] = [];
  const free = (box: Box) =>
    inside(box, frame) &&
    !taken.some((other) => overlaps(box, other)) &&
    !discs.some((disc) => touches(box, disc));

  // Markers: the searched place's ring, then the centers in list order.
  const originDisc = origin ? { at: origin.at, radius: s('originRadius') } : null;
  if (originDisc) discs.push(originDisc);
  const centers = input.centers.map(({ id, at }) => {
    const radius = s('centerRadius');
    const atOrigin = originDisc !== null && distance(at, originDisc.at) < SAME_PLACE * unit;
    const blocking = (p: Point) =>
      discs.find(
        (disc) =>
          !(atOrigin && disc === originDisc) &&
          distance(p, disc.at) < disc.radius + radius + s('gap'),
      );
    let marker = at;
    const blocker = blocking(at);
    if (blocker) {
      // Pushed out of the disc it overlaps, away from it, or else in a direction near that.
      const away = Math.atan2(at.y - blocker.at.y, at.x - blocker.at.x) || -Math.PI / 2;
      const reach = blocker.radius + radius + s('gap');
      search: for (const factor of [1, 1.6, 2.4]) {
        for (let k = 0; k < 12; k += 1) {
          const turn = Math.ceil(k / 2) * (k % 2 ? 1 : -1) * (Math.PI / 6);
          const p = {
            x: blocker.at.x + Math.cos(away + turn) * reach * factor,
            y: blocker.at.y + Math.sin(away + turn) * reach * factor,
          };
          if (!blocking(p)) {
            marker = p;
            break search;
          }
        }
      }
    }
    discs.push({ at: marker, radius });
    return { id, at, marker, atOrigin };
  });

  // A label beside a marker: after it in the reading direction first (on its right in French,
  // on its left in Arabic), then before it, then diagonally, then above and below.
  const beside = (at: Point, radius: number, text: string): PlacedLabel | null => {
    const fontSize = s('labelFont');
    const width = textWidth(text, fontSize);
    const height = labelHeight(1, fontSize);
    const gap = s('gap');
    const d = radius * 0.72;
    type Candidate = { x: number; y: number; grows: 'right' | 'left' | 'both' };
    const right: Candidate[] = [
      { x: at.x + radius + gap, y: at.y, grows: 'right' },
      { x: at.x + d + gap, y: at.y - d - height / 2, grows: 'right' },
      { x: at.x + d + gap, y: at.y + d + height / 2, grows: 'right' },
    ];
    const left: Candidate[] = right.map(({ x, y }) => ({ x: 2 * at.x - x, y, grows: 'left' }));
    const [after, before] = rtl ? [left, right] : [right, left];
    const candidates: Candidate[] = [
      ...after.slice(0, 1),
      ...before.slice(0, 1),
      ...after.slice(1),
      ...before.slice(1),
      { x: at.x, y: at.y - radius - gap - height / 2, grows: 'both' },
      { x: at.x, y: at.y + radius + gap + height / 2, grows: 'both' },
    ];
    for (const { x, y, grows } of candidates) {
      const boxX = grows === 'right' ? x : grows === 'left' ? x - width : x - width / 2;
      const box = { x: boxX, y: y - height / 2, width, height };
      if (!free(box)) continue;
      taken.push(box);
      // Anchored at the edge next to the marker: that edge is where a left-to-right text starts
      // when it grows rightwards, and where a right-to-left one ends.
      const anchor = grows === 'both' ? 'middle' : (grows === 'right') !== rtl ? 'start' : 'end';
      return { lines: [text], x, y, anchor, fontSize, box };
    }
    return null;
  };

  const originLabel = origin ? beside(origin.at, s('originRadius'), origin.label) : null;
  const placedCenters: PlacedCenter[] = centers.map(({ id, at, marker, atOrigin }, i) => {
    const text = input.centers[i]?.label ?? '';
    // A center in the searched town itself goes without a second, identical name.
    const same = atOrigin && origin?.label === text;
    return { id, at, marker, label: same ? null : beside(marker, s('centerRadius'), text) };
  });

  // Regions' names, over the part of each region in view.
  const viewArea = view.width * view.height;
  const visible = input.regions
    .map((region) => {
      const parts = region.rings
        .map((ring) => clipToBox(ring, frame))
        .filter((part) => part.length >= 3);
      const part = parts.reduce<Point[] | null>((a, b) => (a && area(a) >= area(b) ? a : b), null);
      return { region, part, share: part ? area(part) / viewArea : 0 };
    })
    .filter(({ share }) => share >= 0.03)
    .sort(
      (a, b) =>
        Number(b.region.code === input.currentRegion) -
          Number(a.region.code === input.currentRegion) || b.share - a.share,
    );
  const regions: MapLayout['regions'] = [];
  for (const { region, part } of visible) {
    if (!part || !region.name) continue;
    const fontSize = s('regionFont');
    const points = [
      ...(contains(part, region.labelPoint) ? [region.labelPoint] : []),
      ...innerPoints(part),
    ];
    placing: for (const point of points) {
      for (const lines of lineVariants(region.name)) {
        const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
        const height = labelHeight(lines.length, fontSize);
        for (const shift of [0, -1, 1, -2, 2]) {
          const y = point.y + (shift * fontSize * LINE) / 1.5;
          const box = { x: point.x - width / 2, y: y - height / 2, width, height };
          if (!free(box)) continue;
          taken.push(box);
          regions.push({
            code: region.code,
            lines,
            x: point.x,
            y: box.y + HALF_HEIGHT * fontSize,
            anchor: 'middle',
            fontSize,
            box,
          });
          break placing;
        }
      }
    }
  }

  return {
    view,
    unit,
    origin: origin ? { at: origin.at, label: originLabel } : null,
    centers: placedCenters,
    regions,
  };
}
