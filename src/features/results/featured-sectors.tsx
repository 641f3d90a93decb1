import { useTranslation } from 'react-i18next';
import { SectorIcon } from '@/components/sector-icon';
import { findSector } from '@/data/catalogue';
import type { Band } from '@/domain/reading';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { Heading, type HeadingLevel } from './heading';

export interface FeaturedSector {
  id: string;
  band: Band;
}

export interface FeaturedSectorsProps {
  /** The featured sectors found in the ranking, in the ranking's order, with its bands. */
  sectors: readonly FeaturedSector[];
  idPrefix: string;
  headingLevel: HeadingLevel;
}

/**
 * The sectors a school features (embed mode, `data-sectors`), shown before the full ranking with
 * the fit the ranking gives them: a school may point to its own sectors, never change a result.
 */
export function FeaturedSectors({ sectors, idPrefix, headingLevel }: FeaturedSectorsProps) {
  const { t } = useTranslation('results');
  const lang = useCatalogueText();
  const headingId = `${idPrefix}-featured`;
  if (sectors.length === 0) return null;
  return (
    <section className="stack featured-sectors" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('featured.heading')}
      </Heading>
      <p>{t('featured.lead')}</p>
      <ol data-testid="featured-sectors" className="ranking">
        {sectors.map(({ id, band }) => {
          const sector = findSector(id);
          return (
            <li key={id} data-sector-id={id} data-band={band} className="ranking__item">
              <span className="ranking__icon" aria-hidden="true">
                {sector ? <SectorIcon icon={sector.icon} /> : null}
              </span>
              <div className="ranking__main">
                <span className="ranking__head">
                  <span className="ranking__name">{sector?.name[lang] ?? id}</span>
                  <span className={`ranking__band ranking__band--${band}`}>
                    {t(`band.${band}`)}
                  </span>
                </span>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
