import '@/components/ui/chips.css';
import '@/components/ui/forms.css';
import { useEffect, useMemo, useRef, useState } from 'react';
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
import { useDisclosure } from '@/lib/use-disclosure';
import { paths } from '@/lib/paths';
import { FeaturedSectors } from './featured-sectors';
import { Heading, type HeadingLevel } from './heading';

/** Programs rendered at least (print shows the first six); "more" renders further ones. */
const PAGE = 15;
/** Sectors and programs on screen before the user asks for more. */
const FIRST_SECTORS = 5;
const FIRST_PROGRAMS = 5;
/** Programs added to the screen by each "more". */
const MORE_PROGRAMS = 10;
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

/**
 * What a program card shows on demand: its sector, entry requirement, usual duration and places
 * as far as the data knows them, the similarity figure, and where to apply.
 */
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
    <>
      <span className="ranking__details">
        <span>{t('details.sector', { sector: findSector(program.sector)?.name[lang] })}</span>
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
          {places.length > 0
            ? t('details.where', { places: placeList })
            : t('details.whereUnknown')}
        </span>
        <span>{t('details.fit', { fit })}</span>
      </span>
      <span className="ranking__links no-print">
        {program.operator === 'ofppt' ? (
          <OfficialPortalLink>{t('details.portal')}</OfficialPortalLink>
        ) : (
          <span>
            {t('details.applyElsewhere', { operator: t(`operators.${program.operator}`) })}
          </span>
        )}
      </span>
    </>
  );
}

/** A ranked program, compact: name, level, who runs it, band and why; the rest on demand. */
function ProgramCard({
  program,
  fit,
  place,
  band,
  why,
  tie,
  hidden,
}: {
  program: Program;
  fit: number;
  place: number;
  band: Band;
  why: string;
  tie: string | null;
  hidden: boolean;
}) {
  const { t } = useTranslation('results');
  const lang = useCatalogueText();
  const details = useDisclosure();
  return (
    <li
      value={place}
      data-program-id={program.id}
      data-fit={fit}
      data-band={band}
      className="ranking__item"
      hidden={hidden}
    >
      <span className="ranking__place" aria-hidden="true">
        {place}
      </span>
      <div className="ranking__main">
        <span className="ranking__head">
          <Link className="ranking__name" to={paths.program.href(program.id)}>
            {program.name[lang]}
          </Link>
          <span className={`ranking__band ranking__band--${band}`}>{t(`band.${band}`)}</span>
        </span>
        <span className="ranking__meta">
          <span>
            {t('programs.level', { level: findLevel(program.level)?.name[lang] ?? program.level })}
          </span>{' '}
          · <span>{t('details.runBy', { operator: t(`operators.${program.operator}`) })}</span>
          {program.status === 'indicative' ? (
            <>
              {' '}
              · <span className="badge">{t('programs.indicative')}</span>{' '}
              <span>
                (
                {program.operator === 'ofppt'
                  ? t('programs.indicativeHint')
                  : t('programs.indicativeHintOther')}
                )
              </span>
            </>
          ) : null}
        </span>
        {tie ? <span className="ranking__tie">{tie}</span> : null}
        <span className="ranking__why">{why}</span>
        <Button variant="quiet" className="disclosure ranking__toggle no-print" {...details.button}>
          {details.open ? t('details.hide') : t('details.show')}
          <span className="visually-hidden">: {program.name[lang]}</span>
        </Button>
        <div className="ranking__more" {...details.region}>
          {details.open ? <ProgramDetails program={program} fit={fit} /> : null}
        </div>
      </div>
    </li>
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
  const [visible, setVisible] = useState(FIRST_PROGRAMS);
  // Rendered: at least a page (what print shows), and every program on screen.
  const shown = Math.max(PAGE, visible);
  const allSectors = useDisclosure();
  const programsListRef = useRef<HTMLOListElement>(null);
  const firstNew = useRef<number | null>(null);
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
  // After "more", the first program it added takes the focus, where reading goes on.
  useEffect(() => {
    const index = firstNew.current;
    if (index === null) return;
    firstNew.current = null;
    const names = programsListRef.current?.querySelectorAll<HTMLAnchorElement>(
      ':scope > li .ranking__name',
    );
    names?.[index]?.focus();
  }, [visible]);
  const showMorePrograms = () => {
    firstNew.current = visible;
    setVisible((count) => count + MORE_PROGRAMS);
  };
  const sectorsHidden = rankedSectors.length - FIRST_SECTORS;
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
        <ol data-testid="sector-ranking" className="ranking" id={allSectors.region.id}>
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
                className="ranking__item ranking__item--sector"
                hidden={index >= FIRST_SECTORS && !allSectors.open}
              >
                <span className="ranking__place" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="ranking__icon" aria-hidden="true">
                  {sector ? <SectorIcon icon={sector.icon} /> : null}
                </span>
                <div className="ranking__main">
                  <span className="ranking__head">
                    <span className="ranking__name">{sector?.name[lang]}</span>
                    <span className={`ranking__band ranking__band--${level}`}>
                      {t(`band.${level}`)}
                    </span>
                  </span>
                  <span className="ranking__why">
                    {t('sectors.best', { programs: formatList(best, lang) })}
                  </span>
                  <span className="ranking__meta">
                    {limited
                      ? t('sectors.open', { count: ranked.openPrograms })
                      : t('sectors.count', { count: ranked.openPrograms })}
                  </span>
                </div>
              </li>
            );
          })}
        </ol>
        {sectorsHidden > 0 || sectorsApart.length > 0 ? (
          <Button variant="secondary" className="disclosure no-print" {...allSectors.button}>
            {allSectors.open
              ? t('sectors.showFewer', { count: Math.min(FIRST_SECTORS, rankedSectors.length) })
              : t('sectors.showAll', { count: rankedSectors.length + sectorsApart.length })}
          </Button>
        ) : null}
        {sectorsApart.length > 0 && allSectors.open ? (
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
        <ol
          data-testid="program-ranking"
          className="ranking ranking--programs"
          ref={programsListRef}
        >
          {programGroups.map((group, groupIndex) => {
            // Programs within the error of each other share their place: the order inside a
            // group follows the fit to the decimal, which the measurement cannot tell apart.
            const before = programGroups.slice(0, groupIndex).reduce((sum, g) => sum + g.length, 0);
            const place = before + 1;
            return group.map((ranked, inGroup) => {
              const program = findProgram(ranked.id);
              if (!program) return null;
              const drivers = explainMatch(profile, program.riasec);
              return (
                <ProgramCard
                  key={ranked.id}
                  program={program}
                  fit={ranked.fit}
                  place={place}
                  band={band(ranked.fit)}
                  why={
                    drivers.length > 0
                      ? t('programs.why', { types: typeNames(drivers) })
                      : t('programs.whyNone')
                  }
                  tie={
                    group.length > 1 && inGroup === 0
                      ? t('programs.tie', { count: group.length, place })
                      : null
                  }
                  hidden={before + inGroup >= visible}
                />
              );
            });
          })}
        </ol>
        {rankedPrograms.length > visible ? (
          <Button variant="secondary" className="no-print" onClick={showMorePrograms}>
            {t('programs.showMore', {
              count: Math.min(MORE_PROGRAMS, rankedPrograms.length - visible),
              total: rankedPrograms.length,
            })}
          </Button>
        ) : null}
      </section>
    </>
  );
}
