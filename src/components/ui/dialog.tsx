import './dialog.css';
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  title: string;
  /** Called when the dialog closes by Escape or by one of its buttons. */
  onClose: () => void;
  children: ReactNode;
  /** The dialog's buttons, laid out at its end. */
  actions: ReactNode;
}

/**
 * A modal dialog on the native `<dialog>` element: the browser traps focus, closes on Escape,
 * makes the rest of the page inert and returns focus to the opener.
 */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onCancel={(event) => {
        // Escape: let React's `open` prop stay the single source of truth.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}
