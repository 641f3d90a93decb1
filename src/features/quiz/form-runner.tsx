import { useRef } from 'react';
import { useQuiz } from '@/lib/quiz/quiz-context';
import { FormPages } from './form-pages';
import { useViewReveal } from './use-view-reveal';
import './quiz.css';

/**
 * Runs the form of the questionnaire store in context (already started: nothing is shown while
 * its `mode` is null), page by page, and calls `onDone` once the last page is submitted with every
 * item answered. Unlike the questionnaire route it leaves the address alone: the page is kept in
 * the store, so a whole run is one history entry and a reload resumes on the same page.
 */
export function FormRunner({ onDone }: { onDone: () => void }) {
  const mode = useQuiz((state) => state.mode);
  const page = useQuiz((state) => state.page);
  const goToPage = useQuiz((state) => state.goToPage);
  const rootRef = useRef<HTMLDivElement>(null);
  // A page turned: its heading takes focus and its first lines open below the progress bar.
  useViewReveal(mode ? `${mode}:${page}` : '', rootRef);

  if (!mode) return null;
  return (
    <div className="stack" ref={rootRef}>
      <FormPages mode={mode} page={page} onPage={goToPage} onFinish={onDone} />
    </div>
  );
}
