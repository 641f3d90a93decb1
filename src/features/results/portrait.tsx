import { useTranslation } from 'react-i18next';
import type { RiasecProfile } from '@/domain/riasec';
import { profileCode } from '@/domain/scoring';

/** A plain-language portrait of the two or three leading types (ties included, never hidden). */
export function Portrait({ profile }: { profile: RiasecProfile }) {
  const { t } = useTranslation('results');
  const { code, ties } = profileCode(profile);
  // The two leading letters, plus the third when it is tied with the second.
  const leading = code.slice(
    0,
    ties.some((group) => group.includes(code[1] as never) && group.includes(code[2] as never))
      ? 3
      : 2,
  );
  return (
    <section className="stack" aria-labelledby="results-portrait">
      <h2 id="results-portrait">{t('portrait.heading')}</h2>
      <ul className="portrait">
        {leading.split('').map((type) => (
          <li key={type}>{t(`portrait.${type as 'R'}`)}</li>
        ))}
      </ul>
    </section>
  );
}
