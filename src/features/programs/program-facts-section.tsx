import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Card } from '@/components/ui/card';
import { findLevel } from '@/data/levels';
import { paths } from '@/lib/paths';
import { EMPTY_QUERY, langOnly, writeProgramQuery } from './program-query';
import { byOfppt, type ProgramSectionProps } from './program-section';

/** The key facts: official name, sector, kind, level, requirement, duration, entry, operator. */
export function ProgramFactsSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  const { search } = useLocation();
  const level = findLevel(program.level);
  const ofppt = byOfppt(program);
  return (
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
              {ofppt ? null : (
                <span className="program-facts__note">{t('program.requirementOtherOperator')}</span>
              )}
            </dd>
            {/* The usual durations are OFPPT's: no source gives them for other operators. */}
            {ofppt ? (
              <>
                <dt>{t('program.duration')}</dt>
                <dd>
                  {text.duration(level)}
                  {level.durationConfirmed ? null : (
                    <span className="program-facts__note">{t('program.durationNotConfirmed')}</span>
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
  );
}
