// The paper scores form as a part of the results screen loaded beside it (`results-page.tsx`):
// a module of its own, so that the screen's budget can name it (scripts/lib/budgets.mjs).
export { PaperScoresForm } from '@/components/paper-scores-form';
