import { useTranslation } from 'react-i18next';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Card } from '@/components/ui/card';
import { byOfppt, type ProgramSectionProps } from './program-section';

/** How to apply: on the official portal for OFPPT's programs, else through the operator. */
export function ProgramAdmissionSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return byOfppt(program) ? (
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
  );
}
