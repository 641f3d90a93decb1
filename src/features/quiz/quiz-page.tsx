import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { Dialog } from '@/components/ui/dialog';
import { LinkButton } from '@/components/ui/link-button';
import { Loading } from '@/components/ui/loading';
import { answeredCount } from '@/domain/scoring';
import { lazyComponent } from '@/lib/lazy-component';
import { paths } from '@/lib/paths';
import { useQuiz, useQuizStoreApi } from '@/lib/quiz/quiz-context';
import { ITEM_COUNT, QUIZ_MODES, type QuizMode, type QuizStore } from '@/lib/quiz/quiz-store';
import { usePageTitle } from '@/lib/use-page-title';
import { FormPages } from './form-pages';
import { formProgress, locationOf, quizSearch, readQuizLocation, resumePoint } from './quiz-flow';
import { itemsFor, SECONDS_PER_ITEM } from './quiz-items';
import { useViewReveal } from './use-view-reveal';
import './quiz.css';

/**
 * The context step (school level and town, with the list of towns) and the paper questionnaire
 * are not on the questionnaire's first screen: each loads when shown, so the first paint does not
 * wait for the town list. The context step also loads a moment after the questionnaire has
 * shown, so that it is in long before the last item, the network gone or not.
 */
const contextStep = lazyComponent(() =>
  import('./context-step').then((module) => module.ContextStep),
);
const ContextStep = contextStep.Component;
const PaperQuestionnaire = lazyComponent(() =>
  import('./paper-questionnaire').then((module) => module.PaperQuestionnaire),
).Component;

/** How long after the questionnaire shows the context step starts loading. */
const CONTEXT_STEP_PRELOAD_MS = 1000;

function isMode(value: string | null): value is QuizMode {
  return (QUIZ_MODES as readonly string[]).includes(value ?? '');
}

/**
 * Opens a form: the current one as it stands, or the other one at its finished screen when all
 * its items are answered, else at its first page with an item left (answers are shared).
 */
function openForm(store: QuizStore, mode: QuizMode): void {
  const state = store.getState();
  if (state.mode === mode) return;
  state.start(mode, resumePoint(mode, state.answers));
}

/**
 * Keeps the address and the store in step. Each page of items and the context step are history
 * entries of their own, so the browser's Back and Forward move between pages; an address that
 * names no page shows where the user stopped. A page past the first unanswered one opens that one.
 */
function useQuizAddress(): void {
  const [params] = useSearchParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const store = useQuizStoreApi();
  const mode = useQuiz((state) => state.mode);
  const step = useQuiz((state) => state.step);
  const page = useQuiz((state) => state.page);

  useEffect(() => {
    if (params.get('view') === 'paper') return;
    const show = (location: ReturnType<typeof locationOf>) => {
      const next = quizSearch(location, search);
      if (next !== search) void navigate({ search: next }, { replace: true });
    };
    // A link that names a form (`#/quiz?mode=full`) opens it once; the address then names the page.
    const queryMode = params.get('mode');
    if (isMode(queryMode)) {
      openForm(store, queryMode);
      const opened = store.getState();
      show(locationOf(opened.step, opened.page));
      return;
    }
    const state = store.getState();
    const wanted = readQuizLocation(params);
    if (!state.mode) {
      if (wanted) show(null);
      return;
    }
    if (!wanted) {
      show(locationOf(state.step, state.page));
      return;
    }
    const progress = formProgress(state.mode, state.answers);
    if ('step' in wanted) {
      if (!progress.complete) show({ page: progress.furthestPage });
      else if (state.step !== 'context') state.setStep('context');
      return;
    }
    const target = Math.min(wanted.page, progress.furthestPage);
    if (target !== wanted.page) {
      show({ page: target });
      return;
    }
    if (state.step !== 'items') state.setStep('items');
    if (state.page !== target) state.goToPage(target);
  }, [params, search, navigate, store, mode, step, page]);
}

/**
 * Whether to say that the link asked for a form that does not exist (`?mode=` neither `quick` nor
 * `full`). The address is rewritten to name the page at once, so what was asked is kept here: the
 * message stays on the view it arrived on, until the user chooses a form or moves on.
 */
function useRefusedMode(modeParam: string | null, view: string) {
  const [seen, setSeen] = useState<string | null>(null);
  // The view on which an unknown form was asked, or null.
  const [refusedOn, setRefusedOn] = useState<string | null>(null);
  if (modeParam !== seen) {
    setSeen(modeParam);
    // An empty `mode=` asks for nothing: the questionnaire opens as without it.
    if (modeParam !== null && modeParam !== '' && !isMode(modeParam)) setRefusedOn(view);
  } else if (refusedOn !== null && refusedOn !== view) {
    setRefusedOn(null);
  }
  return { shown: refusedOn !== null && refusedOn === view, dismiss: () => setRefusedOn(null) };
}

