import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { regionName } from '@/data/regions';
import type { Center } from '@/data/schemas';
import type { LatLon } from '@/domain/geo';
import { formatNumber } from '@/lib/format';
import { languageInfo } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { country, outlines, project } from './map-data';
import { fitView, layoutMap, LINE, SIZES, type PlacedLabel } from './map-layout';

export interface CentersMapProps {
  /** The listed centers, in the list's order: marker n is the list's item n. */
  ranked: readonly { center: Center }[];
  origin: LatLon | null;
  /** The searched town's name in the active language; null for the user's position. */
  place: string | null;
  /** The searched town's region, drawn and named first. */
  region: string | null;
}

const fixed = (value: number) => Math.round(value * 100) / 100;

/**
 * An offline SVG map (no tiles, no other origin) of the searched town or position, ringed, and of
 * the listed centers, numbered as in the list, with the names of the regions in view, fitted to
 * them. It is one image for assistive technologies, named and described ("the centers nearest to
 * Tata: 5 centers, numbered as in the list"); nothing inside it is announced or focusable, since
 * the list above says all it shows, and more. Geography is never mirrored: only the labels follow
 * the direction of their script.
 */
export default function CentersMap({ ranked, origin, place, region }: CentersMapProps) {
  const { t } = useTranslation('centers');
  const lang = useLang();
  const rtl = languageInfo(lang).dir === 'rtl';
  const titleId = useId();
  const descriptionId = useId();
  const originLabel = place ?? t('map.you');

  const layout = useMemo(() => {
    const centers = ranked.map(({ center }) => ({
      id: center.id,
      at: project(center),
      label: center.city[lang],
    }));
    const from = origin ? project(origin) : null;
    return layoutMap({
      view: fitView([...(from ? [from] : []), ...centers.map(({ at }) => at)], country),
      origin: from ? { at: from, label: originLabel } : null,
      centers,
      regions: outlines.map(({ code, rings, labelPoint }) => ({
        code,
        rings,
        labelPoint,
        name: regionName(code)?.[lang] ?? '',
      })),
      currentRegion: region,
      rtl,
    });
  }, [ranked, origin, originLabel, region, lang, rtl]);

  const { view, unit } = layout;
  // The ring's outer edge is the disc the layout keeps clear around the searched place.
  const ring = 1.1 * unit;
  const textProps = {
    lang,
    direction: rtl ? 'rtl' : 'ltr',
    unicodeBidi: 'embed',
  } as const;

  const label = (placed: PlacedLabel, className: string, key?: string) => (
    <text
      key={key}
      {...textProps}
      className={className}
      x={fixed(placed.x)}
      y={fixed(placed.y)}
      dy="0.35em"
      textAnchor={placed.anchor}
      fontSize={fixed(placed.fontSize)}
    >
      {placed.lines.map((line, i) => (
        <tspan key={i} x={fixed(placed.x)} dy={i === 0 ? undefined : `${LINE}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );

  return (
    <figure className="centers-map">
      <svg
        viewBox={[view.x, view.y, view.width, view.height].map(fixed).join(' ')}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        className="centers-map__svg"
        strokeWidth={fixed(0.25 * unit)}
      >
        <title id={titleId}>{place ? t('map.titleTown', { place }) : t('map.titlePosition')}</title>
        <desc id={descriptionId}>{t('map.description', { count: ranked.length })}</desc>
        {outlines.map((outline) => (
          <path
            key={outline.code}
            d={outline.d}
            className={`centers-map__region${outline.code === region ? ' centers-map__region--current' : ''}`}
          />
        ))}
        <g data-testid="map-region-labels">
          {layout.regions.map((placed) => label(placed, 'centers-map__region-name', placed.code))}
        </g>
        {layout.centers.map(({ id, at, marker }) =>
          at.x === marker.x && at.y === marker.y ? null : (
            <g key={id} className="centers-map__leader">
              <line x1={fixed(at.x)} y1={fixed(at.y)} x2={fixed(marker.x)} y2={fixed(marker.y)} />
              <circle cx={fixed(at.x)} cy={fixed(at.y)} r={fixed(0.8 * unit)} />
            </g>
          ),
        )}
        {layout.origin ? (
          <g className="centers-map__origin" data-testid="map-origin">
            <circle
              cx={fixed(layout.origin.at.x)}
              cy={fixed(layout.origin.at.y)}
              r={fixed(SIZES.originRadius * unit - ring / 2)}
              strokeWidth={fixed(ring)}
            />
            <circle
              cx={fixed(layout.origin.at.x)}
              cy={fixed(layout.origin.at.y)}
              r={fixed(1.3 * unit)}
              className="centers-map__origin-dot"
            />
            {layout.origin.label ? label(layout.origin.label, 'centers-map__label') : null}
          </g>
        ) : null}
        {layout.centers.map(({ id, marker, label: placed }, index) => (
          <g key={id} className="centers-map__marker" data-center-id={id}>
            <circle
              cx={fixed(marker.x)}
              cy={fixed(marker.y)}
              r={fixed(SIZES.centerRadius * unit)}
            />
            <text
              {...textProps}
              x={fixed(marker.x)}
              y={fixed(marker.y)}
              dy="0.35em"
              textAnchor="middle"
              fontSize={fixed(SIZES.numberFont * unit)}
            >
              {formatNumber(index + 1, lang)}
            </text>
            {placed ? label(placed, 'centers-map__label') : null}
          </g>
        ))}
      </svg>
      <figcaption className="muted">
        {t('map.note')} {t('map.credit')}
      </figcaption>
    </figure>
  );
}
