import { useTranslation } from 'react-i18next';
import { ProfileTable } from '@/components/profile-table';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { formatNumber } from '@/lib/format';
import { findOccupation } from './program-data';
import type { ProgramSectionProps } from './program-section';

/** The program's interest profile and the occupations it was drawn from. */
export function ProgramInterestsSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return (
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
  );
}
