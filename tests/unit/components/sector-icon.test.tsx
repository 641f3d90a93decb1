import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SectorIcon } from '@/components/sector-icon';
import { SECTOR_ICON_IDS, type SectorIconId } from '@/data/ids';
import sectorsJson from '@/data/sectors.json';

/** An icon as the browser receives it: its `<svg>`, its drawn elements and their paths. */
function drawing(icon: SectorIconId) {
  const page = new DOMParser().parseFromString(
    renderToStaticMarkup(<SectorIcon icon={icon} />),
    'text/html',
  );
  const svg = page.body.firstElementChild!;
  const shapes = [...svg.querySelectorAll('path, circle, ellipse, rect, line, polyline, polygon')];
  const d = shapes.map((shape) => shape.getAttribute('d') ?? '').join(' ');
  return { svg, shapes, d };
}

describe('SectorIcon', () => {
  it.each(SECTOR_ICON_IDS)('draws %s as a decorative SVG in the text colour', (icon) => {
    const { svg, shapes, d } = drawing(icon);
    expect(svg.tagName).toBe('svg');
    expect(svg.getAttribute('viewBox')).toBe('0 0 24 24');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.getAttribute('focusable')).toBe('false');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.getAttribute('fill')).toBe('none');
    expect(shapes.length).toBeGreaterThan(0);
    expect(d).toMatch(/^M[\d.]/);
    // Text inside an icon would need translating, and shows as boxes without the right font.
    expect(svg.querySelector('text')).toBeNull();
    expect(svg.textContent).toBe('');
  });

  it('has a different drawing for each id', () => {
    const drawings = SECTOR_ICON_IDS.map((icon) => drawing(icon).d);
    expect(new Set(drawings).size).toBe(SECTOR_ICON_IDS.length);
  });

  it('turns what faces a direction to the reading direction, and nothing else', () => {
    const mirrored = SECTOR_ICON_IDS.filter((icon) =>
      drawing(icon).svg.classList.contains('mirror-rtl'),
    );
    expect(mirrored).toEqual(['fish', 'tractor', 'truck']);
  });
});

describe('the sectors of the dataset', () => {
  it.each(sectorsJson.map((sector) => [sector.id, sector.icon] as const))(
    '%s has a drawing (%s)',
    (_id, icon) => {
      expect(SECTOR_ICON_IDS).toContain(icon);
      const { svg, shapes } = drawing(icon as SectorIconId);
      expect(svg.tagName).toBe('svg');
      expect(shapes.length).toBeGreaterThan(0);
    },
  );

  it('each have their own picture, so that two sectors side by side never look alike', () => {
    const icons = sectorsJson.map((sector) => sector.icon);
    expect(new Set(icons).size).toBe(icons.length);
  });
});
