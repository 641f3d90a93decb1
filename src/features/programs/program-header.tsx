import { useTranslation } from 'react-i18next';
import type { ProgramSectionProps } from './program-section';

/** The program's name, level, sector and status at a glance, and what it is about. */
export function ProgramHeader({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return (
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
  );
}
