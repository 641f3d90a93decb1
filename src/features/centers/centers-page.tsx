import '@/components/ui/forms.css';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { centers, towns } from '@/data/places';
import { regionName } from '@/data/regions';
import type { Center, Town } from '@/data/schemas';
import { season } from '@/data/season';
import { distanceKm, nearest, parseLatLon, type LatLon } from '@/domain/geo';
import { findTown } from '@/domain/town-search';
import { formatList, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { usePageTitle } from '@/lib/use-page-title';
import { TownSearchForm } from './town-search-form';
import { useGeolocation } from './use-geolocation';
import './centers.css';

// The map is drawn only on this screen, and only once there is something to show.
const CentersMap = lazy(() => import('./centers-map'));

/** How many centers the list shows. */
const SHOWN = 5;
/** Within this distance of a place the mobile units serve, or beyond it from any center, say so. */
const MOBILE_UNIT_RADIUS_KM = 80;

const mobilePlaces = season.mobileUnits.examplePlaces
  .map((place) => towns.find((town) => town.name.fr === place.fr))
  .filter((town): town is Town => town !== undefined);

/** Links to directions and to the official establishment search, for one center. */
function CenterLinks({ center }: { center: Center }) {
  const { t } = useTranslation('centers');
  const lang = useLang();
  const label = encodeURIComponent(center.city.fr);
  return (
    <span className="center__links">
      <a href={`geo:${center.lat},${center.lon}?q=${center.lat},${center.lon}(${label})`}>
        {t('nearest.directions')}
      </a>
      <a
        href={`https://www.openstreetmap.org/?mlat=${center.lat}&mlon=${center.lon}#map=13/${center.lat}/${center.lon}`}
        rel="noopener noreferrer"
        target="_blank"
      >
        {t('nearest.osm')}
      </a>
      <a
        href={`https://www.myway.ac.ma/etablissements?search=${encodeURIComponent(center.city.fr)}`}
        rel="noopener noreferrer"
        target="_blank"
      >
        {t('nearest.portal', { city: center.city[lang] })}
      </a>
    </span>
  );
}

/**
 * `#/centers`, `?near=LAT,LON` or `?town=NAME`: the five nearest orientation centers with their
 * distance, on a list (the accessible version) and an offline map.
 */
export default function CentersPage() {
  const { t } = useTranslation('centers');
  const lang = useLang();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const listRef = useRef<HTMLOListElement>(null);

  const nearParam = params.get('near');
  const townParam = params.get('town');
  const near = nearParam === null ? null : parseLatLon(nearParam);
  const town = useMemo(() => (townParam === null ? null : findTown(towns, townParam)), [townParam]);
  const origin: LatLon | null = near ?? town;

  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      setParams(next);
    },
    [params, setParams],
  );

  const onPosition = useCallback(
    ({ lat, lon }: LatLon) => update({ near: `${lat.toFixed(4)},${lon.toFixed(4)}`, town: null }),
    [update],
  );
  const geo = useGeolocation(onPosition);

  const ranked = useMemo(() => (origin ? nearest(origin, centers, SHOWN) : []), [origin]);
  const shown = ranked.map(({ item, distanceKm: km }) => ({
    center: item,
    km,
    distance: formatNumber(km, lang, {
      style: 'unit',
      unit: 'kilometer',
      maximumFractionDigits: 0,
    }),
  }));
  const region = town?.region ?? ranked[0]?.item.region ?? null;

  const nearMobileUnits =
    origin !== null &&
    (mobilePlaces.some((place) => distanceKm(origin, place) <= MOBILE_UNIT_RADIUS_KM) ||
      (ranked[0]?.distanceKm ?? 0) > MOBILE_UNIT_RADIUS_KM);
  const places = formatList(
    season.mobileUnits.examplePlaces.map((place) => place[lang]),
    lang,
  );

  const select = (centerId: string) => {
    const item = listRef.current?.querySelector<HTMLElement>(`[data-center-id="${centerId}"]`);
    item?.scrollIntoView?.({ block: 'nearest' });
    item?.focus();
  };

  return (
    <div className="stack centers">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <Alert tone="info" role="note">
        <p>{t('honesty')}</p>
      </Alert>

      <Card as="section" aria-label={t('title')} className="centers__search">
        <div className="actions">
          <Button variant="secondary" onClick={geo.locate} disabled={geo.state.status === 'busy'}>
            {t('locate.button')}
          </Button>
        </div>
        <p className="muted">{t('locate.privacy')}</p>
        <p role="status">{geo.state.status === 'busy' ? t('locate.busy') : ''}</p>
        {geo.state.status === 'failed' ? (
          <Alert tone="error" role="alert">
            <p>{t(`locate.${geo.state.reason}`)}</p>
          </Alert>
        ) : null}
        <TownSearchForm
          key={townParam ?? ''}
          initial={town ? town.name[lang] : (townParam ?? '')}
          onTown={(chosen) => update({ town: chosen.name.fr, near: null })}
          onText={(text) => update({ town: text, near: null })}
        />
      </Card>

      {nearParam !== null && !near ? (
        <Alert tone="error" role="alert">
          <p>{t('badNear')}</p>
        </Alert>
      ) : null}
      {townParam !== null && !near && !town ? (
        <Alert tone="error" role="alert">
          <p>{t('town.notFound', { town: townParam })}</p>
        </Alert>
      ) : null}

      {origin ? (
        <section className="stack" aria-labelledby="centers-nearest">
          <h2 id="centers-nearest">
            {town && !near
              ? t('nearest.headingTown', { place: town.name[lang] })
              : t('nearest.headingPosition')}
          </h2>
          <ol data-testid="center-ranking" className="center-list" ref={listRef}>
            {shown.map(({ center, km, distance }) => (
              <li
                key={center.id}
                data-center-id={center.id}
                data-distance-km={km.toFixed(1)}
                className="center"
                tabIndex={-1}
              >
                <span className="center__head">
                  <span className="center__name">{center.name[lang]}</span>
                  <span className="center__distance">{t('nearest.distance', { distance })}</span>
                </span>
                <span className="center__meta">
                  {t('nearest.region', {
                    region: regionName(center.region)?.[lang] ?? center.region,
                  })}
                  {center.kind === 'cmc' ? <> · {t('nearest.cmc')}</> : null} ·{' '}
                  <span className="badge">{t('nearest.indicative')}</span>
                </span>
                <span className="center__meta">
                  {t('nearest.services', {
                    services: center.services.map((service) => service[lang]).join(' · '),
                  })}
                </span>
                <CenterLinks center={center} />
              </li>
            ))}
          </ol>
          <Suspense fallback={<p className="muted">{t('map.loading')}</p>}>
            <CentersMap
              all={centers}
              ranked={shown}
              origin={origin}
              region={region}
              onSelect={select}
            />
          </Suspense>
        </section>
      ) : (
        <p>{t('start')}</p>
      )}

      <Card as="section" aria-labelledby="centers-inclusion">
        <h2 id="centers-inclusion">{t('inclusion.heading')}</h2>
        <p
          data-testid="mobile-units"
          className={nearMobileUnits ? 'centers__highlight' : undefined}
        >
          {t('inclusion.mobile', {
            units: season.mobileUnits.units,
            seats: formatNumber(season.mobileUnits.seatsPerYear, lang),
            places,
          })}
        </p>
        <p>{t('inclusion.others')}</p>
        <ul>
          {season.inclusion.map((item) => (
            <li key={item.text.en}>{item.text[lang]}</li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
