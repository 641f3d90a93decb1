import { useTranslation } from 'react-i18next';
import type { ProfileReading } from '@/domain/reading';
import { Heading, type HeadingLevel } from './heading';

/**
 * A plain-language portrait of the types really ahead, and of no other: a type the user scored
 * low, or only level with others, is never described as theirs.
 */
export function Portrait({
  reading,
  idPrefix,
  headingLevel,
}: {
  reading: ProfileReading;
  /** Starts the ids of the section's elements, unique on the page. */
  idPrefix: string;
  headingLevel: HeadingLevel | 4;
}) {
  const { t } = useTranslation('results');
  const headingId = `${idPrefix}-portrait`;
  const types = reading.code.flat();
  if (types.length === 0) return null;
  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('portrait.heading')}
      </Heading>
      <ul className="portrait">
        {types.map((type) => (
          <li key={type}>{t(`portrait.${type}`)}</li>
        ))}
      </ul>
    </section>
  );
}
