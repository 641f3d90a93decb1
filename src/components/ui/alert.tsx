import './alert.css';
import type { ReactNode } from 'react';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children: ReactNode;
  /**
   * `alert` interrupts the screen reader: for errors and bad input. `status` waits for a pause:
   * for confirmations and notices. `note` is not announced: for a standing remark on a page.
   */
  role?: 'alert' | 'status' | 'note';
  onDismiss?: () => void;
  dismissLabel?: string;
}

export function Alert({
  tone = 'info',
  title,
  children,
  role,
  onDismiss,
  dismissLabel,
}: AlertProps) {
  const liveRole = role ?? (tone === 'error' ? 'alert' : 'status');
  return (
    <div className={`alert alert--${tone}`} role={liveRole}>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        <div>{children}</div>
      </div>
      {onDismiss && dismissLabel ? (
        <button
          type="button"
          className="alert__dismiss"
          onClick={onDismiss}
          aria-label={dismissLabel}
        >
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
