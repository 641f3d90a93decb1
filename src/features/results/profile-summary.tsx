import { useTranslation } from 'react-i18next';
import { ProfileHexagon } from '@/components/profile-hexagon';
import { ProfileTable } from '@/components/profile-table';
import { Button } from '@/components/ui/button';
import { writeCode, type ProfileReading } from '@/domain/reading';
import type { RiasecProfile, RiasecType } from '@/domain/riasec';
import { formatList } from '@/lib/format';
import { languageInfo } from '@/lib/i18n/languages';
import { useLang } from '@/lib/i18n/use-lang';
import { useDisclosure } from '@/lib/use-disclosure';
import { Heading, type HeadingLevel } from './heading';
import { Portrait } from './portrait';

/**
 * The profile at a glance: its code, one sentence on what stands out, and the six scores as a
 * shape on Holland's hexagon. The same scores as a table (the picture's accessible form), what the
 * code leaves out and the portrait in words are one button away on screen, and always printed.
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
  const more = useDisclosure();
  const names = (types: readonly RiasecType[], type?: 'disjunction') =>
    formatList(
      types.map((letter) => tc(`riasec.${letter}`)),
      lang,
      type,
    );
  const [first = [], second] = reading.code;
  const headingId = `${idPrefix}-scores`;
  const partLevel = headingLevel === 2 ? 3 : 4;

  return (
    <section className="stack profile" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>
        {t('scores.heading')}
      </Heading>
      <div className="profile-picture">
        <ProfileHexagon profile={profile} dir={languageInfo(lang).dir} />
        <div className="stack profile__words">
          {reading.code.length > 0 ? (
            <>
              <Heading level={partLevel} className="profile__code">
                {t('code.label')}{' '}
                <bdi data-testid="profile-code" dir="ltr">
                  {writeCode(reading.code)}
                </bdi>
              </Heading>
              <p className="profile__sentence">
                {first.length > 1
                  ? t('code.together', { types: names(first) })
                  : t('code.first', { type: names(first) })}{' '}
                {second ? t('code.then', { types: names(second, 'disjunction') }) : null}
              </p>
            </>
          ) : null}
          {reading.notice === null ? <p className="clarity">{t('clarity.clear')}</p> : null}
          <Button variant="secondary" className="disclosure no-print" {...more.button}>
            {reading.code.length > 0
              ? more.open
                ? t('scores.less')
                : t('scores.more')
              : more.open
                ? t('scores.lessTable')
                : t('scores.moreTable')}
          </Button>
        </div>
      </div>
      <div className="stack profile__more print-shows" {...more.region}>
        <ProfileTable
          profile={profile}
          caption={t('scores.caption')}
          typeHeader={t('scores.type')}
          valueHeader={t('scores.score')}
        />
        {reading.code.length > 0 ? <p className="muted">{t('code.precision')}</p> : null}
        <Portrait reading={reading} idPrefix={idPrefix} headingLevel={partLevel} />
      </div>
    </section>
  );
}
