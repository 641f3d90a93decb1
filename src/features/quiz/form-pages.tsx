import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ui/progress-bar';
import { answeredCount } from '@/domain/scoring';
import { useQuiz } from '@/lib/quiz/quiz-context';
import type { QuizMode } from '@/lib/quiz/quiz-store';
import { useStickyInset } from '@/lib/reveal';
import { ItemPage } from './item-page';
import { itemsFor, pagesFor, SECONDS_PER_ITEM } from './quiz-items';
import './quiz.css';

export interface FormPagesProps {
  mode: QuizMode;
  /** The page shown (0-based); kept within the form's pages. */
  page: number;
  /** Opens another page (the previous one, or the next once this one is answered). */
  onPage: (page: number) => void;
  /** Called when the last page is submitted with every item answered. */
  onFinish: () => void;
}

/**
 * A form's items, one page at a time, for the questionnaire store in context: the sticky heading
 * with the page number and the progress, the keys hint, and the page itself. Where the page is
 * kept (the address, or the store) is the caller's choice.
 */
export function FormPages({ mode, page: wantedPage, onPage, onFinish }: FormPagesProps) {
  const { t } = useTranslation('quiz');
  const answers = useQuiz((state) => state.answers);
  const statusRef = useRef<HTMLDivElement>(null);
  // The progress bar stays on screen: what the Tab key reaches must stop below it.
  useStickyInset(statusRef, 'start');

  const pages = pagesFor(mode);
  const page = Math.max(0, Math.min(wantedPage, pages.length - 1));
  const items = itemsFor(mode);
  const total = items.length;
  const answered = answeredCount(items, answers);
  const minutesLeft = Math.ceil(((total - answered) * SECONDS_PER_ITEM) / 60);
  const firstNumber = pages.slice(0, page).reduce((sum, p) => sum + p.length, 1);

  return (
    <>
      <div className="quiz-status" ref={statusRef}>
        <h2 tabIndex={-1} className="quiz-status__page" data-view-heading>
          {t(`start.${mode}`)} · {t('progress.page', { page: page + 1, pages: pages.length })}
        </h2>
        <ProgressBar
          value={answered}
          max={total}
          label={t('progress.label')}
          valueText={`${t('progress.value', { answered, total })} · ${
            answered === total
              ? t('progress.allAnswered')
              : t('progress.timeLeft', { count: minutesLeft })
          }`}
        />
      </div>
      <p className="muted" data-view-top>
        {t('keysHint')}
      </p>
      <ItemPage
        key={`${mode}-${page}`}
        items={pages[page] ?? []}
        firstNumber={firstNumber}
        isFirst={page === 0}
        isLast={page === pages.length - 1}
        onBack={() => onPage(page - 1)}
        onNext={() => {
          if (page < pages.length - 1) onPage(page + 1);
          else onFinish();
        }}
      />
    </>
  );
}
