import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { items } from '@/data/items';
import { formatRiasecList, parseRiasecList, type RiasecProfile } from '@/domain/riasec';
import { answeredCount, isFlat, scoreAnswers } from '@/domain/scoring';
import { paths } from '@/lib/paths';
import { ITEM_COUNT, useQuizStore, type QuizMode } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';
import { PaperScoresForm } from './paper-scores-form';
import { ProfileSummary } from './profile-summary';
import { Rankings } from './rankings';
import './results.css';

type Source =
  | { kind: 'riasec'; profile: RiasecProfile }
  | { kind: 'answers'; profile: RiasecProfile; mode: QuizMode }
  | { kind: 'none' };

function itemsOf(mode: QuizMode) {
  return mode === 'quick' ? items.filter((item) => item.quick) : items;
}

/**
 * Results from `?riasec=`, or else from the stored answers once the form is complete. The profile
 * is derived on each render from its source, never stored.
 */
export default function ResultsPage() {
  const { t } = useTranslation('results');
  const { t: tq } = useTranslation('quiz');
  usePageTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const answers = useQuizStore((state) => state.answers);
  const mode = useQuizStore((state) => state.mode);
  const schoolLevel = useQuizStore((state) => state.schoolLevel);

  const riasecParam = params.get('riasec');
  const codeParam = params.get('code');
  const fromLink = useMemo(
    () => (riasecParam === null ? null : parseRiasecList(riasecParam)),
    [riasecParam],
  );

  const source: Source = useMemo(() => {
    if (fromLink) return { kind: 'riasec', profile: fromLink };
    if (mode) {
      const formItems = itemsOf(mode);
      if (answeredCount(formItems, answers) === formItems.length) {
        return { kind: 'answers', profile: scoreAnswers(formItems, answers), mode };
      }
    }
    return { kind: 'none' };
  }, [fromLink, mode, answers]);

  const answered = mode ? Math.min(answeredCount(itemsOf(mode), answers), ITEM_COUNT[mode]) : 0;

  const showScores = (profile: RiasecProfile) => {
    const next = new URLSearchParams(params);
    next.delete('code');
    next.set('riasec', formatRiasecList(profile));
    setParams(next);
  };

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      {riasecParam !== null && !fromLink ? (
        <Alert tone="error" role="alert">
          <p>{t('badRiasec')}</p>
        </Alert>
      ) : null}
      {codeParam !== null && !fromLink ? (
        <Alert tone="info" role="status">
          <p>{t('codeSoon')}</p>
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
            <Rankings
              profile={source.profile}
              schoolLevel={source.kind === 'answers' ? schoolLevel : null}
            />
          )}
          <p className="muted">{t('disclaimer')}</p>
        </>
      )}

      <Card as="section" aria-labelledby="results-paper">
        <h2 id="results-paper">{t('paper.heading')}</h2>
        <PaperScoresForm
          key={riasecParam ?? ''}
          initial={source.kind === 'riasec' ? source.profile : null}
          onScores={showScores}
        />
      </Card>
    </div>
  );
}
