import { lazy, Suspense } from 'react';
import CounselorPage from '@/features/counselor/counselor-page';
import {
  CounselorSlotsProvider,
  type CounselorSlots,
  type ReportProps,
} from '@/features/counselor/slots';
import { Loading } from '@/components/ui/loading';

// What counselor mode borrows loads when it is first shown, not with the list of sessions: the
// results report when a participant's results open, the questionnaire when a shared device's
// turn starts. The list, the paste box and the group table come first.
const LazyReport = lazy(() =>
  import('@/features/results/report').then(({ ResultsReport }) => ({ default: ResultsReport })),
);
const LazyQuestionnaire = lazy(() =>
  import('@/features/quiz/form-runner').then(({ FormRunner }) => ({ default: FormRunner })),
);

function Report(props: ReportProps) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyReport {...props} />
    </Suspense>
  );
}

function Questionnaire(props: { onDone: () => void }) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyQuestionnaire {...props} />
    </Suspense>
  );
}

/** Counselor mode shows the results report and runs the questionnaire of the other features. */
const slots: CounselorSlots = { Report, Questionnaire };

/** The counselor route: counselor mode with what it borrows from the results and the questionnaire. */
export default function CounselorRoute() {
  return (
    <CounselorSlotsProvider value={slots}>
      <CounselorPage />
    </CounselorSlotsProvider>
  );
}
