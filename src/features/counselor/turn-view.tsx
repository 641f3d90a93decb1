import '@/components/ui/forms.css';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SchoolLevelOptions } from '@/components/school-level-options';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { LinkButton } from '@/components/ui/link-button';
import { isSchoolLevelId, type SchoolLevelId } from '@/data/ids';
import { formItems } from '@/data/items';
import { answeredCount, scoreAnswers } from '@/domain/scoring';
import { formatShareCode } from '@/domain/share-code';
import { announce } from '@/lib/announce';
import { QuizStoreProvider } from '@/lib/quiz/quiz-context';
import { ITEM_COUNT, QUIZ_MODES, useTurnQuizStore, type QuizMode } from '@/lib/quiz/quiz-store';
import { ConfirmDialog } from './confirm-dialog';
import { counselorHref } from './links';
import { cleanPseudonym, participantCode, PSEUDONYM_MAX, type Session } from './session';
import { useCounselorSlots } from './slots';
import { useCounselorStore, type Turn } from './store';

/** Saves the turn's result in its session, when the form is complete; returns whether it was new. */
function saveTurnResult(turn: Turn): 'added' | 'duplicate' | 'none' {
  const quiz = useTurnQuizStore.getState();
  const mode = quiz.mode;
  if (turn.pseudonym === null || mode === null) return 'none';
  const items = formItems(mode);
  if (answeredCount(items, quiz.answers) < items.length) return 'none';
  const result = useCounselorStore.getState().addParticipants(turn.sessionId, [
    {
      pseudonym: turn.pseudonym,
      scores: scoreAnswers(items, quiz.answers),
      source: mode,
      schoolLevel: turn.schoolLevel,
    },
  ]);
  if (!result) return 'none';
  return result.added.length > 0 ? 'added' : 'duplicate';
}

/** Ends the turns: the result on screen is saved first, then the turn's answers are erased. */
function endTurns(turn: Turn): void {
  saveTurnResult(turn);
  useTurnQuizStore.getState().restart();
  useCounselorStore.getState().endTurn();
}

/** The counselor's way out of the turns, behind a confirmation. */
function EndTurnsButton({ session, turn }: { session: Session; turn: Turn }) {
  const { t } = useTranslation('counselor');
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="quiet" onClick={() => setConfirming(true)}>
        {t('turn.end')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('turn.endTitle')}
        confirmLabel={t('turn.endConfirm')}
        danger={false}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          endTurns(turn);
          announce(t('turn.ended'));
          void navigate(counselorHref(session.id), { replace: true });
        }}
      >
        <p>{t('turn.endBody')}</p>
      </ConfirmDialog>
    </>
  );
}

type Stage = 'who' | 'form' | 'results';

/**
 * A shared device in turn: each participant gives a name (any name), takes the quick or the full
 * form and sees their results; "next participant" stores the result in the session and clears the
 * screen. The turn is one history entry and its answers live in their own store, emptied at each
 * turn, so the next person finds nothing of the previous one, by Back or by reloading.
 */
export function TurnView({ session, turn }: { session: Session; turn: Turn }) {
  const { t } = useTranslation('counselor');
  const { Questionnaire, Report } = useCounselorSlots();
  const quizMode = useTurnQuizStore((state) => state.mode);
  const step = useTurnQuizStore((state) => state.step);
  const answers = useTurnQuizStore((state) => state.answers);
  const [saved, setSaved] = useState<'added' | 'duplicate' | null>(null);
  const [round, setRound] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const stage: Stage =
    turn.pseudonym === null || quizMode === null ? 'who' : step === 'done' ? 'results' : 'form';

  // A new stage starts at the top of the page, its heading focused.
  const shown = useRef(stage);
  useLayoutEffect(() => {
    if (shown.current === stage) return;
    shown.current = stage;
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [stage, round]);

  const profile = useMemo(
    () => (stage === 'results' && quizMode ? scoreAnswers(formItems(quizMode), answers) : null),
    [stage, quizMode, answers],
  );

  return (
    <div className="stack counselor turn">
      <p className="muted turn__session">{t('turn.session', { name: session.name })}</p>
      {stage === 'who' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('turn.whoHeading')}
          </h1>
          {saved ? (
            <Alert tone="success" role="status">
              <p>{t(saved === 'added' ? 'turn.saved' : 'turn.savedDuplicate')}</p>
            </Alert>
          ) : null}
          <WhoForm key={round} />
        </>
      ) : stage === 'form' ? (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('turn.formHeading', { name: turn.pseudonym })}
          </h1>
          <QuizStoreProvider store={useTurnQuizStore}>
            <Questionnaire onDone={() => useTurnQuizStore.getState().setStep('done')} />
          </QuizStoreProvider>
        </>
      ) : (
        <>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('turn.resultsHeading', { name: turn.pseudonym })}
          </h1>
          {profile && quizMode ? (
            <div className="results stack">
              <p>
                {t('participant.code')}{' '}
                <bdi dir="ltr" className="code">
                  {formatShareCode(
                    participantCode({ scores: profile, schoolLevel: turn.schoolLevel }),
                  )}
                </bdi>
              </p>
              <p className="muted">{t('turn.codeHint')}</p>
              <Report profile={profile} schoolLevel={turn.schoolLevel} source={quizMode} />
            </div>
          ) : null}
          <Card accent className="turn__next">
            <p>{t('turn.nextLead')}</p>
            <Button
              onClick={() => {
                const outcome = saveTurnResult(turn);
                useTurnQuizStore.getState().restart();
                useCounselorStore.getState().clearTurn();
                setSaved(outcome === 'none' ? null : outcome);
                setRound((value) => value + 1);
                announce(t(outcome === 'duplicate' ? 'turn.savedDuplicate' : 'turn.saved'));
              }}
            >
              {t('turn.next')}
            </Button>
          </Card>
        </>
      )}
      <div className="turn__end no-print">
        <EndTurnsButton session={session} turn={turn} />
      </div>
    </div>
  );
}

