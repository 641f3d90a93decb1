import '@/components/ui/chips.css';
import '@/components/ui/forms.css';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ProfileTable } from '@/components/profile-table';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { findProgram } from '@/data/catalogue';
import { programNames } from '@/data/program-names';
import type { Program } from '@/data/schemas';
import { sourceById } from '@/data/sources';
import { formatNumber } from '@/lib/format';
import { LANGUAGES } from '@/lib/i18n/languages';
import { paths } from '@/lib/paths';
import { usePageTitle } from '@/lib/use-page-title';
import { OfficialPortalLink } from './official-portal-link';
import { findCmc } from '@/data/cmcs';
import { findLevel } from '@/data/levels';
import { findRegion } from '@/data/regions';
import { findOccupation, optionsOf } from './program-data';
import { EMPTY_QUERY, langOnly, writeProgramQuery } from './program-query';
import { useProgramText } from './program-text';
import './programs.css';

/** The list to go back to: the one the user came from, filters and all, else the whole list. */
function useBackToList() {
  const { search, state } = useLocation();
  const list: unknown = (state as { list?: unknown } | null)?.list;
  return {
    pathname: paths.programs.href(),
    search: typeof list === 'string' && list.startsWith('?') ? list : langOnly(search),
  };
}

/** `#/programs/:id`: everything Masari's data holds about one program. */
export default function ProgramPage({ id }: { id: string }) {
  const program = findProgram(id);
  return program ? <ProgramDetails program={program} /> : <ProgramNotFound id={id} />;
}

function ProgramNotFound({ id }: { id: string }) {
  const { t } = useTranslation('programs');
  usePageTitle(t('notFound.title'));
  const back = useBackToList();
  return (
    <div className="stack">
      <h1>{t('notFound.title')}</h1>
      <Alert tone="error" role="alert">
        {/* Isolated, so that a Latin identifier keeps its place in an Arabic sentence. */}
        <p>{t('notFound.body', { id: `\u2068${id}\u2069` })}</p>
      </Alert>
      <LinkButton to={back}>{t('notFound.back')}</LinkButton>
    </div>
  );
}

