import { useTranslation } from 'react-i18next';
import type { SeasonFact } from '@/data/schemas';
import { season } from '@/data/season';
import { sourceById } from '@/data/sources';
import { formatList, formatNumber } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';

/** The value of a season fact as the user reads it, through Intl in the active language. */
function useFactValue() {
  const { t } = useTranslation('about');
  const lang = useLang();
  return (fact: SeasonFact): string => {
    switch (fact.unit) {
      case 'percent':
        return formatNumber(fact.value / 100, lang, { style: 'percent' });
      case 'more-than':
        return t('season.moreThan', { value: formatNumber(fact.value, lang) });
      case 'dirham-range':
        return t('season.dirhamRange', {
          min: formatNumber(fact.value, lang),
          max: formatNumber(fact.max ?? fact.value, lang),
        });
      default:
        return formatNumber(fact.value, lang);
    }
  };
}

/** The season's figures with their sources, the mobile units and the inclusion facts. */
export function SeasonFigures() {
  const { t } = useTranslation('about');
  const lang = useLang();
  const valueOf = useFactValue();
  const sourceTitle = (id: string) => sourceById(id)?.title[lang] ?? id;
  const places = formatList(
    season.mobileUnits.examplePlaces.map((place) => place[lang]),
    lang,
  );

  return (
    <>
      <p>{t('season.lead')}</p>
      <ul className="stats">
        {season.facts.map((fact) => (
          <li key={fact.id} className="stats__item">
            <span className="stats__value">{valueOf(fact)}</span>
            <span className="stats__label">{fact.label[lang]}</span>
          </li>
        ))}
      </ul>
      <p>
        {t('season.mobileUnits', {
          count: season.mobileUnits.units,
          units: formatNumber(season.mobileUnits.units, lang),
          // The seats' number decides the form of its own noun.
          seats: t('season.mobileSeats', {
            count: season.mobileUnits.seatsPerYear,
            formatted: formatNumber(season.mobileUnits.seatsPerYear, lang),
          }),
          places,
        })}
      </p>
      <h3>{t('season.inclusionHeading')}</h3>
      <ul>
        {season.inclusion.map((item) => (
          <li key={item.text.en}>{item.text[lang]}</li>
        ))}
      </ul>
      <p className="muted">
        {t('season.source', {
          source: [...new Set(season.facts.map((fact) => fact.source))]
            .map(sourceTitle)
            .join(' · '),
        })}
      </p>
    </>
  );
}
