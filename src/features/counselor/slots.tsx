import { createContext, useContext, type ComponentType } from 'react';
import type { SchoolLevelId } from '@/data/ids';
import type { ScoreSource } from '@/domain/precision';
import type { RiasecProfile } from '@/domain/riasec';

/** One participant's results, as their own results screen shows them. */
export interface ReportProps {
  profile: RiasecProfile;
  schoolLevel: SchoolLevelId | null;
  /** The precision the scores are read with (`precisionSource` of the participant's source). */
  source: ScoreSource;
  /** The level of the report's section headings; 2 by default. */
  headingLevel?: 2 | 3;
}

/**
 * What counselor mode shows from other parts of the app, given by the app layer (a feature never
 * imports another): the results report, and the questionnaire run on the store in context
 * (`QuizStoreProvider`), which calls `onDone` once every item of its form is answered.
 */
export interface CounselorSlots {
  Report: ComponentType<ReportProps>;
  Questionnaire: ComponentType<{ onDone: () => void }>;
}

const SlotsContext = createContext<CounselorSlots | null>(null);

export const CounselorSlotsProvider = SlotsContext.Provider;

export function useCounselorSlots(): CounselorSlots {
  const slots = useContext(SlotsContext);
  if (!slots) throw new Error('Counselor mode needs its slots (CounselorSlotsProvider).');
  return slots;
}
