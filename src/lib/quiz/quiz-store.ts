import { createPersistedStore, type PersistedStoreName } from '../store/persisted';
import { isOneOf, isRecord, isTextOrNull, validator } from '../store/validate';

/**
 * The questionnaire's progress: the answers, where the user stopped and the context they gave.
 * It lives in lib/ because three features read it: home ("continue where you stopped"), the
 * questionnaire and the results. Results are derived from it, never stored beside it.
 */

export const QUIZ_MODES = ['quick', 'full'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** Items in each form (5 or 10 per type); the item bank's check guarantees these counts. */
export const ITEM_COUNT: Record<QuizMode, number> = { quick: 30, full: 60 };

export type QuizStep = 'items' | 'context' | 'done';

/** Ratings 1–5 by item id; school level and town are the optional context, never scored. */
export interface PersistedQuiz {
  mode: QuizMode | null;
  answers: Record<string, 1 | 2 | 3 | 4 | 5>;
  page: number;
  step: QuizStep;
  schoolLevel: string | null;
  /**
   * The town's id, shown by its name in the active language; the text as typed when it designates
   * no single town, or when saved before towns were saved by id (read with `townOf`).
   */
  town: string | null;
}

export interface QuizState extends PersistedQuiz {
  /**
   * Starts or resumes a form; answers given in the other form are kept (quick ⊂ full). When the
   * form changes, `resume` says where the newly chosen form opens (default: its first page).
   */
  start(mode: QuizMode, resume?: { page: number; step: QuizStep }): void;
  setAnswer(itemId: string, rating: 1 | 2 | 3 | 4 | 5): void;
  goToPage(page: number): void;
  setStep(step: QuizStep): void;
  setContext(context: { schoolLevel: string | null; town: string | null }): void;
  /** Forgets every answer and the context. */
  restart(): void;
}

export const QUIZ_VERSION = 1;

export const quizDefaults: PersistedQuiz = {
  mode: null,
  answers: {},
  page: 0,
  step: 'items',
  schoolLevel: null,
  town: null,
};

const ITEM_ID = /^[riasec]\d{2}$/;
const isRating = (value: unknown): value is 1 | 2 | 3 | 4 | 5 =>
  value === 1 || value === 2 || value === 3 || value === 4 || value === 5;

/**
 * The saved questionnaire: a form or null; ratings 1–5 keyed by item id (a letter of RIASEC in
 * lower case and two digits); a page index (a whole number from 0); a step; the school level and
 * town, as text or null.
 */
export const quizSchema = validator<PersistedQuiz>((value) => {
  if (!isRecord(value)) return undefined;
  const { mode, answers, page, step, schoolLevel, town } = value;
  if (!(mode === null || isOneOf(QUIZ_MODES, mode))) return undefined;
  if (!isRecord(answers)) return undefined;
  for (const [id, rating] of Object.entries(answers))
    if (!ITEM_ID.test(id) || !isRating(rating)) return undefined;
  // An index into the form's pages: a fraction (1.5) would open a page that holds no item.
  if (typeof page !== 'number' || !Number.isInteger(page) || page < 0) return undefined;
  if (!isOneOf(['items', 'context', 'done'] as const, step)) return undefined;
  if (!isTextOrNull(schoolLevel) || !isTextOrNull(town)) return undefined;
  return {
    mode,
    answers: { ...(answers as PersistedQuiz['answers']) },
    page,
    step,
    schoolLevel,
    town,
  };
});

/** A questionnaire's store: the app's own, or a shared device's turn in counselor mode. */
export type QuizStore = ReturnType<typeof createQuizStore>;

/**
 * Creates a persisted questionnaire store saved under `masari:<name>`. The app has two: the
 * user's own (`quiz`) and the one a counselor's shared device uses for each participant's turn
 * (`counselor-turn`), so that a turn never touches the device owner's answers.
 */
function createQuizStore(name: Extract<PersistedStoreName, 'quiz' | 'counselor-turn'>) {
  return createPersistedStore<QuizState, PersistedQuiz>(
    {
      name,
      version: QUIZ_VERSION,
      defaults: quizDefaults,
      schema: quizSchema,
      partialize: ({ mode, answers, page, step, schoolLevel, town }) => ({
        mode,
        answers,
        page,
        step,
        schoolLevel,
        town,
      }),
      migrations: {},
    },
    (set) => ({
      ...quizDefaults,
      start: (mode, resume = { page: 0, step: 'items' }) =>
        set((state) =>
          state.mode === mode ? state : { mode, page: Math.max(0, resume.page), step: resume.step },
        ),
      setAnswer: (itemId, value) =>
        set((state) => ({ answers: { ...state.answers, [itemId]: value } })),
      goToPage: (page) => set({ page: Math.max(0, page) }),
      setStep: (step) => set({ step }),
      setContext: ({ schoolLevel, town }) => set({ schoolLevel, town }),
      restart: () => set({ ...quizDefaults }),
    }),
  );
}

/** The device user's own questionnaire. */
export const useQuizStore = createQuizStore('quiz');

/**
 * The questionnaire of a participant's turn on a counselor's shared device: emptied by "next
 * participant", never read by the home, questionnaire or results screens.
 */
export const useTurnQuizStore = createQuizStore('counselor-turn');
