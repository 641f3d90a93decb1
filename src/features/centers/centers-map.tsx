import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionName } from '@/data/regions';
import regionsMapRaw from '@/data/regions-map.json';
import type { Center, RegionsMap } from '@/data/schemas';
import type { LatLon } from '@/domain/geo';
import { useLang } from '@/lib/i18n/use-lang';

const map = regionsMapRaw as unknown as RegionsMap;
const [, , fullWidth = 1000, fullHeight = 1000] = map.viewBox.split(' ').map(Number);

/** Projects a point with the map's own equirectangular projection. */
function project({ lat, lon }: LatLon): { x: number; y: number } {
  const { lon0, lat0, scale, cosLat0 } = map.projection;
  return { x: (lon - lon0) * cosLat0 * scale, y: (lat0 - lat) * scale };
}

/** The bounding box of a region's outline, from its path's coordinate pairs. */
function boxOf(code: string) {
  const d = map.regions.find((region) => region.code === code)?.d ?? '';
  const numbers = (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const x = numbers[i] ?? 0;
    const y = numbers[i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return Number.isFinite(minX) ? { minX, minY, maxX, maxY } : null;
}

export interface RankedCenter {
  center: Center;
  distance: string;
}

export interface CentersMapProps {
  all: readonly Center[];
  ranked: readonly RankedCenter[];
  origin: LatLon | null;
  /** The region to zoom on (the user's); all of Morocco when null. */
  region: string | null;
  onSelect: (centerId: string) => void;
}

/**
 * An offline SVG map of the 12 regions (no tile server), with every center as a dot and the five
 * nearest as numbered, keyboard-reachable markers. It zooms on the user's region and the nearest
 * centers. Decorative for screen readers beyond its markers: the list is the accessible version.
 */
export default function CentersMap({ all, ranked, origin, region, onSelect }: CentersMapProps) {
  const { t } = useTranslation('centers');
  const lang = useLang();

  const viewBox = useMemo(() => {
    const points = [
      ...(origin ? [project(origin)] : []),
      ...ranked.map(({ center }) => project(center)),
    ];
    const box = region ? boxOf(region) : null;
    if (!box && points.length === 0) return map.viewBox;
    let { minX, minY, maxX, maxY } = box ?? {
      minX: Infinity,
      minY: Infinity,
      maxX: -Infinity,
      maxY: -Infinity,
    };
    for (const { x, y } of points) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    const pad = 30;
    const width = Math.min(fullWidth, Math.max(200, maxX - minX + 2 * pad));
    const height = Math.min(fullHeight, Math.max(200, maxY - minY + 2 * pad));
    const x = Math.max(0, Math.min(fullWidth - width, (minX + maxX) / 2 - width / 2));
    const y = Math.max(0, Math.min(fullHeight - height, (minY + maxY) / 2 - height / 2));
    return `${x.toFixed(1)} ${y.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`;
  }, [origin, ranked, region]);

  const zoom = Number(viewBox.split(' ')[2]) / fullWidth;
  const rankedIds = new Set(ranked.map(({ center }) => center.id));
  const you = origin ? project(origin) : null;

  return (
    <figure className="centers-map" dir="ltr">
      <svg viewBox={viewBox} role="group" aria-label={t('map.label')} className="centers-map__svg">
        <g aria-hidden="true">
          {map.regions.map((outline) => (
            <path
              key={outline.code}
              d={outline.d}
              className={`centers-map__region${outline.code === region ? ' centers-map__region--current' : ''}`}
              strokeWidth={1.2 * zoom}
            >
              <title>{regionName(outline.code)?.[lang]}</title>
            </path>
          ))}
          {all
            .filter((center) => !rankedIds.has(center.id))
            .map((center) => {
              const { x, y } = project(center);
              return (
                <circle key={center.id} cx={x} cy={y} r={4 * zoom} className="centers-map__dot" />
              );
            })}
        </g>
        {ranked.map(({ center, distance }, index) => {
          const { x, y } = project(center);
          return (
            // A focusable marker: Enter or Space shows the center in the list.
            <g
              key={center.id}
              tabIndex={0}
              role="button"
              aria-label={t('map.center', { number: index + 1, name: center.name[lang], distance })}
              className="centers-map__marker"
              onClick={() => onSelect(center.id)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  onSelect(center.id);
                }
              }}
            >
              <circle cx={x} cy={y} r={11 * zoom} />
              <text
                x={x}
                y={y}
                dy="0.35em"
                textAnchor="middle"
                fontSize={13 * zoom}
                aria-hidden="true"
              >
                {index + 1}
              </text>
            </g>
          );
        })}
        {you ? (
          <g className="centers-map__you" role="img" aria-label={t('map.you')}>
            <circle cx={you.x} cy={you.y} r={9 * zoom} />
            <circle cx={you.x} cy={you.y} r={3.5 * zoom} className="centers-map__you-dot" />
          </g>
        ) : null}
      </svg>
      <figcaption className="muted">
        {t('map.note')} {t('map.credit')}
      </figcaption>
    </figure>
  );
}
