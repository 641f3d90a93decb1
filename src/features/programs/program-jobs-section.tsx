import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { ProgramSectionProps } from './program-section';

/** The jobs the program leads to. */
export function ProgramJobsSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return (
    <Card as="section" aria-labelledby="program-jobs">
      <h2 id="program-jobs">{t('program.jobsHeading')}</h2>
      <ul className="chips chips--pills">
        {/* By position: a program's list is fixed, and only one language may be loaded. */}
        {program.jobs.map((job, index) => (
          <li key={index}>{job[lang]}</li>
        ))}
      </ul>
    </Card>
  );
}
