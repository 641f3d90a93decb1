import './add-participants.css';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { FilePanel } from './add-file';
import { PaperPanel } from './add-paper';
import { PastePanel } from './add-paste';
import { ScanPanel } from './add-scan';

const WAYS = ['paste', 'scan', 'paper', 'file', 'turn'] as const;
type Way = (typeof WAYS)[number];

export interface AddParticipantsProps {
  /** The session the participants join. */
  sessionId: string;
  /** The page's own way in, the panel of a fifth way: the shared device's turns. */
  turnAction?: ReactNode;
  /** The id of the heading, for the section that holds it to be named by it. */
  headingId?: string;
}

/**
 * The ways a counselor adds participants to a session: pasted codes or links, a scanned or typed
 * code, scores from a paper questionnaire, another device's session file, and the page's
 * `turnAction`. Each way is a disclosure button; one panel is open at a time. Closed panels stay
 * mounted (hidden), so what was typed in them survives a look at another way; the camera runs
 * only in the open scan panel.
 */
export function AddParticipants({ sessionId, turnAction, headingId }: AddParticipantsProps) {
  const { t } = useTranslation('counselor');
  const id = useId();
  const [open, setOpen] = useState<Way | null>(null);
  const panelId = (way: Way) => `${id}-${way}`;
  const ways = turnAction ? WAYS : WAYS.filter((way) => way !== 'turn');

  const panel = (way: Way) => {
    switch (way) {
      case 'paste':
        return <PastePanel sessionId={sessionId} />;
      case 'scan':
        return <ScanPanel sessionId={sessionId} open={open === 'scan'} />;
      case 'paper':
        return <PaperPanel sessionId={sessionId} />;
      case 'file':
        return <FilePanel sessionId={sessionId} />;
      case 'turn':
        return turnAction;
    }
  };

  return (
    <div className="add">
      <h2 id={headingId ?? `${id}-heading`}>{t('add.heading')}</h2>
      <ul className="add-ways" aria-labelledby={headingId ?? `${id}-heading`}>
        {ways.map((way) => (
          <li key={way}>
            <Button
              variant="secondary"
              className="add-ways__toggle"
              aria-expanded={open === way}
              aria-controls={panelId(way)}
              onClick={() => setOpen((current) => (current === way ? null : way))}
            >
              {t(`add.way.${way}`)}
            </Button>
          </li>
        ))}
      </ul>
      {ways.map((way) => (
        <div key={way} id={panelId(way)} className="add-panel" hidden={open !== way}>
          {panel(way)}
        </div>
      ))}
    </div>
  );
}
