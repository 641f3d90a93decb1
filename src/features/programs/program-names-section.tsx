import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { programNames } from '@/data/program-names';
import { LANGUAGES } from '@/lib/i18n/languages';
import type { ProgramSectionProps } from './program-section';

/** The program's name in each of the app's languages. */
export function ProgramNamesSection({ program }: Pick<ProgramSectionProps, 'program'>) {
  const { t } = useTranslation('programs');
  // Every language's name, which the catalogue holds only for the languages loaded.
  const names = programNames(program.id);
  return (
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
  );
}
