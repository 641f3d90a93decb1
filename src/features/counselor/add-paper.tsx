import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PaperScoresForm, type PaperScores } from '@/components/paper-scores-form';
import {
  announceOutcome,
  NameField,
  OutcomeAlert,
  readName,
  useAddOne,
  type NameProblem,
  type ShownOutcome,
} from './add-shared';

/**
 * One participant from a paper questionnaire: a name, then the six scores of its self-scoring
 * grid. The name is checked first: a submit with no usable name is stopped before the scores are
 * read, and focus goes to the name.
 */
export function PaperPanel({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('counselor');
  const addOne = useAddOne(sessionId);
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<NameProblem | null>(null);
  const [outcome, setOutcome] = useState<ShownOutcome | null>(null);
  // A new form for each participant added, so that the scores typed for the last one are cleared.
  const [formKey, setFormKey] = useState(0);
  const nameRef = useRef<HTMLInputElement>(null);

  // The scores' form is a shared component with its own <form>; its submit is caught on the way
  // down, before that form reads its fields.
  const checkName = (event: FormEvent) => {
    const checked = readName(name, true);
    setNameProblem(checked.ok ? null : checked.problem);
    if (checked.ok) return;
    event.preventDefault();
    event.stopPropagation();
    nameRef.current?.focus();
  };

  const onScores = ({ scores, schoolLevel }: PaperScores) => {
    const checked = readName(name, true);
    if (!checked.ok || checked.name === null) return;
    const done = addOne({
      pseudonym: checked.name,
      scores,
      source: 'typed',
      schoolLevel,
    });
    setOutcome({ ...done, id: (outcome?.id ?? 0) + 1 });
    announceOutcome(t, done);
    if (done.kind === 'added') {
      setName('');
      setFormKey((key) => key + 1);
      nameRef.current?.focus();
    }
  };

  return (
    <div className="add-form" onSubmitCapture={checkName}>
      <p>{t('add.paper.lead')}</p>
      <NameField
        required
        value={name}
        onChange={setName}
        problem={nameProblem}
        fieldRef={nameRef}
      />
      <PaperScoresForm
        key={formKey}
        onScores={onScores}
        text={{ lead: t('add.paper.scores'), submit: t('add.paper.submit') }}
      />
      {outcome ? <OutcomeAlert outcome={outcome} /> : null}
    </div>
  );
}
