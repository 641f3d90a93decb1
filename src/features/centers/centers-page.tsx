import '@/components/ui/chips.css';
import '@/components/ui/forms.css';
import { lazy, Suspense, useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TOWN_FIELD_MAX } from '@/components/town-combobox';
import { ExternalLink } from '@/components/ui/external-link';
import { centers, isNearMorocco } from '@/data/places';
import { towns } from '@/data/towns';
import { regionName } from '@/data/regions';
import type { Center, Town } from '@/data/schemas';
import { season } from '@/data/season';
import { distanceKm, nearest, parseLatLon, type LatLon } from '@/domain/geo';
import { resolveTown } from '@/domain/town-search';
import { embedOptions } from '@/lib/embed/mode';
import { formatDistance, formatList, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { useReveal } from '@/lib/reveal';
import { usePageTitle } from '@/lib/use-page-title';
import { TownSearchForm } from './town-search-form';
import { useGeolocation } from './use-geolocation';
import './centers.css';

// The map is drawn only on this screen, and only once there is something to show.
const CentersMap = lazy(() => import('./centers-map'));

/** How many centers the list shows. */
const SHOWN = 5;
/** How many towns are offered when what was typed matches several. */
const SHOWN_CHOICES = 12;
/** Within this distance of a place the mobile units serve, or beyond it from any center, say so. */
const MOBILE_UNIT_RADIUS_KM = 80;

/** The town field's id: every message about a position or town that cannot be used leads to it. */
const TOWN_FIELD = 'centers-town';
/** The longest `near=` read: two coordinates fit in far fewer characters. */
const MAX_NEAR_LENGTH = 64;

/** The way on from a position or a town that cannot be used: typing a town, in the field above. */
function TypeTown() {
  const { t } = useTranslation('centers');
  return (
    <p>
      <Button variant="secondary" onClick={() => document.getElementById(TOWN_FIELD)?.focus()}>
        {t('town.wayOn')}
      </Button>
    </p>
  );
}

/** The notice that places are indicative is shown only while some center is. */
const anyIndicative = centers.some((center) => center.status === 'indicative');

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
      <ExternalLink
        href={`https://www.openstreetmap.org/?mlat=${center.lat}&mlon=${center.lon}#map=13/${center.lat}/${center.lon}`}
      >
        {t('nearest.osm')}
      </ExternalLink>
      <OfficialPortalLink institutionsIn={center.city.fr}>
        {t('nearest.portal', { city: center.city[lang] })}
      </OfficialPortalLink>
    </span>
  );
}

/**
 * `#/centers`, `?near=LAT,LON` or `?town=NAME`: the five nearest orientation centers with their
 * distance, on a list (the accessible version) and an offline map. `town=` holds a town id once a
 * town is chosen, or a name as typed or linked: it is resolved to one town (then shown in the
 * active language), to choices, or to "unknown". A position far from Morocco ranks nothing.
 */
