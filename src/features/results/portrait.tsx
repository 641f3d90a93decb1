import { useTranslation } from 'react-i18next';
import type { ProfileReading } from '@/domain/reading';

/**
 * A plain-language portrait of the types really ahead, and of no other: a type the user scored
 * low, or only level with others, is never described as theirs.
 */
export function Portrait({ reading }: { reading: ProfileReading }) {
  const { t } = useTranslation('results');
  const types = reading.code.flat();
  if (types.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="results-portrait">
      <h2 id="results-portrait">{t('portrait.heading')}</h2>
      <ul className="portrait">
        {types.map((type) => (
          <li key={type}>{t(`portrait.${type}`)}</li>
        ))}
      </ul>
    </section>
  );
}
