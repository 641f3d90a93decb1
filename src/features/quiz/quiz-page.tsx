import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { LinkButton } from '@/components/ui/link-button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { answeredCount } from '@/domain/scoring';
import { paths } from '@/lib/paths';
import { ITEM_COUNT, QUIZ_MODES, useQuizStore, type QuizMode } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';
import { ContextStep } from './context-step';
import { ItemPage } from './item-page';
import { PaperQuestionnaire } from './paper-questionnaire';
import { itemsFor, pagesFor, SECONDS_PER_ITEM } from './quiz-items';
import './quiz.css';

function isMode(value: string | null): value is QuizMode {
  return (QUIZ_MODES as readonly string[]).includes(value ?? '');
}

/** The questionnaire route: start, resume, answer page by page, context, then results. */
export default function QuizPage() {
  const { t } = useTranslation('quiz');
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const mode = useQuizStore((state) => state.mode);
  const step = useQuizStore((state) => state.step);
  const start = useQuizStore((state) => state.start);
  const queryMode = params.get('mode');

  // A link that names a form (`#/quiz?mode=full`) starts it, or switches to it keeping the
  // answers, when the link is opened: not again after "start again" cleared the form.
  useEffect(() => {
    if (isMode(queryMode)) start(queryMode);
  }, [queryMode, start]);

  if (params.get('view') === 'paper') return <PaperQuestionnaire />;

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      {!mode ? (
        <StartScreen />
      ) : step === 'items' ? (
        <Items mode={mode} />
      ) : step === 'done' ? (
        <Finished />
      ) : (
        <ContextStep
          onDone={() => {
            useQuizStore.getState().setStep('done');
            void navigate(paths.results.href());
          }}
        />
      )}
    </div>
  );
}

/** Shown to someone who comes back after finishing: results, or a second look at the answers. */
function Finished() {
  const { t } = useTranslation('quiz');
  const setStep = useQuizStore((state) => state.setStep);
  const goToPage = useQuizStore((state) => state.goToPage);
  return (
    <Card as="section" accent aria-labelledby="quiz-done">
      <h2 id="quiz-done">{t('done.heading')}</h2>
      <p>{t('done.body')}</p>
      <div className="actions">
        <LinkButton to={paths.results.href()}>{t('done.results')}</LinkButton>
        <Button
          variant="secondary"
          onClick={() => {
            goToPage(0);
            setStep('items');
          }}
        >
          {t('done.review')}
        </Button>
      </div>
    </Card>
  );
}

function StartScreen() {
  const { t } = useTranslation('quiz');
  const start = useQuizStore((state) => state.start);
  return (
    <>
      <h2>{t('start.heading')}</h2>
      <p className="lead">{t('start.lead')}</p>
      <ul className="grid">
        {QUIZ_MODES.map((mode) => (
          <li key={mode}>
            <Button
              variant={mode === 'quick' ? 'primary' : 'secondary'}
              className="start-choice"
              onClick={() => start(mode)}
            >
              <span>{t(`start.${mode}`)}</span>
              <span className="start-choice__meta">
                {t('start.itemCount', { count: ITEM_COUNT[mode] })} ·{' '}
                {t('start.duration', {
                  count: Math.ceil((ITEM_COUNT[mode] * SECONDS_PER_ITEM) / 60),
                })}
              </span>
            </Button>
          </li>
        ))}
      </ul>
      <p>{t('start.saved')}</p>
      <Card>
        <p>{t('start.paperHint')}</p>
        <LinkButton to={`${paths.quiz.href()}?view=paper`} variant="secondary">
          {t('start.paper')}
        </LinkButton>
      </Card>
    </>
  );
}

function Items({ mode }: { mode: QuizMode }) {
  const { t } = useTranslation('quiz');
  const answers = useQuizStore((state) => state.answers);
  const storedPage = useQuizStore((state) => state.page);
  const goToPage = useQuizStore((state) => state.goToPage);
  const setStep = useQuizStore((state) => state.setStep);
  const restart = useQuizStore((state) => state.restart);
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const pages = pagesFor(mode);
  const page = Math.max(0, Math.min(storedPage, pages.length - 1));
  const items = itemsFor(mode);
  const total = items.length;
  const answered = answeredCount(items, answers);
  const minutesLeft = Math.ceil(((total - answered) * SECONDS_PER_ITEM) / 60);
  const firstNumber = pages.slice(0, page).reduce((sum, p) => sum + p.length, 1);

  // After moving between pages, start reading and tabbing at the top of the new page.
  useEffect(() => {
    if (!moved.current) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView?.({ block: 'start' });
  }, [page]);

  const go = (next: number) => {
    moved.current = true;
    goToPage(next);
  };

  return (
    <>
      <div className="quiz-status">
        <h2 ref={headingRef} tabIndex={-1} className="quiz-status__page">
          {t(`start.${mode}`)} · {t('progress.page', { page: page + 1, pages: pages.length })}
        </h2>
        <ProgressBar
          value={answered}
          max={total}
          label={t('progress.label')}
          valueText={`${t('progress.value', { answered, total })} · ${t('progress.timeLeft', { count: minutesLeft })}`}
        />
      </div>
      <p className="muted">{t('keysHint')}</p>
      <ItemPage
        key={`${mode}-${page}`}
        items={pages[page] ?? []}
        firstNumber={firstNumber}
        isFirst={page === 0}
        isLast={page === pages.length - 1}
        onBack={() => go(page - 1)}
        onNext={() => (page === pages.length - 1 ? setStep('context') : go(page + 1))}
      />
      <div className="actions quiz-tools">
        <Button variant="quiet" onClick={() => setConfirming(true)}>
          {t('restart.button')}
        </Button>
      </div>
      <Dialog
        open={confirming}
        title={t('restart.title')}
        onClose={() => setConfirming(false)}
        actions={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('restart.cancel')}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                restart();
                void navigate(paths.quiz.href(), { replace: true });
              }}
            >
              {t('restart.confirm')}
            </Button>
          </>
        }
      >
        <p>{t('restart.body')}</p>
      </Dialog>
    </>
  );
}
