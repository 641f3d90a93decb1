import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui/card';
import { SourceTitle } from '@/components/source-title';
import { sourceById } from '@/data/sources';
import type { ProgramSectionProps } from './program-section';

/** Where the data about the program comes from. */
export function ProgramSourcesSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  return (
    <Card as="section" aria-labelledby="program-sources">
      <h2 id="program-sources">{t('program.sourcesHeading')}</h2>
      <ul className="program-sources">
        {program.sources.map((id) => {
          const source = sourceById(id);
          if (!source) return null;
          return (
            <li key={id}>
              <SourceTitle source={source} lang={lang} />{' '}
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
  );
}
