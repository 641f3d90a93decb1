import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Card } from '@/components/ui/card';
import { findProgram } from '@/data/catalogue';
import { paths } from '@/lib/paths';
import { optionsOf } from './program-data';
import { langOnly } from './program-query';
import type { ProgramSectionProps } from './program-section';

/** The program an option belongs to, or a program's options; nothing when it has neither. */
export function ProgramFamilySection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  const { search } = useLocation();
  const parent = program.parent ? findProgram(program.parent) : undefined;
  const options = optionsOf(program.id);
  const programLink = (id: string) => ({
    pathname: paths.program.href(id),
    search: langOnly(search),
  });
  if (!parent && options.length === 0) return null;
  return (
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
  );
}
