import '@/components/ui/forms.css';
import { useTranslation } from 'react-i18next';
import { SectorIcon } from '@/components/sector-icon';
import { sectors } from '@/data/catalogue';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { programCountBySector } from './program-data';

/** The first sentence of a description: enough for a card, the rest is the sector's to tell. */
function firstSentence(text: string): string {
  return text.split(/(?<=[.!?؟])\s+/u)[0] ?? text;
}

export interface SectorOverviewProps {
  selected: string | null;
  /** A sector id, or null to show every sector again. */
  onSelect: (sector: string | null) => void;
}

/** One card per sector, priority sectors first as in the data; choosing one filters the list. */
export function SectorOverview({ selected, onSelect }: SectorOverviewProps) {
  const { t } = useTranslation('programs');
  const lang = useCatalogueText();
  return (
    <section className="stack" aria-labelledby="programs-sectors">
      <h2 id="programs-sectors">{t('sectors.heading')}</h2>
      <p>{t('sectors.lead')}</p>
      <ul className="sector-cards">
        {sectors.map((sector) => {
          const pressed = selected === sector.id;
          const descriptionId = `sector-${sector.id}-description`;
          return (
            <li
              key={sector.id}
              className={sector.priority ? 'sector-card sector-card--priority' : 'sector-card'}
            >
              <button
                type="button"
                className="sector-card__button"
                aria-pressed={pressed}
                aria-describedby={descriptionId}
                onClick={() => onSelect(pressed ? null : sector.id)}
              >
                <span className="sector-card__icon" aria-hidden="true">
                  <SectorIcon icon={sector.icon} />
                </span>
                <span className="sector-card__name">{sector.name[lang]}</span>{' '}
                <span className="sector-card__count">
                  {t('sectors.count', { count: programCountBySector.get(sector.id) ?? 0 })}
                </span>
              </button>
              {sector.priority ? <span className="badge">{t('sectors.priority')}</span> : null}
              <p id={descriptionId} className="sector-card__description">
                {firstSentence(sector.description[lang])}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
