import { createContext, useContext, type ReactNode } from 'react';
import { useQuizStore, type QuizState, type QuizStore } from './quiz-store';

/**
 * Which questionnaire store the questionnaire's components read and write: the user's own by
 * default, the turn's store inside a counselor's shared-device turn.
 */
const QuizStoreContext = createContext<QuizStore>(useQuizStore);

export function QuizStoreProvider({ store, children }: { store: QuizStore; children: ReactNode }) {
  return <QuizStoreContext.Provider value={store}>{children}</QuizStoreContext.Provider>;
}

/** The questionnaire store in context, to call `getState()` in event handlers. */
export function useQuizStoreApi(): QuizStore {
  return useContext(QuizStoreContext);
}

/** Selects from the questionnaire store in context (see `QuizStoreProvider`). */
export function useQuiz<T>(selector: (state: QuizState) => T): T {
  return useContext(QuizStoreContext)(selector);
}
