import { useTranslation } from 'react-i18next';
import { ProfileHexagon } from '@/components/profile-hexagon';
import { ProfileTable } from '@/components/profile-table';
import { writeCode, type ProfileReading } from '@/domain/reading';
import type { RiasecProfile, RiasecType } from '@/domain/riasec';
import { formatList } from '@/lib/format';
import { languageInfo } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { Heading, type HeadingLevel } from './heading';

/**
 * The six scores, as a shape on Holland's hexagon and as a table with bars (the table is the
 * picture's accessible form), the code and its meaning.
 */
export function ProfileSummary({
  profile,
  reading,
  idPrefix,
  headingLevel,
}: {
  profile: RiasecProfile;
  reading: ProfileReading;
  /** Starts the ids of the section's elements, unique on the page. */
  idPrefix: string;
  headingLevel: HeadingLevel;
}) {
  const { t } = useTranslation('results');
  const { t: tc } = useTranslation('profile');
  const lang = useLang();
  const names = (types: readonly RiasecType[], type?: 'disjunction') =>
    formatList(
      types.map((letter) => tc(`riasec.${letter}`)),
      lang,
      type,
    );
  const [first = [], second] = reading.code;
  const headingId = `${idPrefix}-scores`;

  return (
    <section className="stack" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('scores.heading')}
      </Heading>
      <div className="profile-picture">
        <ProfileHexagon profile={profile} dir={languageInfo(lang).dir} />
        <ProfileTable
          profile={profile}
          caption={t('scores.caption')}
          typeHeader={t('scores.type')}
          valueHeader={t('scores.score')}
        />
      </div>
      {reading.code.length > 0 ? (
        <div>
          <Heading level={headingLevel === 2 ? 3 : 4}>
            {t('code.label')}{' '}
            <bdi data-testid="profile-code" dir="ltr">
              {writeCode(reading.code)}
            </bdi>
          </Heading>
          <p>
            {first.length > 1
              ? t('code.together', { types: names(first) })
              : t('code.first', { type: names(first) })}{' '}
            {second ? t('code.then', { types: names(second, 'disjunction') }) : null}
          </p>
          <p className="muted">{t('code.precision')}</p>
        </div>
      ) : null}
      {reading.notice === null ? <p className="clarity">{t('clarity.clear')}</p> : null}
    </section>
  );
}
