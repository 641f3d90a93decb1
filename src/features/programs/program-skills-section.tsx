import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import type { ProgramSectionProps } from './program-section';

/** The skills the program teaches. */
export function ProgramSkillsSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return (
    <Card as="section" aria-labelledby="program-skills">
      <h2 id="program-skills">{t('program.skillsHeading')}</h2>
      <ul className="chips chips--pills">
        {/* By position, as the jobs. */}
        {program.skills.map((skill, index) => (
          <li key={index}>{skill[lang]}</li>
        ))}
      </ul>
    </Card>
  );
}
