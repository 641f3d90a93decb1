import { formItems } from '@/data/items';
import type { Item } from '@/data/schemas';
import { interleaveByType, paginate } from '@/domain/items';
import type { QuizMode } from '@/lib/quiz/quiz-store';

/** Items per page: six in the full form (ten pages), five in the quick form (six pages). */
export const PAGE_SIZE: Record<QuizMode, number> = { quick: 5, full: 6 };

/** Seconds a typical reader spends on an item, for the "time left" estimate. */
export const SECONDS_PER_ITEM = 10;

const ordered = {
  quick: interleaveByType(formItems('quick')),
  full: interleaveByType(formItems('full')),
};

/** The form's items in presentation order. */
export function itemsFor(mode: QuizMode): readonly Item[] {
  return ordered[mode];
}

/** The form's pages. */
export function pagesFor(mode: QuizMode): Item[][] {
  return paginate(ordered[mode], PAGE_SIZE[mode]);
}
