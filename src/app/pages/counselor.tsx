import CounselorPage from '@/features/counselor/counselor-page';
import { CounselorSlotsProvider, type CounselorSlots } from '@/features/counselor/slots';
import { FormRunner } from '@/features/quiz/form-runner';
import { ResultsReport } from '@/features/results/report';

/** Counselor mode shows the results report and runs the questionnaire of the other features. */
const slots: CounselorSlots = { Report: ResultsReport, Questionnaire: FormRunner };

/** The counselor route: counselor mode with what it borrows from the results and the questionnaire. */
export default function CounselorRoute() {
  return (
    <CounselorSlotsProvider value={slots}>
      <CounselorPage />
    </CounselorSlotsProvider>
  );
}