function ProgramDetails({ program }: { program: Program }) {
  // First: it asks for every namespace the page needs at once.
  const text = useProgramText();
  const { t } = useTranslation('programs');
  const { lang } = text;
  const { search } = useLocation();
  usePageTitle(program.name[lang]);
  const back = useBackToList();
  const level = findLevel(program.level);
  const parent = program.parent ? findProgram(program.parent) : undefined;
  const options = optionsOf(program.id);
  const cmcs = program.where.cmcs.flatMap((id) => findCmc(id) ?? []);
  const places = program.where.places;
  // Every language's name, which the catalogue holds only for the languages loaded.
  const names = programNames(program.id);
  const regionName = (code: string) => findRegion(code)?.name[lang] ?? code;
  // Outside OFPPT, the official portal neither lists the program nor handles its admissions.
  const byOfppt = program.operator === 'ofppt';
  const askOperator = t(`operators.${program.operator}.ask`);
  const programLink = (id: string) => ({
    pathname: paths.program.href(id),
    search: langOnly(search),
  });

  return (
    <article className="stack program" aria-labelledby="program-title">
      <p>
        <Link to={back}>
          <span className="mirror-rtl" aria-hidden="true">
            ←
          </span>{' '}
          {t('program.back')}
        </Link>
      </p>

      <header className="program__header">
        <h1 id="program-title">{program.name[lang]}</h1>
        <p className="program__badges">
          <span className="program__chip">{text.levelName(program.level)}</span>
          <span className="program__chip">{text.sectorName(program.sector)}</span>
          {program.status === 'indicative' ? (
            <span className="badge">{t('program.indicative')}</span>
          ) : null}
        </p>
        <p className="lead">{program.description[lang]}</p>
      </header>

      <Card as="section" aria-labelledby="program-status" accent={program.status === 'indicative'}>
        <h2 id="program-status">{t('program.statusHeading')}</h2>
        <p>
          <strong>{text.status(program)}</strong>{' '}
          {program.status === 'verified' ? t('program.verifiedBody') : t('program.indicativeBody')}
        </p>
        {program.kind === 'trade-area' ? <p>{t('program.tradeArea')}</p> : null}
        {program.status === 'indicative' ? (
          <p>{byOfppt ? <OfficialPortalLink /> : askOperator}</p>
        ) : null}
      </Card>

      <Card as="section" aria-labelledby="program-facts">
        <h2 id="program-facts">{t('program.factsHeading')}</h2>
        <dl className="program-facts">
          <dt>{t('program.officialName')}</dt>
          <dd lang="fr">{program.officialName}</dd>
          <dt>{t('program.sector')}</dt>
          <dd>
            <Link
              to={{
                pathname: paths.programs.href(),
                search: writeProgramQuery(langOnly(search), {
                  ...EMPTY_QUERY,
                  sector: program.sector,
                }),
              }}
            >
              {text.sectorName(program.sector)}
            </Link>
          </dd>
          <dt>{t('program.kind')}</dt>
          <dd>{t(`program.kinds.${program.kind}`)}</dd>
          <dt>{t('program.level')}</dt>
          <dd>
            {text.levelName(program.level)}
            {program.levelConfirmed ? null : (
              <span className="program-facts__note">{t('program.levelNotConfirmed')}</span>
            )}
          </dd>
          {level ? (
            <>
              <dt>{t('program.requirement')}</dt>
              <dd>
                {level.requirement[lang]}
                {byOfppt ? null : (
                  <span className="program-facts__note">
                    {t('program.requirementOtherOperator')}
                  </span>
                )}
              </dd>
              {/* The usual durations are OFPPT's: no source gives them for other operators. */}
              {byOfppt ? (
                <>
                  <dt>{t('program.duration')}</dt>
                  <dd>
                    {text.duration(level)}
                    {level.durationConfirmed ? null : (
                      <span className="program-facts__note">
                        {t('program.durationNotConfirmed')}
                      </span>
                    )}
                  </dd>
                </>
              ) : null}
            </>
          ) : null}
          {program.entry ? (
            <>
              <dt>{t('program.entry')}</dt>
              <dd>{program.entry[lang]}</dd>
            </>
          ) : null}
          <dt>{t('program.operator')}</dt>
          <dd data-operator={program.operator}>
            {text.operatorName(program)}
            <span className="program-facts__note">{t(`operators.${program.operator}.about`)}</span>
          </dd>
        </dl>
      </Card>

      <div className="program__columns">
        <Card as="section" aria-labelledby="program-jobs">
          <h2 id="program-jobs">{t('program.jobsHeading')}</h2>
          <ul className="chips chips--pills">
            {/* By position: a program's list is fixed, and only one language may be loaded. */}
            {program.jobs.map((job, index) => (
              <li key={index}>{job[lang]}</li>
            ))}
          </ul>
        </Card>
        <Card as="section" aria-labelledby="program-skills">
          <h2 id="program-skills">{t('program.skillsHeading')}</h2>
          <ul className="chips chips--pills">
            {program.skills.map((skill, index) => (
              <li key={index}>{skill[lang]}</li>
            ))}
          </ul>
        </Card>
      </div>

      <Card as="section" aria-labelledby="program-where">
        <h2 id="program-where">{t('program.whereHeading')}</h2>
        {cmcs.length === 0 && places.length === 0 ? (
          byOfppt ? (
            <p>
              {t('program.whereNotStated')} <OfficialPortalLink />
            </p>
          ) : (
            <p>
              {t('program.whereNotStatedOther')} {askOperator}
            </p>
          )
        ) : (
          <>
            {cmcs.length > 0 ? (
              <>
                <h3>{t('program.cmcsHeading')}</h3>
                <ul>
                  {cmcs.map((cmc) => (
                    <li key={cmc.id}>
                      {t('program.cmc', {
                        name: cmc.name[lang],
                        site: cmc.site[lang],
                        region: regionName(cmc.region),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            {places.length > 0 ? (
              <>
                <h3>{t('program.placesHeading')}</h3>
                <ul>
                  {places.map((place, index) => (
                    <li key={index}>
                      {t('program.place', {
                        place: place.name[lang],
                        region: regionName(place.region),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </>
        )}
      </Card>

      {parent || options.length > 0 ? (
        <Card as="section" aria-labelledby="program-family">
          {parent ? (
            <>
              <h2 id="program-family">{t('program.kinds.option')}</h2>
              <p>
                {t('program.parent')} <Link to={programLink(parent.id)}>{parent.name[lang]}</Link>
              </p>
            </>
          ) : (
            <>
              <h2 id="program-family">{t('program.optionsHeading')}</h2>
              <ul>
                {options.map((option) => (
                  <li key={option.id}>
                    <Link to={programLink(option.id)}>{option.name[lang]}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </Card>
      ) : null}

      <Card as="section" aria-labelledby="program-interests">
        <h2 id="program-interests">{t('program.interestsHeading')}</h2>
        <p>{t('program.interestsLead')}</p>
        <ProfileTable
          profile={program.riasec}
          caption={t('program.interestsCaption')}
          typeHeader={t('program.type')}
          valueHeader={t('program.value')}
          format={(value) => formatNumber(value, lang, { maximumFractionDigits: 1 })}
        />
        <p>{t('program.occupationsLead')}</p>
        <ul className="occupations">
          {program.occupations.map((code) => (
            <li key={code}>
              <span dir="ltr" className="occupations__code">
                {code}
              </span>{' '}
              <span lang="en" dir="ltr">
                {findOccupation(code)?.title ?? code}
              </span>
            </li>
          ))}
        </ul>
        {lang === 'en' ? null : <p className="muted">{t('program.occupationsEnglish')}</p>}
        {program.analogueNote ? (
          <Alert tone="warning" role="note">
            <p>{program.analogueNote[lang]}</p>
          </Alert>
        ) : null}
      </Card>

      <Card as="section" aria-labelledby="program-names">
        <h2 id="program-names">{t('program.otherNames')}</h2>
        <dl className="program-facts">
          {LANGUAGES.map((language) => (
            <Fragment key={language.code}>
              <dt>{t(`program.nameIn.${language.code}`)}</dt>
              <dd>
                <span lang={language.code} dir={language.dir}>
                  {names?.[language.code]}
                </span>
              </dd>
            </Fragment>
          ))}
        </dl>
      </Card>

      <Card as="section" aria-labelledby="program-sources">
        <h2 id="program-sources">{t('program.sourcesHeading')}</h2>
        <ul className="program-sources">
          {program.sources.map((id) => {
            const source = sourceById(id);
            if (!source) return null;
            return (
              <li key={id}>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noopener noreferrer">
                    {source.title[lang]}
                    <span className="visually-hidden"> {t('newTab')}</span>
                  </a>
                ) : (
                  source.title[lang]
                )}{' '}
                <span className="muted">
                  {source.year
                    ? t('program.sourceBylineYear', {
                        publisher: source.publisher,
                        year: String(source.year),
                      })
                    : t('program.sourceByline', { publisher: source.publisher })}
                  {source.kind === 'third-party' ? <> {t('program.sourceThirdParty')}</> : null}
                  {source.kind === 'compiled' ? <> {t('program.sourceCompiled')}</> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </Card>

      {byOfppt ? (
        <Card as="section" accent aria-labelledby="program-official">
          <h2 id="program-official">{t('program.officialHeading')}</h2>
          <p>{t('program.officialBody')}</p>
          <p>
            <OfficialPortalLink>{t('program.officialLink')}</OfficialPortalLink>
          </p>
        </Card>
      ) : (
        <Card as="section" accent aria-labelledby="program-admission">
          <h2 id="program-admission">{t('program.admissionHeading')}</h2>
          {program.admission ? (
            <>
              <p>{program.admission[lang]}</p>
              <p>{t('program.admissionCheck')}</p>
            </>
          ) : (
            <p>{t(`operators.${program.operator}.apply`)}</p>
          )}
        </Card>
      )}
    </article>
  );
}