export default function CentersPage() {
  const { t } = useTranslation('centers');
  const lang = useLang();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const nearestRef = useRef<HTMLHeadingElement>(null);
  // After a search that finds centers, the list's heading takes focus and comes into view.
  const reveal = useReveal(nearestRef);

  const nearParam = params.get('near');
  // In embed mode the school's town (`data-town`) stands for `?town=` until the user chooses a
  // town or a position of their own.
  const townParam =
    params.get('town') ?? (nearParam === null ? (embedOptions()?.town ?? null) : null);
  const near =
    nearParam === null || nearParam.length > MAX_NEAR_LENGTH ? null : parseLatLon(nearParam);
  // A text longer than the field takes is no town name: it is refused before it is searched.
  const townTooLong = townParam !== null && townParam.length > TOWN_FIELD_MAX;
  const townResolution = useMemo(
    () => (townParam === null || townTooLong ? null : resolveTown(towns, townParam)),
    [townParam, townTooLong],
  );
  const town = townResolution?.kind === 'town' ? townResolution.town : null;
  const townChoices = townResolution?.kind === 'choices' ? townResolution.towns : null;
  const located: LatLon | null = near ?? town;
  // Distances to Moroccan centers from far away would only mislead: say so and rank nothing.
  const outside = located !== null && !isNearMorocco(located);
  const origin: LatLon | null = outside ? null : located;

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
    (position: LatLon) => {
      update({ near: `${position.lat.toFixed(4)},${position.lon.toFixed(4)}`, town: null });
      if (isNearMorocco(position)) reveal();
    },
    [update, reveal],
  );
  const geo = useGeolocation(onPosition);

  const ranked = useMemo(() => (origin ? nearest(origin, centers, SHOWN) : []), [origin]);
  const shown = ranked.map(({ item, distanceKm: km }) => ({
    center: item,
    km,
    distance: formatDistance(km, lang),
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

  return (
    <div className="stack centers">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      {anyIndicative ? (
        <Alert tone="info" role="note">
          <p>{t('honesty')}</p>
        </Alert>
      ) : null}

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
            <TypeTown />
          </Alert>
        ) : null}
        {outside ? (
          <Alert tone="warning" role="alert">
            <p>{t('outside')}</p>
            <TypeTown />
          </Alert>
        ) : null}
        <TownSearchForm
          id={TOWN_FIELD}
          initial={town ? town.name[lang] : townTooLong ? '' : (townParam ?? '')}
          onTown={(chosen) => {
            update({ town: chosen.id, near: null });
            reveal();
          }}
          // Text that designates no single town: the choices or the "unknown" alert answer it,
          // next to the field, which keeps the focus.
          onText={(text) => update({ town: text, near: null })}
        />
      </Card>

      {nearParam !== null && !near ? (
        <Alert tone="error" role="alert">
          <p>{t('badNear')}</p>
          <TypeTown />
        </Alert>
      ) : null}
      {townTooLong && !near ? (
        <Alert tone="error" role="alert">
          <p>{t('town.tooLong')}</p>
          <TypeTown />
        </Alert>
      ) : null}
      {townParam !== null && !near && townResolution?.kind === 'unknown' ? (
        <Alert tone="error" role="alert">
          <p>{t('town.notFound', { town: townParam })}</p>
          <TypeTown />
        </Alert>
      ) : null}
      {townChoices && !near ? (
        <section className="town-choices" aria-labelledby="centers-choices">
          <p id="centers-choices" role="status">
            {t('town.choices', { town: townParam })}
          </p>
          <ul className="chips">
            {townChoices.slice(0, SHOWN_CHOICES).map((choice) => (
              <li key={choice.id}>
                <Button
                  variant="secondary"
                  onClick={() => {
                    update({ town: choice.id, near: null });
                    reveal();
                  }}
                >
                  {t('town.choice', {
                    town: choice.name[lang],
                    region: regionName(choice.region)?.[lang] ?? choice.region,
                  })}
                </Button>
              </li>
            ))}
          </ul>
          {townChoices.length > SHOWN_CHOICES ? <p className="muted">{t('town.more')}</p> : null}
        </section>
      ) : null}

      {origin ? (
        <section className="stack" aria-labelledby="centers-nearest">
          <h2 id="centers-nearest" ref={nearestRef} tabIndex={-1}>
            {town && !near
              ? t('nearest.headingTown', { place: town.name[lang] })
              : t('nearest.headingPosition')}
          </h2>
          <ol data-testid="center-ranking" className="center-list">
            {shown.map(({ center, km, distance }, index) => (
              <li
                key={center.id}
                data-center-id={center.id}
                data-distance-km={km.toFixed(1)}
                className="center"
              >
                <span className="center__head">
                  <span className="center__name">
                    {/* The number of the center's marker on the map; the list itself is ordered. */}
                    <span className="center__number" aria-hidden="true">
                      {formatNumber(index + 1, lang)}
                    </span>
                    {center.name[lang]}
                  </span>
                  <span className="center__distance">{t('nearest.distance', { distance })}</span>
                </span>
                <span className="center__meta">
                  {t('nearest.region', {
                    region: regionName(center.region)?.[lang] ?? center.region,
                  })}
                  {center.kind === 'cmc' ? <> · {t('nearest.cmc')}</> : null}
                  {/* The badge says what the data says: only an indicative center carries it. */}
                  {center.status === 'indicative' ? (
                    <>
                      {' · '}
                      <span className="badge">{t('nearest.indicative')}</span>
                    </>
                  ) : null}
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
              ranked={shown}
              origin={origin}
              place={town && !near ? town.name[lang] : null}
              region={region}
            />
          </Suspense>
        </section>
      ) : outside ? null : (
        <p>{t('start')}</p>
      )}

      <Card as="section" aria-labelledby="centers-inclusion">
        <h2 id="centers-inclusion">{t('inclusion.heading')}</h2>
        <p
          data-testid="mobile-units"
          className={nearMobileUnits ? 'centers__highlight' : undefined}
        >
          {t('inclusion.mobile', {
            count: season.mobileUnits.units,
            units: formatNumber(season.mobileUnits.units, lang),
            // The seats' number decides the form of its own noun.
            seats: t('inclusion.mobileSeats', {
              count: season.mobileUnits.seatsPerYear,
              formatted: formatNumber(season.mobileUnits.seatsPerYear, lang),
            }),
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
