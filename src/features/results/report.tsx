import { useEffect, useId, useMemo, useState } from 'react';
import type { SchoolLevelId } from '@/data/ids';
import { PRECISION, type ScoreSource } from '@/domain/precision';
import { readProfile } from '@/domain/reading';
import type { RiasecProfile } from '@/domain/riasec';
import type { HeadingLevel } from './heading';
import { ProfileNotice } from './profile-notice';
import { ProfileSummary } from './profile-summary';
import { Rankings, type RankingsProps } from './rankings';
// Its buttons are left out of print (`no-print`), wherever the report is shown.
import '@/styles/print.css';
import './results.css';

export interface ResultsReportProps {
  profile: RiasecProfile;
  /** The school level, when known: programs are then limited to the levels it opens. */
  schoolLevel: SchoolLevelId | null;
  /** The precision the scores are read with: the form they come from, or typed scores. */
  source: ScoreSource;
  /** The level of the report's section headings; 2 by default, as on the results screen. */
  headingLevel?: HeadingLevel;
}

/** What the results screen also passes: a school's featured sectors, and what is on screen. */
export interface ResultsScreenReportProps extends ResultsReportProps {
  featuredSectorIds?: RankingsProps['featuredSectorIds'];
  /**
   * Called with the ranked sectors and their bands once they are on screen, and with none while
   * a profile's notice stands in their place.
   */
  onSectorsShown?: RankingsProps['onSectorsShown'];
}

/**
 * What the six scores say, read within the precision of their source: the notice of a profile
 * that gives no reliable direction (the ranking then one click away), the profile (its code, a
 * sentence, the hexagon; the table and the portrait on demand), and the ranked sectors and programs. Its ids are its own, so that a page can hold
 * several reports (one per participant of a session).
 */
export function ResultsReport(props: ResultsScreenReportProps) {
  const idPrefix = useId();
  return <Report {...props} idPrefix={idPrefix} />;
}

function Report({
  profile,
  schoolLevel,
  source,
  headingLevel = 2,
  idPrefix,
  featuredSectorIds,
  onSectorsShown,
}: ResultsScreenReportProps & { idPrefix: string }) {
  const precision = PRECISION[source];
  const reading = useMemo(() => readProfile(profile, precision), [profile, precision]);
  const [rankingShown, setRankingShown] = useState(false);
  const rankingHidden = reading.notice !== null && !rankingShown;
  useEffect(() => {
    if (rankingHidden) onSectorsShown?.([]);
  }, [rankingHidden, onSectorsShown]);
  return (
    <>
      {reading.notice ? (
        <ProfileNotice
          kind={reading.notice}
          source={source}
          rankingShown={rankingShown}
          onToggleRanking={() => setRankingShown((shown) => !shown)}
          idPrefix={idPrefix}
          headingLevel={headingLevel}
        />
      ) : null}
      <ProfileSummary
        profile={profile}
        reading={reading}
        idPrefix={idPrefix}
        headingLevel={headingLevel}
      />
      {rankingHidden ? null : (
        <Rankings
          profile={profile}
          schoolLevel={schoolLevel}
          reading={reading}
          precision={precision}
          idPrefix={idPrefix}
          headingLevel={headingLevel}
          featuredSectorIds={featuredSectorIds}
          onSectorsShown={onSectorsShown}
        />
      )}
    </>
  );
}
