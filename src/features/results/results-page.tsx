import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { SCHOOL_LEVEL_IDS } from '@/data/ids';
import { formItems } from '@/data/items';
import { season } from '@/data/season';
import { formatRiasecList, parseRiasecList, type RiasecProfile } from '@/domain/riasec';
import { answeredCount, isFlat, scoreAnswers } from '@/domain/scoring';
import { decodeShareCode, encodeShareCode, type DecodeError } from '@/domain/share-code';
import { formatDate } from '@/lib/format';
import { useLang } from '@/lib/i18n/use-lang';
import { paths } from '@/lib/paths';
import { ITEM_COUNT, useQuizStore, type QuizMode } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';
import { PaperScoresForm } from './paper-scores-form';
import { Portrait } from './portrait';
import { ProfileSummary } from './profile-summary';
import { Rankings } from './rankings';
import { CodeForm, SharePanel } from './share-panel';
import '@/styles/print.css';
import './results.css';

/** Where the six scores come from; the screen is the same for all three. */
type Source =
  | { kind: 'code'; profile: RiasecProfile; schoolLevel: string | null }
  | { kind: 'riasec'; profile: RiasecProfile; schoolLevel: string | null }
  | { kind: 'answers'; profile: RiasecProfile; schoolLevel: string | null; mode: QuizMode }
  | { kind: 'none' };

/** A share code's school level slot (1-based) as an id of the app's list; null when unknown. */
function schoolLevelOf(slot: number | null): string | null {
  return slot === null ? null : (SCHOOL_LEVEL_IDS[slot - 1] ?? null);
}

function slotOf(schoolLevel: string | null): number | null {
  const index = SCHOOL_LEVEL_IDS.indexOf(schoolLevel as (typeof SCHOOL_LEVEL_IDS)[number]);
  return index < 0 ? null : index + 1;
}

/** The competition figure of the season (applications per TS seat), cited from the data. */
const applicationsPerSeat = season.facts.find((fact) => fact.unit === 'more-than');

/**
 * Results from a share code (`?code=`), six scores (`?riasec=`) or, else, the stored answers once
 * the form is complete. The profile is derived on each render from its source, never stored.
 */
