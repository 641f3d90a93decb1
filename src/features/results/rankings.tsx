import '@/components/ui/chips.css';
import '@/components/ui/forms.css';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { SectorIcon } from '@/components/sector-icon';
import { Button } from '@/components/ui/button';
import { findProgram, findSector, programs, sectors } from '@/data/catalogue';
import { findCmc } from '@/data/cmcs';
import { findLevel, levels } from '@/data/levels';
import type { Program } from '@/data/schemas';
import { explainMatch, rankPrograms, rankSectors } from '@/domain/matching';
import type { Precision } from '@/domain/precision';
import { equallyClose, fitBand, type Band, type ProfileReading } from '@/domain/reading';
import type { RiasecProfile } from '@/domain/riasec';
import { formatList } from '@/lib/format';
import { useCatalogueText } from '@/lib/i18n/use-catalogue-text';
import { paths } from '@/lib/paths';
import { FeaturedSectors } from './featured-sectors';
import { Heading, type HeadingLevel } from './heading';

const PAGE = 15;
const sectorIds = sectors.map((sector) => sector.id);

export interface RankingsProps {
  profile: RiasecProfile;
  /** The user's school level, when known: programs are then limited to the levels it opens. */
  schoolLevel: string | null;
  /** What the profile says within its precision: bands are capped by its notice. */
  reading: ProfileReading;
  precision: Precision;
  /** Starts the ids of the sections' elements, unique on the page. */
  idPrefix: string;
  headingLevel: HeadingLevel;
  /** Sectors to show first, in a short section of their own (a school's, in embed mode). */
  featuredSectorIds?: readonly string[];
  /** Called with the ranked sectors and their bands, best first, whenever they change. */
  onSectorsShown?: (sectors: readonly { id: string; band: Band }[]) => void;
}

/** Entry requirement, usual duration and places of a program, as far as the data knows them. */
function ProgramDetails({ program, fit }: { program: Program; fit: number }) {
  const { t } = useTranslation('results');
  const lang = useCatalogueText();
  const level = findLevel(program.level);
  const places = [
    ...program.where.cmcs.map((id) => findCmc(id)?.name[lang] ?? id),
    ...program.where.places.map((place) => place.name[lang]),
  ];
  const placeList = formatList(places, lang);
  return (
    <span className="ranking__details">
      {level ? (
        <span>
          {t('details.entry', { requirement: program.entry?.[lang] ?? level.requirement[lang] })}
        </span>
      ) : null}
      {level ? (
        <span>
          {level.durationConfirmed
            ? t('details.durationConfirmed', { count: level.usualDurationYears })
            : t('details.duration', { count: level.usualDurationYears })}
        </span>
      ) : null}
      <span>
        {places.length > 0 ? t('details.where', { places: placeList }) : t('details.whereUnknown')}
      </span>
      <span>{t('details.runBy', { operator: t(`operators.${program.operator}`) })}</span>
      <span>{t('details.fit', { fit })}</span>
    </span>
  );
}

