import { useTranslation } from 'react-i18next';
import { OfficialPortalLink } from '@/components/official-portal-link';
import { Card } from '@/components/ui/card';
import { findCmc } from '@/data/cmcs';
import { findRegion } from '@/data/regions';
import { byOfppt, type ProgramSectionProps } from './program-section';

/** Where the data says the program is taught: its CMCs and other places, or whom to ask. */
export function ProgramWhereSection({ program, text }: ProgramSectionProps) {
  const { t } = useTranslation('programs');
  const { lang } = text;
  const cmcs = program.where.cmcs.flatMap((id) => findCmc(id) ?? []);
  const places = program.where.places;
  const regionName = (code: string) => findRegion(code)?.name[lang] ?? code;
  return (
    <Card as="section" aria-labelledby="program-where">
      <h2 id="program-where">{t('program.whereHeading')}</h2>
      {cmcs.length === 0 && places.length === 0 ? (
        byOfppt(program) ? (
          <p>
            {t('program.whereNotStated')} <OfficialPortalLink />
          </p>
        ) : (
          <p>
            {t('program.whereNotStatedOther')} {t(`operators.${program.operator}.ask`)}
          </p>
        )
      ) : (
        <>
          {cmcs.length > 0 ? (
            <>
              <h3>{t('program.cmcsHeading')}</h3>
              <ul>
                {cmcs.map((cmc) => (
                  <li key={cmc.id}>
                    {t('program.cmc', {
                      name: cmc.name[lang],
                      site: cmc.site[lang],
                      region: regionName(cmc.region),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {places.length > 0 ? (
            <>
              <h3>{t('program.placesHeading')}</h3>
              <ul>
                {places.map((place, index) => (
                  <li key={index}>
                    {t('program.place', {
                      place: place.name[lang],
                      region: regionName(place.region),
                    })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </Card>
  );
}