export default function ResultsPage() {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('quiz');
  const lang = useLang();
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  const storedSchoolLevel = useQuizStore((state) => state.schoolLevel);
  const town = useQuizStore((state) => state.town);

  const riasecParam = params.get('riasec');
  const levelParam = params.get('level');
  const schoolLevelParam = slotOf(levelParam) === null ? null : levelParam;
  const codeParam = params.get('code');
  const fromLink = useMemo(
    () => (riasecParam === null ? null : parseRiasecList(riasecParam)),
    [riasecParam],
  );
  const decoded = useMemo(
    () => (codeParam === null ? null : decodeShareCode(codeParam)),
    [codeParam],
  );
  const codeError: DecodeError | null =
    decoded && !decoded.ok
      ? decoded.error
      : decoded?.ok &&
          decoded.result.schoolLevel !== null &&
          !schoolLevelOf(decoded.result.schoolLevel)
        ? 'range'
        : null;

  const source: Source = useMemo(() => {
    if (decoded?.ok && !codeError) {
      return {
        kind: 'code',
        profile: decoded.result.scores,
        schoolLevel: schoolLevelOf(decoded.result.schoolLevel),
      };
    }
    if (fromLink) return { kind: 'riasec', profile: fromLink, schoolLevel: schoolLevelParam };
    if (mode) {
      const form = formItems(mode);
      if (answeredCount(form, answers) === form.length) {
        return {
          kind: 'answers',
          profile: scoreAnswers(form, answers),
          schoolLevel: storedSchoolLevel,
          mode,
        };
      }
    }
    return { kind: 'none' };
  }, [decoded, codeError, fromLink, schoolLevelParam, mode, answers, storedSchoolLevel]);

  const answered = mode ? answeredCount(formItems(mode), answers) : 0;

  const openWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };

  const code =
    source.kind === 'none'
      ? null
      : encodeShareCode({ scores: source.profile, schoolLevel: slotOf(source.schoolLevel) });
  const today = formatDate(new Date(), lang);

  return (
    <div className="stack results">
      <h1>{t('title')}</h1>
      {code ? (
        <div className="print-only print-header">
          <p>{t('print.title')}</p>
          <p>{t('print.date', { date: today })}</p>
        </div>
      ) : null}
      {riasecParam !== null && !fromLink ? (
        <Alert tone="error" role="alert">
          <p>{t('badRiasec')}</p>
        </Alert>
      ) : null}
      {codeError ? (
        <Alert tone="error" role="alert">
          <p>
            {t('codeError.lead')} {t(`codeError.${codeError}`)} {t('codeError.retry')}
          </p>
        </Alert>
      ) : null}

      {source.kind === 'none' ? (
        <Card as="section" aria-labelledby="results-none">
          <h2 id="results-none">{t('none.heading')}</h2>
          <p>{t('none.body')}</p>
          <LinkButton to={paths.quiz.href()}>
            {mode && answered > 0
              ? t('none.continue', { answered, total: ITEM_COUNT[mode] })
              : t('none.start')}
          </LinkButton>
        </Card>
      ) : (
        <>
          <p className="muted">
            {source.kind === 'answers'
              ? t('source.answers', { form: tq(`start.${source.mode}`) })
              : t('source.riasec')}
          </p>
          <ProfileSummary profile={source.profile} />
          {isFlat(source.profile) ? null : (
            <>
              <Portrait profile={source.profile} />
              <Rankings profile={source.profile} schoolLevel={source.schoolLevel} />
            </>
          )}
          <Card as="section" aria-labelledby="results-next">
            <h2 id="results-next">{t('next.heading')}</h2>
            {applicationsPerSeat ? (
              <p>
                {t('next.competition', {
                  season: `\u2066${season.season.replace('-', '–')}\u2069`,
                  count: applicationsPerSeat.value,
                })}
              </p>
            ) : null}
            <ul className="next-steps no-print">
              <li>
                <LinkButton
                  variant="secondary"
                  to={
                    town
                      ? `${paths.centers.href()}?town=${encodeURIComponent(town)}`
                      : paths.centers.href()
                  }
                >
                  {town && source.kind === 'answers'
                    ? t('next.centerTown', { town })
                    : t('next.center')}
                </LinkButton>
              </li>
              <li>
                <Button variant="secondary" onClick={() => window.print()}>
                  {t('next.print')}
                </Button>
              </li>
              <li>
                <a href="https://www.myway.ac.ma/" rel="noopener noreferrer" target="_blank">
                  {t('next.portal')}
                </a>
              </li>
            </ul>
          </Card>
          {code ? (
            <Card as="section" aria-labelledby="results-share">
              <h2 id="results-share">{t('share.heading')}</h2>
              <SharePanel code={code} />
            </Card>
          ) : null}
          <p className="muted">{t('disclaimer')}</p>
        </>
      )}

      <Card as="section" aria-labelledby="results-code" className="no-print">
        <h2 id="results-code">{t('share.retypeHeading')}</h2>
        <CodeForm
          key={codeParam ?? ''}
          initial={codeError ? (codeParam ?? '') : ''}
          onCode={(typed) => openWith({ code: typed.trim(), riasec: null, level: null })}
        />
      </Card>

      <Card as="section" aria-labelledby="results-paper" className="no-print">
        <h2 id="results-paper">{t('paper.heading')}</h2>
        <PaperScoresForm
          key={riasecParam ?? ''}
          initial={
            source.kind === 'riasec'
              ? { scores: source.profile, schoolLevel: source.schoolLevel }
              : null
          }
          onScores={({ scores, schoolLevel }) =>
            openWith({ riasec: formatRiasecList(scores), level: schoolLevel, code: null })
          }
        />
      </Card>
    </div>
  );
}
