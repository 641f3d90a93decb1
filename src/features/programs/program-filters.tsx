import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { sectors } from '@/data/catalogue';
import { levels } from '@/data/levels';
import type { LevelId, RegionCode } from '@/data/schemas';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { regions } from '@/data/regions';
import { formatNumber } from '@/lib/format';
import {
  isSearchTooLong,
  MAX_SEARCH_LENGTH,
  type ProgramQuery,
  type UpdateOptions,
} from './program-query';

export interface ProgramFiltersProps {
  query: ProgramQuery;
  update: (change: Partial<ProgramQuery>, options?: UpdateOptions) => void;
}

/** The search box and the sector, level and region filters; every change goes to the address. */
export function ProgramFilters({ query, update }: ProgramFiltersProps) {
  const { t } = useTranslation('programs');
  const lang = useCatalogueText();
  const id = useId();
  const ids = {
    heading: `${id}-heading`,
    search: `${id}-search`,
    searchHint: `${id}-search-hint`,
    sector: `${id}-sector`,
    level: `${id}-level`,
    region: `${id}-region`,
    regionHint: `${id}-region-hint`,
  };

  // The box keeps its own text, so typing never waits for the address (the router updates it in a
  // transition). It takes the address's text after any navigation but its own, which replaces the
  // history entry: clearing, a filter, going back or forward.
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const [text, setText] = useState(query.q);
  const searchRef = useRef<HTMLInputElement>(null);
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    setSeenKey(key);
    if (navigationType !== NavigationType.Replace) setText(query.q);
  }

  const active = query.q.trim() !== '' || query.sector || query.level || query.region;

  return (
    <form
      role="search"
      className="program-filters"
      aria-labelledby={ids.heading}
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={ids.heading}>{t('filters.heading')}</h2>
      <div className="program-filters__field">
        <label htmlFor={ids.search}>{t('filters.search')}</label>
        <input
          ref={searchRef}
          id={ids.search}
          type="search"
          value={text}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          maxLength={MAX_SEARCH_LENGTH}
          aria-describedby={ids.searchHint}
          onChange={(event) => {
            const value = event.target.value;
            setText(value);
            update({ q: value }, { replace: true });
          }}
        />
        <p id={ids.searchHint} className="program-filters__hint">
          {t('filters.searchHint')}
        </p>
        {isSearchTooLong(query.q) ? (
          <Alert tone="error" role="alert">
            <p>{t('filters.tooLong', { max: formatNumber(MAX_SEARCH_LENGTH, lang) })}</p>
            <p>
              <Button
                variant="secondary"
                onClick={() => {
                  setText('');
                  update({ q: '' }, { replace: true });
                  searchRef.current?.focus();
                }}
              >
                {t('filters.clearSearch')}
              </Button>
            </p>
          </Alert>
        ) : null}
      </div>
      <div className="program-filters__selects">
        <div className="program-filters__field">
          <label htmlFor={ids.sector}>{t('filters.sector')}</label>
          <select
            id={ids.sector}
            value={query.sector ?? ''}
            onChange={(event) => update({ sector: event.target.value || null })}
          >
            <option value="">{t('filters.allSectors')}</option>
            {sectors.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {sector.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="program-filters__field">
          <label htmlFor={ids.level}>{t('filters.level')}</label>
          <select
            id={ids.level}
            value={query.level ?? ''}
            onChange={(event) => update({ level: (event.target.value || null) as LevelId | null })}
          >
            <option value="">{t('filters.allLevels')}</option>
            {levels.levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.name[lang]}
              </option>
            ))}
          </select>
        </div>
        <div className="program-filters__field">
          <label htmlFor={ids.region}>{t('filters.region')}</label>
          <select
            id={ids.region}
            value={query.region ?? ''}
            aria-describedby={ids.regionHint}
            onChange={(event) =>
              update({ region: (event.target.value || null) as RegionCode | null })
            }
          >
            <option value="">{t('filters.allRegions')}</option>
            {regions.map((region) => (
              <option key={region.code} value={region.code}>
                {region.name[lang]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={ids.regionHint} className="program-filters__hint">
        {t('filters.regionHint')}
      </p>
      {active ? (
        <div className="actions">
          <Button
            variant="secondary"
            onClick={() => {
              setText('');
              update({ q: '', sector: null, level: null, region: null });
              // The button goes away with the filters: focus goes back to the search box.
              searchRef.current?.focus();
            }}
          >
            {t('filters.clear')}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