/** Ranked sectors and programs, with the design's `data-*` hooks for embedding pages and tests. */
export function Rankings({
  profile,
  schoolLevel,
  reading,
  precision,
  idPrefix,
  headingLevel,
  featuredSectorIds = [],
  onSectorsShown,
}: RankingsProps) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation('profile');
  const lang = useCatalogueText();
  const school = levels.schoolLevels.find((level) => level.id === schoolLevel) ?? null;
  const [showAll, setShowAll] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const sectorsId = `${idPrefix}-sectors`;
  const programsId = `${idPrefix}-programs`;
  const limited = school !== null && !showAll;

  const rankedSectors = useMemo(
    () =>
      rankSectors(profile, sectorIds, programs, {
        eligibleLevels: limited ? school.opensTo : undefined,
      }),
    [profile, limited, school],
  );
  const sectorsApart = sectorIds.filter((id) => !rankedSectors.some((ranked) => ranked.id === id));
  const rankedPrograms = useMemo(
    () => rankPrograms(profile, programs, { eligibleLevels: limited ? school.opensTo : undefined }),
    [profile, limited, school],
  );
  const band = (fit: number) => fitBand(fit, reading.notice);
  const sectorBands = useMemo(
    () => rankedSectors.map(({ id, fit }) => ({ id, band: fitBand(fit, reading.notice) })),
    [rankedSectors, reading.notice],
  );
  // In the ranking's order, with its bands; ids the ranking does not hold are left out.
  const featured = sectorBands.filter(({ id }) => featuredSectorIds.includes(id));
  useEffect(() => onSectorsShown?.(sectorBands), [onSectorsShown, sectorBands]);
  const programGroups = equallyClose(rankedPrograms.slice(0, shown), precision.fitTolerance);
  const levelName = (id: string) => findLevel(id)?.name[lang] ?? id;
  const typeNames = (types: string[]) =>
    formatList(
      types.map((type) => tc(`riasec.${type as 'R'}`)),
      lang,
    );

  return (
    <>
      <FeaturedSectors sectors={featured} idPrefix={idPrefix} headingLevel={headingLevel} />
      <section className="stack" aria-labelledby={sectorsId}>
        <Heading level={headingLevel} id={sectorsId}>
          {t('sectors.heading')}
        </Heading>
        {school ? (
          <p>{limited ? t('sectors.eligible', { level: school.name[lang] }) : t('sectors.all')}</p>
        ) : null}
        <ol data-testid="sector-ranking" className="ranking">
          {rankedSectors.map((ranked, index) => {
            const sector = findSector(ranked.id);
            const level = band(ranked.fit);
            const best = ranked.topPrograms.map((id) => findProgram(id)?.name[lang] ?? id);
            return (
              <li
                key={ranked.id}
                data-sector-id={ranked.id}
                data-fit={ranked.fit}
                data-band={level}
                className="ranking__item"
              >
                <span className="ranking__place" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="ranking__icon" aria-hidden="true">
                  {sector ? <SectorIcon icon={sector.icon} /> : null}
                </span>
                <div className="ranking__main">
                  <span className="ranking__name">{sector?.name[lang]}</span>
                  <span className="ranking__meta">
                    {limited
                      ? t('sectors.open', { count: ranked.openPrograms })
                      : t('sectors.count', { count: ranked.openPrograms })}
                  </span>
                  <span className="ranking__why">
                    {t('sectors.best', { programs: formatList(best, lang) })}
                  </span>
                </div>
                <span className={`ranking__band ranking__band--${level}`}>
                  {t(`band.${level}`)}
                </span>
              </li>
            );
          })}
        </ol>
        {sectorsApart.length > 0 ? (
          <div className="ranking-apart">
            <Heading level={headingLevel === 2 ? 3 : 4}>
              {limited ? t('sectors.apartEligible') : t('sectors.apart')}
            </Heading>
            <ul className="chips chips--pills">
              {sectorsApart.map((id) => (
                <li key={id} data-sector-id={id}>
                  {findSector(id)?.name[lang] ?? id}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>

      <section className="stack" aria-labelledby={programsId}>
        <Heading level={headingLevel} id={programsId}>
          {t('programs.heading')}
        </Heading>
        {school ? (
          <div className="actions">
            <p>
              {showAll ? t('programs.all') : t('programs.eligible', { level: school.name[lang] })}
            </p>
            <Button
              variant="secondary"
              className="no-print"
              onClick={() => setShowAll((value) => !value)}
              aria-pressed={showAll}
            >
              {showAll ? t('programs.showEligible') : t('programs.showAll')}
            </Button>
          </div>
        ) : null}
        {rankedPrograms.length === 0 ? <p>{t('programs.none')}</p> : null}
        <ol data-testid="program-ranking" className="ranking ranking--programs">
          {programGroups.map((group, groupIndex) => {
            // Programs within the error of each other share their place: the order inside a
            // group follows the fit to the decimal, which the measurement cannot tell apart.
            const place = programGroups.slice(0, groupIndex).reduce((sum, g) => sum + g.length, 1);
            return group.map((ranked) => {
              const program = findProgram(ranked.id);
              if (!program) return null;
              const drivers = explainMatch(profile, program.riasec);
              const level = band(ranked.fit);
              return (
                <li
                  key={ranked.id}
                  value={place}
                  data-program-id={ranked.id}
                  data-fit={ranked.fit}
                  data-band={level}
                  className="ranking__item"
                >
                  <span className="ranking__place" aria-hidden="true">
                    {place}
                  </span>
                  <div className="ranking__main">
                    <span className="ranking__name">{program.name[lang]}</span>
                    <span className="ranking__meta">
                      <span>{t('programs.level', { level: levelName(program.level) })}</span> ·{' '}
                      <span>{findSector(program.sector)?.name[lang]}</span>
                      {program.status === 'indicative' ? (
                        <>
                          {' '}
                          · <span className="badge">{t('programs.indicative')}</span>{' '}
                          <span className="muted">
                            (
                            {program.operator === 'ofppt'
                              ? t('programs.indicativeHint')
                              : t('programs.indicativeHintOther')}
                            )
                          </span>
                        </>
                      ) : null}
                    </span>
                    {group.length > 1 && ranked === group[0] ? (
                      <span className="ranking__tie">
                        {t('programs.tie', { count: group.length, place })}
                      </span>
                    ) : null}
                    <span className="ranking__why">
                      {drivers.length > 0
                        ? t('programs.why', { types: typeNames(drivers) })
                        : t('programs.whyNone')}
                    </span>
                    <ProgramDetails program={program} fit={ranked.fit} />
                    <span className="ranking__links no-print">
                      <Link to={paths.program.href(program.id)}>
                        {t('details.open', { name: program.name[lang] })}
                      </Link>
                      {program.operator === 'ofppt' ? (
                        <OfficialPortalLink>{t('details.portal')}</OfficialPortalLink>
                      ) : (
                        <span>
                          {t('details.applyElsewhere', {
                            operator: t(`operators.${program.operator}`),
                          })}
                        </span>
                      )}
                    </span>
                  </div>
                  <span className={`ranking__band ranking__band--${level}`}>
                    {t(`band.${level}`)}
                  </span>
                </li>
              );
            });
          })}
        </ol>
        {rankedPrograms.length > shown ? (
          <Button
            variant="secondary"
            className="no-print"
            onClick={() => setShown((count) => count + PAGE)}
          >
            {t('programs.more')}
          </Button>
        ) : null}
      </section>
    </>
  );
}
