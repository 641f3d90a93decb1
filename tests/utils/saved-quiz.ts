/** The questionnaire's state as its store saves it (version 1). */
export interface SavedQuizState {
  mode: 'quick' | 'full' | null;
  answers: Record<string, number>;
  page: number;
  step: 'items' | 'context' | 'done';
  schoolLevel: string | null;
  town: string | null;
}

/**
 * A questionnaire store as a returning user's browser holds it, for `masari:quiz` or a shared
 * device's `masari:counselor-turn`: unfinished quick form on its first page unless `state` says
 * otherwise.
 */
export function savedQuizJson(state: Partial<SavedQuizState> = {}): string {
  const saved: SavedQuizState = {
    mode: 'quick',
    answers: {},
    page: 0,
    step: 'items',
    schoolLevel: null,
    town: null,
    ...state,
  };
  return JSON.stringify({ state: saved, version: 1 });
}
