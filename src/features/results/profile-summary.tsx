import { useTranslation } from 'react-i18next';
import { ProfileTable } from '@/components/profile-table';
import type { RiasecProfile } from '@/domain/riasec';
import { clarityBand, isFlat, profileCode } from '@/domain/scoring';
import { formatList } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';

/** The six scores (bars, with the table as their accessible form), the code and the clarity. */
export function ProfileSummary({ profile }: { profile: RiasecProfile }) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation('profile');
  const lang = useLang();
  const { code, ties } = profileCode(profile);
  const flat = isFlat(profile);
  const band = clarityBand(profile);
  const name = (type: string) => tc(`riasec.${type as 'R'}`);

  return (
    <section className="stack" aria-labelledby="results-scores">
      <h2 id="results-scores">{t('scores.heading')}</h2>
      <ProfileTable
        profile={profile}
        caption={t('scores.caption')}
        typeHeader={t('scores.type')}
        valueHeader={t('scores.score')}
      />
      {flat ? null : (
        <div>
          <h3 data-testid="profile-code">{t('code.heading', { code })}</h3>
          <p>{t('code.lead', { types: formatList(code.split('').map(name), lang) })}</p>
          {ties.map((group) => (
            <p key={group.join('')}>
              {t('code.tie', { types: formatList(group.map(name), lang) })}
            </p>
          ))}
        </div>
      )}
      <p className={`clarity clarity--${flat ? 'flat' : band}`} data-clarity={flat ? 'flat' : band}>
        {t(`clarity.${flat ? 'flat' : band}`)}
      </p>
    </section>
  );
}
