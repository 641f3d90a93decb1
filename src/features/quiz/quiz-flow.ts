import { toLatinDigits } from '@/domain/digits';
import { answeredCount } from '@/domain/scoring';
import type { Answers } from '@/domain/scoring';
import type { QuizMode, QuizStep } from '@/lib/quiz/quiz-store';
import { itemsFor, pagesFor } from './quiz-items';

/**
 * Where a form stands for a given set of answers: the furthest page the user may open (every
 * earlier page answered), and whether every item has an answer. Answers are shared between the
 * forms (the quick form's items are part of the full form), so switching form resumes here.
 */
export function formProgress(mode: QuizMode, answers: Answers) {
  const pages = pagesFor(mode);
  const firstOpen = pages.findIndex((page) => answeredCount(page, answers) < page.length);
  const complete = answeredCount(itemsFor(mode), answers) === itemsFor(mode).length;
  return {
    pageCount: pages.length,
    /** The first page with an item left to answer, or the last page when all are answered. */
    furthestPage: firstOpen < 0 ? pages.length - 1 : firstOpen,
    complete,
  };
}

/** Where opening `mode` takes the user: its finished screen, or its first unanswered page. */
export function resumePoint(mode: QuizMode, answers: Answers): { page: number; step: QuizStep } {
  const progress = formProgress(mode, answers);
  return progress.complete
    ? { page: 0, step: 'done' }
    : { page: progress.furthestPage, step: 'items' };
}

/**
 * The questionnaire's own part of the address: each page of items is its own history entry
 * (`?page=3`, 1-based), and so is the context step (`?step=context`), so that the browser's Back
 * goes to the previous page. The finished screen and the start screen have none.
 */
export type QuizLocation = { page: number } | { step: 'context' } | null;

/** Reads the questionnaire's location from a route's query; null when it names none. */
export function readQuizLocation(params: URLSearchParams): QuizLocation {
  if (params.get('step') === 'context') return { step: 'context' };
  // Written by hand, the page may come in Arabic-Indic digits (?page=٣).
  const raw = toLatinDigits(params.get('page') ?? '');
  if (!/^\d{1,3}$/.test(raw)) return null;
  const page = Number(raw);
  return page >= 1 ? { page: page - 1 } : null;
}

/**
 * The query (with its `?`, or `''`) for a location, keeping the `lang` of `current` so that an
 * address copied from any page still opens in its language.
 */
export function quizSearch(location: QuizLocation, current = ''): string {
  const params = new URLSearchParams();
  if (location) {
    if ('step' in location) params.set('step', 'context');
    else params.set('page', String(location.page + 1));
  }
  const lang = new URLSearchParams(current).get('lang');
  if (lang !== null) params.set('lang', lang);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The location that shows the store's state. */
export function locationOf(step: QuizStep, page: number): QuizLocation {
  if (step === 'items') return { page };
  if (step === 'context') return { step: 'context' };
  return null;
}
