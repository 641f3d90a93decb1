import { useTranslation } from 'react-i18next';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Card } from '@/components/ui/card';
import { byOfppt, type ProgramSectionProps } from './program-section';

/** How far the data about the program is confirmed, and where to check it. */
export function ProgramStatusSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  return (
    <Card as="section" aria-labelledby="program-status" accent={program.status === 'indicative'}>
      <h2 id="program-status">{t('program.statusHeading')}</h2>
      <p>
        <strong>{text.status(program)}</strong>{' '}
        {program.status === 'verified' ? t('program.verifiedBody') : t('program.indicativeBody')}
      </p>
      {program.kind === 'trade-area' ? <p>{t('program.tradeArea')}</p> : null}
      {program.status === 'indicative' ? (
        <p>{byOfppt(program) ? <OfficialPortalLink /> : t(`operators.${program.operator}.ask`)}</p>
      ) : null}
    </Card>
  );
}