interface WhoValues {
  pseudonym: string;
  schoolLevel: string;
  mode: QuizMode;
}

/** The participant's name (any name), school level (optional) and form. */
function WhoForm() {
  const { t } = useTranslation('counselor');
  const { t: tq } = useTranslation('quiz');
  const id = useId();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<WhoValues>({
    defaultValues: { pseudonym: '', schoolLevel: '', mode: 'quick' },
    shouldFocusError: true,
  });
  const start = handleSubmit(({ pseudonym, schoolLevel, mode }) => {
    const level: SchoolLevelId | null = isSchoolLevelId(schoolLevel) ? schoolLevel : null;
    useTurnQuizStore.getState().restart();
    useTurnQuizStore.getState().start(mode);
    useCounselorStore.getState().beginTurn({ pseudonym, schoolLevel: level, mode });
  });
  return (
    <form className="counselor-form" onSubmit={(event) => void start(event)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('turn.name')}</label>
        <input
          id={`${id}-name`}
          autoComplete="off"
          maxLength={PSEUDONYM_MAX * 2}
          aria-invalid={errors.pseudonym ? true : undefined}
          aria-describedby={`${id}-hint${errors.pseudonym ? ` ${id}-error` : ''}`}
          {...register('pseudonym', {
            validate: (value) =>
              cleanPseudonym(value) !== null ||
              (value.trim() === '' ? t('turn.nameMissing') : t('turn.nameTooLong')),
          })}
        />
        <p id={`${id}-hint`} className="muted field-hint">
          {t('turn.nameHint')}
        </p>
        {errors.pseudonym ? (
          <p id={`${id}-error`} className="field-error" role="alert">
            {errors.pseudonym.message}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-level`}>{t('turn.level')}</label>
        <select id={`${id}-level`} className="setting__select" {...register('schoolLevel')}>
          <SchoolLevelOptions none={t('turn.levelNone')} />
        </select>
      </div>
      <fieldset className="choice-list">
        <legend>{t('turn.form')}</legend>
        {QUIZ_MODES.map((mode) => (
          <label key={mode} className="choice">
            <input type="radio" value={mode} {...register('mode')} />
            <span>
              {tq(`start.${mode}`)} · {tq('start.itemCount', { count: ITEM_COUNT[mode] })}
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit">{t('turn.begin')}</Button>
    </form>
  );
}

/** What every other view of counselor mode shows while a turn is in progress. */
export function TurnLock({ session }: { session: Session }) {
  const { t } = useTranslation('counselor');
  const turn = useCounselorStore((state) => state.turn);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, []);
  if (!turn) return null;
  return (
    <div className="stack counselor">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('lock.heading')}
      </h1>
      <Card accent>
        <p>{t('lock.body', { name: session.name })}</p>
        <div className="actions">
          <LinkButton to={counselorHref(session.id, { view: 'turn' })} replace>
            {t('lock.back')}
          </LinkButton>
          <EndTurnsButton session={session} turn={turn} />
        </div>
      </Card>
    </div>
  );
}