/** The questionnaire route: start, resume, answer page by page, context, then results. */
export default function QuizPage() {
  const { t } = useTranslation('quiz');
  usePageTitle(t('title'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const store = useQuizStoreApi();
  const mode = useQuiz((state) => state.mode);
  const step = useQuiz((state) => state.step);
  const page = useQuiz((state) => state.page);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  useQuizAddress();

  // Whenever the view changes on this screen (a page turned, the context step, the finished
  // screen, the start screen after "start again"), its heading takes focus and the questionnaire
  // opens at its title: on a phone the title, the progress and the page's first item all show.
  const view = mode ? `${mode}:${step}:${step === 'items' ? page : ''}` : 'start';
  useViewReveal(view, viewRef, titleRef);
  const refusedMode = useRefusedMode(params.get('mode'), view);

  useEffect(() => {
    const timer = window.setTimeout(
      () => void contextStep.load().catch(() => undefined),
      CONTEXT_STEP_PRELOAD_MS,
    );
    return () => window.clearTimeout(timer);
  }, []);

  if (params.get('view') === 'paper') {
    return (
      <Suspense fallback={<Loading />}>
        <PaperQuestionnaire />
      </Suspense>
    );
  }

  return (
    <div className="stack" ref={viewRef}>
      <h1 ref={titleRef} className="quiz-title">
        {t('title')}
      </h1>
      {refusedMode.shown ? (
        <Alert tone="error" role="alert">
          <p>{t('unknownMode')}</p>
          <p className="actions">
            {QUIZ_MODES.map((form) => (
              <LinkButton
                key={form}
                to={paths.quiz.href(form)}
                variant="secondary"
                onClick={refusedMode.dismiss}
              >
                {t(`start.${form}`)}
              </LinkButton>
            ))}
          </p>
        </Alert>
      ) : null}
      {!mode ? (
        <StartScreen />
      ) : step === 'items' ? (
        <Items mode={mode} />
      ) : step === 'done' ? (
        <Finished mode={mode} />
      ) : (
        <Suspense fallback={<Loading />}>
          <ContextStep
            onDone={() => {
              store.getState().setStep('done');
              void navigate(paths.results.href());
            }}
          />
        </Suspense>
      )}
    </div>
  );
}

/** Shown to someone who comes back after finishing: results, or a second look at the answers. */
function Finished({ mode }: { mode: QuizMode }) {
  const { t } = useTranslation('quiz');
  const navigate = useNavigate();
  const { search } = useLocation();
  const answers = useQuiz((state) => state.answers);
  const fullLeft = ITEM_COUNT.full - answeredCount(itemsFor('full'), answers);
  return (
    <Card as="section" accent aria-labelledby="quiz-done">
      <h2 id="quiz-done" tabIndex={-1} data-view-heading>
        {t('done.heading')}
      </h2>
      <p>{t('done.body')}</p>
      {mode === 'quick' && fullLeft > 0 ? <p>{t('done.fullHint', { count: fullLeft })}</p> : null}
      <div className="actions">
        <LinkButton to={paths.results.href()}>{t('done.results')}</LinkButton>
        <Button
          variant="secondary"
          onClick={() => {
            void navigate({ search: quizSearch({ page: 0 }, search) });
          }}
        >
          {t('done.review')}
        </Button>
        {mode === 'quick' && fullLeft > 0 ? (
          <Button variant="secondary" onClick={() => void navigate(paths.quiz.href('full'))}>
            {t('done.full')}
          </Button>
        ) : null}
      </div>
    </Card>
  );
}

function StartScreen() {
  const { t } = useTranslation('quiz');
  const store = useQuizStoreApi();
  return (
    <>
      <h2 tabIndex={-1} data-view-heading>
        {t('start.heading')}
      </h2>
      <p className="lead">{t('start.lead')}</p>
      <ul className="grid">
        {QUIZ_MODES.map((mode) => (
          <li key={mode}>
            <Button
              variant={mode === 'quick' ? 'primary' : 'secondary'}
              className="start-choice"
              onClick={() => openForm(store, mode)}
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
  const page = useQuiz((state) => state.page);
  const restart = useQuiz((state) => state.restart);
  const navigate = useNavigate();
  const { search } = useLocation();
  const [confirming, setConfirming] = useState(false);

  return (
    <>
      <FormPages
        mode={mode}
        page={page}
        // Each page is a history entry: Back in the browser shows the previous page. The address
        // leads; `useQuizAddress` brings the store to it.
        onPage={(next) => void navigate({ search: quizSearch({ page: next }, search) })}
        onFinish={() => void navigate({ search: quizSearch({ step: 'context' }, search) })}
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
